// Each source of the bibliography as CSL-JSON, the format reference managers (Zotero, Mendeley)
// and citeproc read. This is the one description of a reference; every written form of it (the
// /sources page, the handout, the zip's README, BibTeX and RIS) is formatted from it by
// lib/sources/formatReferences.ts and lib/sources/bibliographyFiles.ts.
import type { CatalogSource } from "../queries/catalog";
import { nameParts, splitAuthors, type NameParts } from "./authors";

export type CslName = NameParts;
export type CslType = "book" | "article-journal" | "dataset" | "entry-encyclopedia" | "post-weblog";

/** The CSL-JSON fields this dataset fills (CSL 1.0.2 item schema). */
export type CslItem = {
  id: string;
  type: CslType;
  title: string;
  author?: CslName[];
  editor?: CslName[];
  translator?: CslName[];
  issued: { "date-parts": [[number]] };
  publisher?: string;
  "container-title"?: string;
  volume?: string;
  issue?: string;
  page?: string;
  URL?: string;
  note?: string;
};

type Roles = { author: CslName[]; editor: CslName[]; translator: CslName[]; remarks: string[] };

/**
 * The people in an author string by role. Authors are stored as written on the title page, with
 * the role in brackets: "Richard Pipes (ed.)", "A. I. Kokurin and N. V. Petrov (comps.)",
 * "Piotr Eberhardt (translated by Jan Owsinski)". Any other bracketed remark is kept for the note.
 * Compilers are editors here: the style, BibTeX and RIS all leave CSL's compilers out, which left
 * a compiled handbook without names, and reference managers file them as editors.
 */
function roles(authors: string): Roles {
  const found: Roles = { author: [], editor: [], translator: [], remarks: [] };
  let role: "author" | "editor" = "author";
  for (const [, inBrackets = ""] of authors.matchAll(/\(([^)]*)\)/g)) {
    const remark = inBrackets.trim();
    const translatedBy = /^(?:English )?translat(?:ed|ion) by (.+)$/i.exec(remark);
    if (/^(eds?|comps?)\.?$/i.test(remark)) role = "editor";
    else if (translatedBy) found.translator.push(...splitAuthors(translatedBy[1]!).map(nameParts));
    else found.remarks.push(remark);
  }
  found[role] = splitAuthors(authors).map(nameParts);
  return found;
}

type Container = Pick<CslItem, "container-title" | "volume" | "issue" | "page">;

/**
 * The journal field as stored, "The Russian Review 45 (4), pp. 357–373" or "Voprosy filosofii,
 * 2003, no. 7, pp. 113–137" (an article in two issues: "…, no. 6, pp. 10–27; no. 7, pp. 3–16"),
 * in its parts; anything else is kept whole as the journal's name.
 */
export function journalParts(journal: string): Container {
  const pages = (p: string | undefined) => (p ? { page: p } : {});
  const byVolume = /^(.+?),? (\d+) \(([^)]+)\)(?:, pp?\. ([^,;]+))?$/.exec(journal);
  if (byVolume) return { "container-title": byVolume[1]!, volume: byVolume[2]!, issue: byVolume[3]!, ...pages(byVolume[4]) };
  const byNumber = /^(.+?), \d{4}, ((?:no\. [^,;]+(?:, pp?\. [^,;]+)?(?:; |$))+)$/.exec(journal);
  if (byNumber) {
    const parts = byNumber[2]!.split("; ").map((part) => /^no\. ([^,]+)(?:, pp?\. (.+))?$/.exec(part)!);
    const page = parts.every((p) => p[2]) ? parts.map((p) => p[2]).join(" and ") : undefined;
    return { "container-title": byNumber[1]!, issue: parts.map((p) => p[1]).join(" and "), ...pages(page) };
  }
  return { "container-title": journal };
}

function cslType(source: CatalogSource, people: Roles): CslType {
  if (source.journal) return "article-journal";
  if (source.kind === "dataset") return "dataset";
  // An entry is written by someone (often the encyclopedia itself, for an online one); an
  // encyclopedia cited whole has editors and is a book.
  if (source.kind === "encyclopedia") return people.author.length > 0 ? "entry-encyclopedia" : "book";
  if (source.kind === "essay") return "post-weblog";
  return "book";
}

const nonEmpty = <K extends string, V>(key: K, list: V[]) => (list.length > 0 ? ({ [key]: list } as Record<K, V[]>) : {});

/** One source of the catalog as a CSL-JSON item; its id is the source's slug. */
export function toCslItem(source: CatalogSource): CslItem {
  const people = roles(source.authors);
  // A remark on the authors ("publisher of the portal; …") is kept, in its brackets, with the note.
  const note = [...people.remarks.map((r) => `(${r})`), source.note].filter(Boolean).join(" ");
  const type = cslType(source, people);
  return {
    id: source.slug,
    type,
    title: source.title,
    ...nonEmpty("author", people.author),
    ...nonEmpty("editor", people.editor),
    ...nonEmpty("translator", people.translator),
    issued: { "date-parts": [[source.year]] },
    // The essay appeared in an online publication (on Medium), which the record gives as its
    // publisher: for a post, that is where it appeared.
    ...(source.publisher ? { [type === "post-weblog" ? "container-title" : "publisher"]: source.publisher } : {}),
    ...(source.journal ? journalParts(source.journal) : {}),
    ...(source.url ? { URL: source.url } : {}),
    ...(note ? { note } : {}),
  };
}
