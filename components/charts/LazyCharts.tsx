"use client";

// The charts load Recharts (about 115 KiB gzip) only when one is drawn, in the browser, and
// only once the chart is near the screen: loading and drawing a chart costs the main thread a
// few hundred milliseconds on a phone, which a chart below the fold should not take from the
// first screen. Each wrapper reserves the chart's height meanwhile so the page does not shift.
import { useQueryStates } from "nuqs";
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import { SERIES_CHART_HEIGHT, timelineChartHeight, TOTALS_CHART_HEIGHT } from "@/lib/charts/chartHeights";
import { viewParsers } from "@/lib/url/compareUrl";
import type { SeriesChartProps } from "./SeriesChart";
import type { TimelineChartProps } from "./TimelineChart";
import type { TotalsChartProps } from "./TotalsChart";

// Plain React.lazy is enough (no next/dynamic with ssr: false): a slot renders its chart only
// after an effect in the browser, so the server never draws one.
const TimelineChart = lazy(() => import("./TimelineChart").then((m) => ({ default: m.TimelineChart })));
const SeriesChart = lazy(() => import("./SeriesChart").then((m) => ({ default: m.SeriesChart })));
const TotalsChart = lazy(() => import("./TotalsChart").then((m) => ({ default: m.TotalsChart })));

/** How far below (or above) the screen a chart starts loading, so it is drawn by the time it scrolls in. */
const NEAR_SCREEN = "300px 0px";

/** The chart's reserved space; the chart itself is rendered once the space is near the screen, or the page is printed. */
function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const slot = ref.current;
    if (near || !slot) return;
    const show = () => setNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) show();
      },
      { rootMargin: NEAR_SCREEN },
    );
    observer.observe(slot);
    window.addEventListener("beforeprint", show);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", show);
    };
  }, [near]);
  return (
    <div ref={ref} style={{ minHeight: height }}>
      {/* The slot holds the space, so the loading state draws nothing. */}
      {near ? <Suspense fallback={null}>{children}</Suspense> : null}
    </div>
  );
}

/**
 * Without an onSelect, a click on an event opens it through the URL (event=slug), the same
 * state the rest of the page reads, and the open event is ringed; a second click closes it.
 * Reading the address waits for the browser on a prerendered page (an argument step), so the
 * chart sits in its own Suspense boundary, holding its space meanwhile.
 */
export function LazyTimelineChart(props: TimelineChartProps) {
  return (
    <Suspense fallback={<div style={{ minHeight: timelineChartHeight(props.categories.length) }} />}>
      <TimelineWithSelection {...props} />
    </Suspense>
  );
}

function TimelineWithSelection(props: TimelineChartProps) {
  const [{ event }, setView] = useQueryStates({ event: viewParsers.event }, { history: "push", scroll: false });
  // Clicking the open event again closes it.
  const onSelect = props.onSelect ?? ((slug: string) => void setView({ event: slug === event ? null : slug }));
  return (
    <ChartSlot height={timelineChartHeight(props.categories.length)}>
      <TimelineChart {...props} selected={props.selected ?? (event || undefined)} onSelect={onSelect} />
    </ChartSlot>
  );
}

export function LazySeriesChart(props: SeriesChartProps) {
  return (
    <ChartSlot height={SERIES_CHART_HEIGHT}>
      <SeriesChart {...props} />
    </ChartSlot>
  );
}

export function LazyTotalsChart(props: TotalsChartProps) {
  return (
    <ChartSlot height={TOTALS_CHART_HEIGHT}>
      <TotalsChart {...props} />
    </ChartSlot>
  );
}
