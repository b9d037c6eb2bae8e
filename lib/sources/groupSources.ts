import type { CatalogSource } from "../queries/catalog";
import { sourceKinds } from "../dataset/vocabulary";
import { authorSortKey } from "./authors";

export type SourceKind = (typeof sourceKinds)[number];

export const sourceKindLabels: Record<SourceKind, string> = {
  scholarly: "Scholarly works",
  primary: "Primary documents",
  dataset: "Datasets",
  encyclopedia: "Encyclopedias",
  essay: "The essay",
};

export type SourceGroup<S> = { kind: SourceKind; label: string; sources: S[] };

/** The bibliography grouped by kind (in the order of `sourceKinds`), each group sorted by author, year, title. */
export function groupSources<S extends Pick<CatalogSource, "kind" | "authors" | "year" | "title">>(
  sources: readonly S[],
): SourceGroup<S>[] {
  const byAuthor = (a: S, b: S) =>
    authorSortKey(a.authors).localeCompare(authorSortKey(b.authors), "en") ||
    a.year - b.year ||
    a.title.localeCompare(b.title, "en");
  const groups = sourceKinds.map((kind) => ({
    kind,
    label: sourceKindLabels[kind],
    sources: sources.filter((s) => s.kind === kind).sort(byAuthor),
  }));
  const unknownKind = sources.filter((s) => !(sourceKinds as readonly string[]).includes(s.kind));
  // The schema only allows the five kinds; anything else still shows, at the end.
  if (unknownKind.length > 0) groups.push({ kind: "scholarly", label: "Other", sources: unknownKind.sort(byAuthor) });
  return groups.filter((g) => g.sources.length > 0);
}
