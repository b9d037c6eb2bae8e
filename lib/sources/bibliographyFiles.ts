// The whole bibliography for reference managers (Zotero, Mendeley, EndNote, BibTeX): served as
// /download/sources.bib, sources.ris and sources.json, and put in the dataset zip. Each is made by
// citation-js from the same CSL-JSON items as the references on the pages (cslJson.ts).
import "server-only";
import type { CatalogSource } from "../queries/catalog";
import { Cite } from "./citationJs";
import { toCslItem, type CslItem } from "./cslJson";
import { groupSources } from "./groupSources";

export const bibliographyFiles = {
  "sources.bib": { contentType: "application/x-bibtex; charset=utf-8", label: "BibTeX" },
  "sources.ris": { contentType: "application/x-research-info-systems; charset=utf-8", label: "RIS" },
  "sources.json": { contentType: "application/vnd.citationstyles.csl+json; charset=utf-8", label: "CSL-JSON" },
} as const;
export type BibliographyFile = keyof typeof bibliographyFiles;
export const bibliographyFileNames = Object.keys(bibliographyFiles) as BibliographyFile[];

export function isBibliographyFile(name: string): name is BibliographyFile {
  return Object.hasOwn(bibliographyFiles, name);
}

const made = new WeakMap<readonly CatalogSource[], Partial<Record<BibliographyFile, string>>>();

/** The file's text, in the bibliography's order: the same sources give the same bytes. */
export function bibliographyFile(sources: readonly CatalogSource[], file: BibliographyFile): string {
  const files = made.get(sources) ?? {};
  made.set(sources, files);
  return (files[file] ??= write(groupSources(sources).flatMap((g) => g.sources.map(toCslItem)), file));
}

// BibTeX styles print a `note` in the bibliography; the sources' notes are comments on the work
// (what it is cited for), so in BibTeX they are an `annote`, which styles leave out.
const noteAsAnnote = ({ note, ...item }: CslItem): CslItem & { annote?: string } => (note ? { ...item, annote: note } : item);

function write(items: CslItem[], file: BibliographyFile): string {
  if (file === "sources.json") return `${JSON.stringify(items, null, 2)}\n`;
  if (file === "sources.bib") return new Cite(items.map(noteAsAnnote)).format("bibtex");
  // citation-js maps the fields to RIS tags; its own text output breaks every value after 70
  // characters, and readers (citation-js's own among them) join the pieces with a space, which
  // splits words in long titles. One tag per line, as the RIS specification writes them.
  const entries = new Cite(items).format("ris", { format: "object" });
  const lines = entries.flatMap(({ TY, ...tags }) => [
    `TY  - ${String(TY)}`,
    ...Object.entries(tags).flatMap(([tag, values]) => [values].flat().map((value) => `${tag}  - ${value}`)),
    "ER  - ",
  ]);
  return `${lines.join("\r\n")}\r\n`;
}
