/** A number for labels and tooltips: exact digits for counts, a few decimals for small values. */
export function formatNumber(n: number): string {
  const size = Math.abs(n);
  const digits = size >= 100 ? 0 : size >= 1 ? 2 : 3;
  return n.toLocaleString("en", { maximumFractionDigits: digits });
}

/** A short number for axis ticks: 1,200,000 → "1.2M". */
export function formatCompact(n: number): string {
  return Math.abs(n) < 10_000 ? formatNumber(n) : n.toLocaleString("en", { notation: "compact", maximumFractionDigits: 1 });
}
