"use client";

import {
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  type ScatterShapeProps,
  type TooltipContentProps,
} from "recharts";
import { tenureAreas } from "./tenureAreas";
import { describeTimeline } from "@/lib/charts/chartDescriptions";
import { chartTheme, leaderColor } from "@/lib/charts/chartTheme";
import { timelineChartHeight } from "@/lib/charts/chartHeights";
import type { TenureBand } from "@/lib/charts/tenureBands";
import type { TimelineCategory, TimelinePoint } from "@/lib/charts/timelineData";
import { yearTicks } from "@/lib/charts/yearTicks";
import { useWidth } from "./useWidth";

export type TimelineChartProps = {
  points: TimelinePoint[];
  categories: TimelineCategory[];
  bands: TenureBand[];
  nameA: string;
  nameB: string;
  /** The selected years; the x-axis runs from the start of `from` to the end of `to`. */
  from?: number;
  to?: number;
  /** Slug of the event to ring, e.g. the one open in the URL. */
  selected?: string;
  /** Called with the slug of a clicked event. */
  onSelect?: (slug: string) => void;
};

const truncate = (text: string, max = 30) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function EventTooltip({ active, payload }: TooltipContentProps) {
  const point = payload?.[0]?.payload as TimelinePoint | undefined;
  if (!active || !point) return null;
  return (
    <div style={{ ...chartTheme.tooltip.contentStyle, padding: "6px 10px", maxWidth: 280 }}>
      <p style={chartTheme.tooltip.labelStyle}>{point.title}</p>
      <p style={{ color: "var(--muted)" }}>
        {point.date} · {point.mechanism}
      </p>
    </div>
  );
}

/** Events over time, one row per mechanism, on the leaders' tenures shaded in their colours. */
export function TimelineChart({ points, categories, bands, nameA, nameB, from = 1917, to = 1953, selected, onSelect }: TimelineChartProps) {
  const rows = categories.length;
  const domain: [number, number] = [from, to + 1];
  // Labels and ticks fit the width the chart has (an embed may be 320 px wide): the mechanism
  // names take at most a third of it, years are spaced at least 44 px apart, and a period's name
  // is written only where its band is wide enough to hold it.
  const { ref, width } = useWidth<HTMLDivElement>();
  const labelWidth = Math.round(Math.min(200, Math.max(90, width * 0.34)));
  const labelChars = Math.floor(labelWidth / 7);
  const plotWidth = Math.max(width - labelWidth - 28, 40);
  const pxPerYear = plotWidth / (domain[1] - domain[0]);
  const namedBands = bands.map((b) => ({ ...b, name: (b.end - b.start) * pxPerYear >= b.name.length * 7.5 + 8 ? b.name : "" }));
  const series = [
    { side: "a" as const, name: nameA },
    { side: "b" as const, name: nameB },
    { side: "none" as const, name: "Neither" },
  ].filter((s) => points.some((p) => p.leader === s.side));

  const dot = (props: ScatterShapeProps) => {
    const { cx, cy } = props;
    const point = props.payload as TimelinePoint | undefined;
    if (cx === undefined || cy === undefined || !point) return <g />;
    const isSelected = point.slug === selected;
    return (
      <circle
        cx={cx}
        cy={cy}
        r={isSelected ? 7 : 5}
        fill={leaderColor(point.leader)}
        fillOpacity={0.85}
        stroke={isSelected ? "var(--foreground)" : "var(--card)"}
        strokeWidth={isSelected ? 2 : 1}
        style={onSelect ? { cursor: "pointer" } : undefined}
      />
    );
  };

  return (
    <div ref={ref} role="figure" aria-label={describeTimeline(points, rows, nameA, nameB)} style={{ height: timelineChartHeight(rows) }}>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart accessibilityLayer margin={{ top: 8, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid stroke={chartTheme.gridStroke} />
          {tenureAreas(namedBands)}
          <XAxis
            type="number"
            dataKey="x"
            name="Date"
            domain={domain}
            ticks={yearTicks(domain, Math.floor(plotWidth / 44))}
            allowDataOverflow
            tickFormatter={(x: number) => String(Math.floor(x))}
            stroke={chartTheme.axisStroke}
            tick={chartTheme.tick}
          />
          <YAxis
            type="number"
            dataKey="y"
            name="Mechanism"
            domain={[-0.5, rows - 0.5]}
            ticks={categories.map((_, i) => i)}
            interval={0}
            reversed
            width={labelWidth}
            tickFormatter={(i: number) => truncate(categories[i]?.name ?? "", labelChars)}
            stroke={chartTheme.axisStroke}
            tick={chartTheme.tick}
          />
          <Tooltip content={EventTooltip} cursor={{ strokeDasharray: "3 3", stroke: "var(--muted)" }} />
          <Legend
            verticalAlign="top"
            wrapperStyle={chartTheme.legend}
            itemSorter={(item) => series.findIndex((s) => s.name === item.value)}
          />
          {series.map((s) => (
            <Scatter
              key={s.side}
              name={s.name}
              data={points.filter((p) => p.leader === s.side)}
              fill={leaderColor(s.side)}
              shape={dot}
              isAnimationActive={false}
              onClick={onSelect ? (item) => onSelect((item.payload as TimelinePoint).slug) : undefined}
            />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
