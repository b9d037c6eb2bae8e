import type { CatalogMetric } from "../queries/catalog";

/** Years shown on each side of the selection, so the tenures are seen against what came before and after. */
export const SERIES_CONTEXT_YEARS = 3;

/**
 * What a year of a series holds: a value; no published figure while a compared leader was in
 * power (an unmeasured year must never look like a quiet one); or nothing because neither compared
 * leader was in power then.
 */
export type SeriesStatus = "measured" | "no-figure" | "not-in-power";

export type SeriesPoint = {
  year: number;
  status: SeriesStatus;
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
  /** Runs of consecutive years with no published figure while a compared leader was in power. */
  unmeasured: [number, number][];
  /** x-axis extent: the selected years [from, to + 1] widened to the context points shown. */
  domain: [number, number];
};

/**
 * A metric's yearly values for every selected year, plus up to SERIES_CONTEXT_YEARS on each side
 * where the metric has values. A selected year without a value stays in, marked no-figure or
 * not-in-power (inPower says whether a compared leader held power that year), so a line breaks
 * there and the chart can mark it, instead of implying values that were never recorded.
 */
export function seriesData(metric: Pick<CatalogMetric, "values">, from: number, to: number, inPower: (year: number) => boolean = () => true): SeriesData {
  const byYear = new Map(metric.values.map((v) => [v.year, v]));
  const context = metric.values
    .map((v) => v.year)
    .filter((y) => (y >= from - SERIES_CONTEXT_YEARS && y < from) || (y > to && y <= to + SERIES_CONTEXT_YEARS));
  const first = Math.min(from, ...context);
  const last = Math.max(to, ...context);

  const points: SeriesPoint[] = [];
  for (let year = first; year <= last; year++) {
    const v = byYear.get(year);
    if (!v) {
      // Context years are shown only where they have values.
      if (year < from || year > to) continue;
      points.push({ year, status: inPower(year) ? "no-figure" : "not-in-power", best: null, low: null, high: null, band: null });
      continue;
    }
    const ranged = v.low !== null || v.high !== null;
    points.push({ year, status: "measured", best: v.best, low: v.low, high: v.high, band: ranged ? [v.low ?? v.best, v.high ?? v.best] : null });
  }
  const unmeasured: [number, number][] = [];
  for (const p of points) {
    if (p.status !== "no-figure") continue;
    const run = unmeasured.at(-1);
    if (run && run[1] === p.year - 1) run[1] = p.year;
    else unmeasured.push([p.year, p.year]);
  }
  return {
    points,
    hasBand: points.some((p) => p.band !== null),
    unmeasured,
    domain: [first, last + 1],
  };
}

/** "1918–1920, 1922": years as runs. */
export function yearRuns(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && run[1] === y - 1) run[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(", ");
}
