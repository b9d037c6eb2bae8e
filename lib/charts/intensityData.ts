import type { CompareRow } from "../compare/buildCompareView";

export type IntensityDatum = {
  slug: string;
  name: string;
  /** The 0–5 rubric score of side A, or null when that side has no assessment. */
  a: number | null;
  b: number | null;
};

type IntensityRow = {
  mechanism: Pick<CompareRow["mechanism"], "slug" | "name">;
  a: Pick<NonNullable<CompareRow["a"]>, "intensity"> | null;
  b: Pick<NonNullable<CompareRow["b"]>, "intensity"> | null;
};

/** One bar pair per mechanism of the view, in the table's order. */
export function intensityData(rows: readonly IntensityRow[]): IntensityDatum[] {
  return rows.map((r) => ({
    slug: r.mechanism.slug,
    name: r.mechanism.name,
    a: r.a?.intensity ?? null,
    b: r.b?.intensity ?? null,
  }));
}
