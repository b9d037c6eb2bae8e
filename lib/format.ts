// Display formatting shared by every page and chart: dates at their precision (with the old
// style), numbers, and contested magnitudes.
const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** "1918-09-05" → "5 September 1918", "1918-09" → "September 1918", "1918" → "1918". */
export function formatPartialDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (!year || (month !== undefined && !monthName)) return iso;
  if (!monthName) return year;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** "1917-11-08" → "8 Nov", "1917-11" → "Nov", "1917" → "": for lists grouped under their year. */
export function formatDayMonth(iso: string): string {
  const [, month, day] = iso.split("-");
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1]?.slice(0, 3);
  if (!monthName) return "";
  return day === undefined ? monthName : `${Number(day)} ${monthName}`;
}

/**
 * A Gregorian (new-style) date with the Julian (old-style) date beside it when there is one:
 * "7 November 1917 (25 October old style)". The year is repeated only when it differs.
 */
export function formatDate(iso: string, oldStyle?: string | null): string {
  const date = formatPartialDate(iso);
  if (!oldStyle) return date;
  const old = formatPartialDate(oldStyle);
  const sameYear = oldStyle.slice(0, 4) === iso.slice(0, 4) && oldStyle.length > 4;
  return `${date} (${sameYear ? old.slice(0, -5) : old} old style)`;
}

/** "1917-11-08" and "1946-03-15" → "8 November 1917 – 15 March 1946"; open-ended → "from 8 November 1917". */
export function formatDateRange(from: string, to?: string | null): string {
  if (!to) return `from ${formatPartialDate(from)}`;
  return `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
}

// One formatter per style, made once: toLocaleString with options builds a new Intl.NumberFormat
// on every call, which made drawing a chart's axis ticks and tooltips measurably slow.
const whole = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });
const threeDecimals = new Intl.NumberFormat("en", { maximumFractionDigits: 3 });
const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/** A number for labels and tooltips: exact digits for counts, a few decimals for small values. */
export function formatNumber(n: number): string {
  const size = Math.abs(n);
  return (size >= 100 ? whole : size >= 1 ? twoDecimals : threeDecimals).format(n);
}

/** A short number for axis ticks: 1,200,000 → "1.2M". */
export function formatCompact(n: number): string {
  return Math.abs(n) < 10_000 ? formatNumber(n) : compact.format(n);
}

/** "8–21 demonstrators killed", "1,200–2,168 (best estimate 1,500) executed", "at least 50,000 …" */
export function formatMagnitude(m: { low?: number | null; best?: number | null; high?: number | null; unit?: string | null }): string {
  const { low, best, high, unit } = m;
  let amount: string;
  if (low != null && high != null && low !== high) {
    amount = `${formatNumber(low)}–${formatNumber(high)}`;
    if (best != null) amount += ` (best estimate ${formatNumber(best)})`;
  } else if (best != null) amount = formatNumber(best);
  else if (low != null && high != null) amount = formatNumber(low);
  else if (low != null) amount = `at least ${formatNumber(low)}`;
  else if (high != null) amount = `up to ${formatNumber(high)}`;
  else amount = "";
  return `${amount} ${unit ?? ""}`.trim();
}
