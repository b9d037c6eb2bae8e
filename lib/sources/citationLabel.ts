// The in-text citation, written once for the pages, the chart captions and the downloads:
// "Conquest (1990)", and with a locator "Conquest (1990), p. 12".
import { shortAuthors } from "./authors";

type LabelledSource = { slug: string; authors: string; year: number; title: string };
export type SourceIndex = ReadonlyMap<string, LabelledSource>;

export function indexSources(sources: readonly LabelledSource[]): SourceIndex {
  return new Map(sources.map((s) => [s.slug, s]));
}

/** "Conquest (1990)" for a source, falling back to its slug if it is missing from the index. */
export function citationLabel(slug: string, sources: SourceIndex): string {
  const source = sources.get(slug);
  return source ? `${shortAuthors(source.authors)} (${source.year})` : slug;
}

/** "Conquest (1990), p. 12": the label and, when the citation has one, its locator. */
export function citationText(ref: { source: string; locator?: string | null }, sources: SourceIndex): string {
  const label = citationLabel(ref.source, sources);
  return ref.locator ? `${label}, ${ref.locator}` : label;
}
