// The logarithmic scale of the contested-figures chart: from the power of ten below the smallest
// estimate to the one above the largest, so a Red Terror count in the thousands and a famine in
// the millions sit on one axis and their spreads can be compared.
export type Estimate = { low?: number | null; best?: number | null; high?: number | null };

export type ContestedScale = {
  min: number;
  max: number;
  /** Where a value sits, in percent of the track (4 % in from each end, so marks are never cut). */
  at: (value: number) => number;
  ticks: { value: number; at: number; label: string }[];
};

const values = (e: Estimate) => [e.low, e.best, e.high].filter((v): v is number => typeof v === "number" && v > 0);

const tickLabel = (v: number) => (v >= 1e6 ? `${v / 1e6}m` : v >= 1e3 ? `${v / 1e3}k` : String(v));

export function contestedScale(estimates: readonly Estimate[]): ContestedScale | null {
  const all = estimates.flatMap(values);
  if (all.length === 0) return null;
  const min = 10 ** Math.floor(Math.log10(Math.min(...all)));
  const max = 10 ** Math.max(Math.ceil(Math.log10(Math.max(...all))), Math.log10(min) + 1);
  const span = Math.log10(max) - Math.log10(min);
  const at = (value: number) => 4 + (92 * (Math.log10(value) - Math.log10(min))) / span;
  const ticks = [];
  for (let v = min; v <= max; v *= 10) ticks.push({ value: v, at: at(v), label: tickLabel(v) });
  return { min, max, at, ticks };
}

/** Where an estimate's mark goes: a bar from low to high, or a dot (width 0) for one number. */
export function estimateSpan(e: Estimate, scale: ContestedScale): { left: number; width: number } | null {
  const v = values(e);
  if (v.length === 0) return null;
  const lo = e.low != null && e.high != null ? e.low : Math.min(...v);
  const hi = e.low != null && e.high != null ? e.high : Math.max(...v);
  if (lo === hi || e.low == null || e.high == null) {
    // "at least" / "up to" / a single best: a dot at the number given.
    const point = e.best ?? e.low ?? e.high ?? lo;
    return { left: scale.at(point), width: 0 };
  }
  return { left: scale.at(lo), width: scale.at(hi) - scale.at(lo) };
}
