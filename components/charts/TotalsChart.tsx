"use client";

import { Bar, BarChart, CartesianGrid, ErrorBar, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { describeTotals } from "@/lib/charts/chartDescriptions";
import { chartTheme, leaderColor } from "@/lib/charts/chartTheme";
import { TOTALS_CHART_HEIGHT } from "@/lib/charts/chartHeights";
import { formatCompact, formatNumber } from "@/lib/format";
import type { TenureTotal } from "@/lib/charts/tenureTotals";
import { yearRuns } from "@/lib/charts/seriesData";
import type { ViewState } from "@/lib/url/compareUrl";

export type TotalsChartProps = {
  /** Each leader's total, with the years it covers in words (lib/charts/model/totalsChart.ts). */
  totals: (TenureTotal & { coverage: string })[];
  unit: string;
  norm: ViewState["norm"];
};

/** One bar per leader: the total (or yearly average) of an additive metric over the years counted for them. */
export function TotalsChart({ totals, unit, norm }: TotalsChartProps) {
  const data = totals.map((t) => ({
    ...t,
    // The axis names the years counted; the full coverage (and what has no figure) is written under the chart.
    label: t.coveredYears.length > 0 ? `${t.name} (${yearRuns(t.coveredYears)})` : `${t.name} (no figure)`,
    // A data entry's own fill paints its bar (Recharts 3; replaces the deprecated Cell).
    fill: leaderColor(t.side),
    // ErrorBar wants distances below and above the bar, not the ends of the range.
    error: t.value !== null && t.valueLow !== null && t.valueHigh !== null ? [t.value - t.valueLow, t.valueHigh - t.value] : null,
  }));
  const hasRange = data.some((d) => d.error !== null);
  const label = norm === "per-year" ? `${unit} per year with data` : unit;

  return (
    <div role="figure" aria-label={describeTotals(totals, unit, norm)} style={{ height: TOTALS_CHART_HEIGHT }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} accessibilityLayer margin={{ top: 24, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid vertical={false} stroke={chartTheme.gridStroke} />
          <XAxis dataKey="label" stroke={chartTheme.axisStroke} tick={chartTheme.tick} interval={0} />
          <YAxis
            width={64}
            tickFormatter={(v: number) => formatCompact(v)}
            stroke={chartTheme.axisStroke}
            tick={chartTheme.tick}
          />
          <Tooltip
            {...chartTheme.tooltip}
            cursor={{ fill: "var(--border)", fillOpacity: 0.35 }}
            formatter={(value, _name, item) => {
              const t = item.payload as TenureTotal;
              const range = t.valueLow !== null && t.valueHigh !== null ? ` (range ${formatNumber(t.valueLow)}–${formatNumber(t.valueHigh)})` : "";
              return [
                typeof value === "number" ? `${formatNumber(value)}${range}; ${t.yearsCovered} of ${t.yearsInPower} years with data` : "no data",
                label,
              ];
            }}
          />
          <Bar dataKey="value" name={label} maxBarSize={96} isAnimationActive={false}>
            <LabelList dataKey="value" position="top" fill={chartTheme.tick.fill} fontSize={12} formatter={(v) => (typeof v === "number" ? formatNumber(v) : "")} />
            {hasRange && <ErrorBar dataKey="error" stroke="var(--foreground)" width={8} />}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
