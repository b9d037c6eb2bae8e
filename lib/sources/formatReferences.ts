// Every source's full reference, written by citation-js from its CSL-JSON (cslJson.ts): the
// /sources page, the printed handout and the dataset zip's README all read these. Nothing else
// writes a full reference; the short in-text label ("Conquest (1990)") is citationLabel.ts.
import "server-only";
import type { CatalogSource } from "../queries/catalog";
import { Cite } from "./citationJs";
import { toCslItem } from "./cslJson";
import { groupSources } from "./groupSources";

// APA 7th edition, of citation-js's three built-in styles (apa, vancouver, harvard1): it is
// author–date like the site's in-text labels ("Conquest (1990)"), where Vancouver numbers the
// entries; and it marks what a reader needs to tell this bibliography's kinds of work apart
// (editors "(Ed.)", "[Dataset]", a journal's volume and issue) with less punctuation than
// harvard1 (Cite Them Right).
const STYLE = "apa";
const LANG = "en-US";

/** html: italic titles and the URL as a link, without a wrapping element; text: plain. */
export type ReferenceFormat = "html" | "text";

// citeproc is slow: for the whole bibliography, 1.2 s a format and 4 s for the first call, which
// reads the style (measured with the machine's 2 cores busy, load average 14). The references are
// made once per list of sources and format (the catalog keeps one list while the data is
// unchanged), not once per page or component.
const made = new WeakMap<readonly CatalogSource[], Partial<Record<ReferenceFormat, ReadonlyMap<string, string>>>>();

/** The full reference of each source, by slug. */
export function formatReferences(sources: readonly CatalogSource[], format: ReferenceFormat): ReadonlyMap<string, string> {
  const formats = made.get(sources) ?? {};
  made.set(sources, formats);
  return (formats[format] ??= write(sources, format));
}

function write(sources: readonly CatalogSource[], format: ReferenceFormat): ReadonlyMap<string, string> {
  // In the bibliography's own order (kind, then author, year, title) and not sorted again by
  // citeproc, which triples its time; the order also decides which of one author's works of the
  // same year is "2026a" and which "2026b".
  const items = groupSources(sources).flatMap((g) => g.sources.map(toCslItem));
  const entries = new Cite(items).format("bibliography", { template: STYLE, lang: LANG, format, hyperlinks: true, nosort: true, asEntryArray: true });
  return new Map(entries.map(([slug, entry]) => [slug, unwrap(entry)]));
}

/** citeproc wraps each html entry in `<div class="csl-entry">`; the pages choose their own element. */
function unwrap(entry: string): string {
  return entry.replace(/^\s*<div[^>]*>/, "").replace(/<\/div>\s*$/, "").trim();
}
