"use client";

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { tenureAreas } from "./tenureAreas";
import { describeSeries } from "@/lib/charts/chartDescriptions";
import { chartTheme } from "@/lib/charts/chartTheme";
import { SERIES_CHART_HEIGHT } from "@/lib/charts/chartHeights";
import { formatCompact, formatNumber } from "@/lib/format";
import type { SeriesData, SeriesPoint } from "@/lib/charts/seriesData";
import type { TenureBand } from "@/lib/charts/tenureBands";
import { yearTicks } from "@/lib/charts/yearTicks";
import { useWidth } from "./useWidth";

export type SeriesChartProps = {
  /** The result of seriesData(). */
  data: SeriesData;
  name: string;
  unit: string;
  bands: TenureBand[];
};

const RANGE = "Range (low–high estimates)";

// Where one year has a range and the next has none, the area narrows to the best value
// instead of breaking, so a lone ranged year still shows.
const rangeOf = (p: SeriesPoint): [number, number] | null => p.band ?? (p.best === null ? null : [p.best, p.best]);

/** One metric over the years: best estimate as a line, low–high range as a shaded band, tenures behind. */
export function SeriesChart({ data, name, unit, bands }: SeriesChartProps) {
  const { points, hasBand, domain } = data;
  // Years at least 44 px apart and a period's name only where its band holds it, at any width.
  const { ref, width } = useWidth<HTMLDivElement>();
  const plotWidth = Math.max(width - 92, 40);
  const pxPerYear = plotWidth / Math.max(domain[1] - domain[0], 1);
  const namedBands = bands.map((b) => ({ ...b, name: (b.end - b.start) * pxPerYear >= b.name.length * 7.5 + 8 ? b.name : "" }));
  return (
    <div ref={ref} role="figure" aria-label={describeSeries(points, name, unit)} style={{ height: SERIES_CHART_HEIGHT }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} accessibilityLayer margin={{ top: 8, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid stroke={chartTheme.gridStroke} />
          {tenureAreas(namedBands)}
          {/* Years with no published figure are marked, so an unmeasured stretch never reads as a quiet one. */}
          {data.unmeasured.map(([a, b]) => (
            <ReferenceArea
              key={`u${a}`}
              x1={a - 0.5}
              x2={b + 0.5}
              fill="var(--muted)"
              fillOpacity={0.12}
              stroke="var(--muted)"
              strokeDasharray="3 3"
              ifOverflow="hidden"
              label={b - a >= 2 ? { value: "no figure", position: "insideTop", fill: "var(--muted)", fontSize: 11 } : undefined}
            />
          ))}
          <XAxis
            type="number"
            dataKey="year"
            domain={domain}
            ticks={yearTicks(domain, Math.floor(plotWidth / 44))}
            allowDataOverflow
            stroke={chartTheme.axisStroke}
            tick={chartTheme.tick}
          />
          <YAxis
            width={64}
            tickFormatter={(v: number) => formatCompact(v)}
            stroke={chartTheme.axisStroke}
            tick={chartTheme.tick}
          />
          <Tooltip
            {...chartTheme.tooltip}
            formatter={(value) => {
              if (!Array.isArray(value)) return formatNumber(Number(value));
              const [low, high] = value.map(Number);
              return low === high ? "none given" : `${formatNumber(low!)}–${formatNumber(high!)}`;
            }}
          />
          <Legend verticalAlign="top" wrapperStyle={chartTheme.legend} itemSorter={(item) => (item.value === RANGE ? 1 : 0)} />
          {hasBand && (
            <Area
              dataKey={rangeOf}
              name={RANGE}
              stroke="none"
              fill="var(--foreground)"
              fillOpacity={0.15}
              connectNulls={false}
              isAnimationActive={false}
            />
          )}
          <Line
            dataKey="best"
            name={unit}
            stroke="var(--foreground)"
            strokeWidth={2}
            dot={{ r: 3, fill: "var(--foreground)" }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
