import type { CatalogMetric } from "../queries/catalog";

/** Years shown on each side of the selection, so the tenures are seen against what came before and after. */
export const SERIES_CONTEXT_YEARS = 3;

export type SeriesPoint = {
  year: number;
  /** null for a year with no value: a gap, not a zero. */
  best: number | null;
  low: number | null;
  high: number | null;
  /** [low, high] when the year's value has a range (a missing end falls back to best); otherwise null. */
  band: [number, number] | null;
};

export type SeriesData = {
  points: SeriesPoint[];
  /** True when any shown year has a low or high value. */
  hasBand: boolean;
  /** x-axis extent: the selected years [from, to + 1] widened to the context points shown. */
  domain: [number, number];
};

/**
 * A metric's yearly values for the selected years plus SERIES_CONTEXT_YEARS on each side,
 * clipped to the years the metric has data for. Years inside that span without a value are
 * kept as gaps (best: null) so a line breaks there instead of implying values that were never
 * recorded. Values are plotted at their calendar year (x = year).
 */
export function seriesData(metric: Pick<CatalogMetric, "values">, from: number, to: number): SeriesData {
  const inWindow = metric.values.filter((v) => v.year >= from - SERIES_CONTEXT_YEARS && v.year <= to + SERIES_CONTEXT_YEARS);
  if (inWindow.length === 0) return { points: [], hasBand: false, domain: [from, to + 1] };

  const byYear = new Map(inWindow.map((v) => [v.year, v]));
  const years = inWindow.map((v) => v.year);
  const first = Math.min(...years);
  const last = Math.max(...years);

  const points: SeriesPoint[] = [];
  for (let year = first; year <= last; year++) {
    const v = byYear.get(year);
    if (!v) {
      points.push({ year, best: null, low: null, high: null, band: null });
      continue;
    }
    const ranged = v.low !== null || v.high !== null;
    points.push({
      year,
      best: v.best,
      low: v.low,
      high: v.high,
      band: ranged ? [v.low ?? v.best, v.high ?? v.best] : null,
    });
  }
  return {
    points,
    hasBand: points.some((p) => p.band !== null),
    domain: [Math.min(from, first), Math.max(to + 1, last)],
  };
}
