// Every source's full reference, written by citation-js from its CSL-JSON (cslJson.ts): the
// /sources page, the printed handout and the dataset zip's README all read these. Nothing else
// writes a full reference; the short in-text label ("Conquest (1990)") is citationLabel.ts.
import "server-only";
import type { CatalogSource } from "../queries/catalog";
import { Cite } from "./citationJs";
import { toCslItem } from "./cslJson";
import { groupSources } from "./groupSources";

// harvard1 (Cite Them Right, 12th edition, author–date), of citation-js's three built-in styles:
// author–date like the site's in-text labels ("Conquest (1990)"), where Vancouver numbers the
// entries; and light where APA is not. citeproc holds each style it has used in memory for good:
// APA (66 KB of CSL) kept 95 MB of heap and took 4.3 s a pass over the bibliography, harvard1
// (8 KB) 3 MB and 1.1 s (measured with Node 20 on this project's busy machine). The server formats
// at run time for the dataset zip, within a memory budget of 300 MB.
const STYLE = "harvard1";
const LANG = "en-US";

/** html: italic titles and the URL as a link, without a wrapping element; text: plain. */
export type ReferenceFormat = "html" | "text";

// Formatting is slow even so (above): the references are made once per list of sources and format
// (the catalog keeps one list while the data is unchanged), not once per page or component.
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
