/**
 * Whole-year ticks for a time axis, about ten at most (or `max`): every 1, 2, 5, 10 or 20 years,
 * the smallest step that keeps them within the number that fits.
 */
export function yearTicks([start, end]: readonly [number, number], max = 10): number[] {
  const span = end - start;
  const step = [1, 2, 5, 10, 20, 50].find((s) => span / s <= Math.max(max, 1)) ?? 50;
  const ticks: number[] = [];
  for (let year = Math.ceil(start / step) * step; year <= end; year += step) ticks.push(year);
  return ticks;
}
