// Display formatting shared by every page: dates at their precision, numbers and ranges.
const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "1917-11-07" → "7 November 1917"; "1918-09" → "September 1918"; "1921" → "1921". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  if (!m) return y ?? iso;
  const month = months[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The Gregorian date, with the old-style (Julian) date noted when there is one. */
export function formatDateWithOldStyle(iso: string, oldStyle: string | null | undefined): string {
  return oldStyle ? `${formatDate(iso)} (${formatDate(oldStyle)} old style)` : formatDate(iso);
}

export function formatNumber(n: number): string {
  return n.toLocaleString("en", { maximumFractionDigits: Math.abs(n) < 10 ? 2 : 0 });
}

/** "1,200–2,200 (best 1,500) people executed", leaving out what is unknown. */
export function formatRange(r: { low?: number | null; best?: number | null; high?: number | null; unit?: string | null }): string {
  const { low, best, high, unit } = r;
  let text: string;
  if (low != null && high != null && low !== high) {
    text = `${formatNumber(low)}–${formatNumber(high)}${best != null ? ` (best estimate ${formatNumber(best)})` : ""}`;
  } else if (best != null) text = formatNumber(best);
  else text = formatNumber((low ?? high) as number);
  return unit ? `${text} ${unit}` : text;
}

/** "Conquest 1990", "Davies & Wheatcroft 2004", "Getty et al. 1993": compact citation labels. */
export function sourceLabel(s: { authors: string; year: number }): string {
  const names = s.authors
    .replace(/\s*\((eds?\.?|ed\.)\)/g, "")
    .split(/,\s*|\s+and\s+|\s*&\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
  const surname = (n: string) => n.split(/\s+/).pop() ?? n;
  const who =
    names.length <= 1 ? s.authors.replace(/\s*\(eds?\.?\)/g, "").split(/\s+/).slice(-1)[0] ?? s.authors
    : names.length === 2 ? `${surname(names[0] ?? "")} & ${surname(names[1] ?? "")}`
    : `${surname(names[0] ?? "")} et al.`;
  return `${who} ${s.year}`;
}
