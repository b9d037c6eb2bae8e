/** Whole-year ticks for a time axis, about ten at most: every 1, 2, 5 or 10 years. */
export function yearTicks([start, end]: readonly [number, number]): number[] {
  const span = end - start;
  const step = span <= 10 ? 1 : span <= 20 ? 2 : span <= 50 ? 5 : 10;
  const ticks: number[] = [];
  for (let year = Math.ceil(start / step) * step; year <= end; year += step) ticks.push(year);
  return ticks;
}
