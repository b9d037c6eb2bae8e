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
