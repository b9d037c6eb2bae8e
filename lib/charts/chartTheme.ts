// Colours and sizes shared by the chart components. Colours are CSS variables from
// app/globals.css, so the charts follow the light and dark themes.

/** Side A is always drawn in --leader-a, side B in --leader-b; events of neither in the muted colour. */
export function leaderColor(side: "a" | "b" | "none"): string {
  return side === "a" ? "var(--leader-a)" : side === "b" ? "var(--leader-b)" : "var(--muted)";
}

export const chartTheme = {
  axisStroke: "var(--muted)",
  gridStroke: "var(--border)",
  tick: { fill: "var(--muted)", fontSize: 12 },
  tooltip: {
    contentStyle: {
      background: "var(--card)",
      border: "1px solid var(--border)",
      borderRadius: 6,
      color: "var(--foreground)",
      fontSize: 13,
    },
    labelStyle: { color: "var(--foreground)", fontWeight: 600 },
    itemStyle: { color: "var(--foreground)" },
  },
  legend: { color: "var(--foreground)", fontSize: 13 },
  /** Opacity of the tenure shading behind the data. */
  bandOpacity: 0.12,
} as const;

/** Heights in px. The lazy wrappers reserve the same space so nothing shifts when Recharts loads. */
export const SERIES_CHART_HEIGHT = 380;
export const TOTALS_CHART_HEIGHT = 320;
/** One row per mechanism, so these grow with the selection (18 mechanisms → about 550 px). */
export function intensityChartHeight(rows: number): number {
  return Math.max(200, 80 + 26 * rows);
}
export function timelineChartHeight(rows: number): number {
  return Math.max(200, 90 + 24 * rows);
}
