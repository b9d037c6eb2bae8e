// The charts' heights, apart from their colours (chartTheme.ts): the lazy wrappers that reserve
// a chart's space load with the page, the theme only with the charts.

/** Heights in px. The lazy wrappers reserve the same space so nothing shifts when Recharts loads. */
export const SERIES_CHART_HEIGHT = 380;
export const TOTALS_CHART_HEIGHT = 320;
/** One row per mechanism, so it grows with the selection. */
export function timelineChartHeight(rows: number): number {
  return Math.max(200, 90 + 24 * rows);
}
