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
