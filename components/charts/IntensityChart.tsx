"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { describeIntensity } from "@/lib/charts/chartDescriptions";
import { chartTheme, leaderColor } from "@/lib/charts/chartTheme";
import { intensityChartHeight } from "@/lib/charts/chartHeights";
import type { IntensityDatum } from "@/lib/charts/intensityData";

export type IntensityChartProps = {
  data: IntensityDatum[];
  nameA: string;
  nameB: string;
};

const truncate = (text: string, max = 30) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Horizontal grouped bars: one row per mechanism, side A above side B, on the 0–5 rubric. */
export function IntensityChart({ data, nameA, nameB }: IntensityChartProps) {
  return (
    <div role="figure" aria-label={describeIntensity(data, nameA, nameB)} style={{ height: intensityChartHeight(data.length) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" accessibilityLayer margin={{ top: 4, right: 24, bottom: 4, left: 4 }} barGap={1}>
          <CartesianGrid horizontal={false} stroke={chartTheme.gridStroke} />
          <XAxis
            type="number"
            domain={[0, 5]}
            ticks={[0, 1, 2, 3, 4, 5]}
            allowDecimals={false}
            stroke={chartTheme.axisStroke}
            tick={chartTheme.tick}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={200}
            interval={0}
            tickFormatter={(name: string) => truncate(name)}
            stroke={chartTheme.axisStroke}
            tick={chartTheme.tick}
          />
          <Tooltip
            {...chartTheme.tooltip}
            cursor={{ fill: "var(--border)", fillOpacity: 0.35 }}
            formatter={(value) => (typeof value === "number" ? `${value.toLocaleString("en")} of 5` : "not assessed")}
          />
          <Legend verticalAlign="top" wrapperStyle={chartTheme.legend} itemSorter="dataKey" />
          {(["a", "b"] as const).map((side) => (
            <Bar key={side} dataKey={side} name={side === "a" ? nameA : nameB} fill={leaderColor(side)} maxBarSize={12} isAnimationActive={false}>
              <LabelList dataKey={side} position="right" fill={chartTheme.tick.fill} fontSize={11} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
