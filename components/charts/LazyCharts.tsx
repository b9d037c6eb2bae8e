"use client";

// The charts load Recharts (about 115 KiB gzip) only when one is drawn, in the browser. Each
// wrapper reserves the chart's height while it loads so the page does not shift.
import dynamic from "next/dynamic";
import { useQueryStates } from "nuqs";
import { intensityChartHeight, SERIES_CHART_HEIGHT, timelineChartHeight, TOTALS_CHART_HEIGHT } from "@/lib/charts/chartTheme";
import { viewParsers } from "@/lib/viewState";
import type { IntensityChartProps } from "./IntensityChart";
import type { SeriesChartProps } from "./SeriesChart";
import type { TimelineChartProps } from "./TimelineChart";
import type { TotalsChartProps } from "./TotalsChart";

// The wrappers below hold the space, so the loading state draws nothing.
const placeholder = () => null;

const IntensityChart = dynamic(() => import("./IntensityChart").then((m) => m.IntensityChart), { ssr: false, loading: placeholder });
const TimelineChart = dynamic(() => import("./TimelineChart").then((m) => m.TimelineChart), { ssr: false, loading: placeholder });
const SeriesChart = dynamic(() => import("./SeriesChart").then((m) => m.SeriesChart), { ssr: false, loading: placeholder });
const TotalsChart = dynamic(() => import("./TotalsChart").then((m) => m.TotalsChart), { ssr: false, loading: placeholder });

export function LazyIntensityChart(props: IntensityChartProps) {
  return (
    <div style={{ minHeight: intensityChartHeight(props.data.length) }}>
      <IntensityChart {...props} />
    </div>
  );
}

/**
 * Without an onSelect, a click on an event opens it through the URL (event=slug), the same
 * state the rest of the page reads, and the open event is ringed; a second click closes it.
 */
export function LazyTimelineChart(props: TimelineChartProps) {
  const [{ event }, setView] = useQueryStates({ event: viewParsers.event }, { history: "push", scroll: false });
  // Clicking the open event again closes it.
  const onSelect = props.onSelect ?? ((slug: string) => void setView({ event: slug === event ? null : slug }));
  return (
    <div style={{ minHeight: timelineChartHeight(props.categories.length) }}>
      <TimelineChart {...props} selected={props.selected ?? (event || undefined)} onSelect={onSelect} />
    </div>
  );
}

export function LazySeriesChart(props: SeriesChartProps) {
  return (
    <div style={{ minHeight: SERIES_CHART_HEIGHT }}>
      <SeriesChart {...props} />
    </div>
  );
}

export function LazyTotalsChart(props: TotalsChartProps) {
  return (
    <div style={{ minHeight: TOTALS_CHART_HEIGHT }}>
      <TotalsChart {...props} />
    </div>
  );
}
