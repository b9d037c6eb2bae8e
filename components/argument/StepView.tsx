import { Suspense } from "react";
import type { Catalog } from "@/lib/queries/catalog";
import type { ArgumentStep } from "@/lib/queries/argument";
import type { StepView as Model } from "@/lib/argument/stepView";
import { timelineData } from "@/lib/charts/timelineData";
import { seriesData } from "@/lib/charts/seriesData";
import { tenureBands } from "@/lib/charts/tenureBands";
import { attributionRule, tenureTotals } from "@/lib/charts/tenureTotals";
import { chartMetrics } from "@/lib/charts/chartMetrics";
import { timelineChartHeight } from "@/lib/charts/chartHeights";
import { formatNumber } from "@/lib/format";
import { indexSources } from "@/lib/sources/citationLabel";
import { ChartDataTable } from "@/components/charts/ChartDataTable";
import { LazySeriesChart, LazyTimelineChart, LazyTotalsChart } from "@/components/charts/LazyCharts";
import { ContestedFiguresChart } from "@/components/compare/ContestedFiguresChart";
import { citationText } from "@/lib/sources/citationLabel";
import { formatMagnitude } from "@/lib/format";
import { InstitutionLineage } from "@/components/lineage/InstitutionLineage";
import { StepOverview } from "./StepOverview";
import { ViewTable } from "./ViewTable";

/**
 * The dashboard view a step refers to, drawn the way its `display` asks, with the same chart
 * components as the compare page. Every chart is followed by its data table, rendered on the
 * server, so the numbers are there without JavaScript (the chart itself is drawn in the browser).
 */
export function StepView(props: { catalog: Catalog; step: ArgumentStep; model: Model }) {
  // The overview is drawn on the server; the other charts are drawn in the browser.
  const charted = ["timeline", "series", "totals"].includes(props.step.display);
  return (
    <>
      {charted ? (
        <noscript>
          <p className="mb-2 text-sm">The chart is drawn in the browser with JavaScript; its numbers are in the data table below it.</p>
        </noscript>
      ) : null}
      <ViewFigure {...props} />
    </>
  );
}

function ViewFigure({ catalog, step, model: { view, model } }: { catalog: Catalog; step: ArgumentStep; model: Model }) {
  const { leaderA, leaderB } = model;
  const nameA = leaderA.name;
  const nameB = leaderB.name;
  const bands = tenureBands([leaderA, leaderB], view.from, view.to);
  const years = `${view.from}–${view.to}`;

  switch (step.display) {
    case "overview":
      return <StepOverview step={step} model={model} view={view} />;
    case "timeline": {
      const timeline = timelineData(model.events, model.mechanisms, leaderA.slug, leaderB.slug);
      return (
        <figure>
          <figcaption className="mb-2 text-sm text-muted">
            The dated events of the view, {years}, one row per mechanism; the shaded bands are the periods in power.
          </figcaption>
          {/* The timeline keeps the selected event in the address (nuqs): on a prerendered page that
              reading waits for the browser, so the chart sits in its own boundary. */}
          <Suspense fallback={<div style={{ minHeight: timelineChartHeight(timeline.categories.length) }} />}>
            <LazyTimelineChart points={timeline.points} categories={timeline.categories} bands={bands} nameA={nameA} nameB={nameB} from={view.from} to={view.to} />
          </Suspense>
          <ChartDataTable
            caption={`Events on the timeline, ${years}`}
            columns={["Date", "Leader", "Mechanism", "Event"]}
            rows={timeline.points.map((p) => [p.date, p.leader === "a" ? nameA : p.leader === "b" ? nameB : "—", p.mechanism, p.title])}
          />
        </figure>
      );
    }
    case "series": {
      const { metric } = chartMetrics(catalog.metrics, view);
      if (!metric) return <p>No yearly series in the dataset.</p>;
      const series = seriesData(metric, view.from, view.to);
      return (
        <figure>
          <figcaption className="mb-2 text-sm text-muted">
            {metric.name} ({metric.unit}) per year{series.hasBand ? "; the shaded range runs from the low to the high estimate" : ""}.
          </figcaption>
          <LazySeriesChart data={series} name={metric.name} unit={metric.unit} bands={bands} />
          <p className="mt-2 text-sm text-muted">
            {metric.definition} Caveats: {metric.caveats}
          </p>
          <ChartDataTable caption={`${metric.name} (${metric.unit}) by year`} columns={["Year", "Best", "Low", "High"]} rows={series.points.map((p) => [p.year, p.best, p.low, p.high])} />
        </figure>
      );
    }
    case "totals": {
      const { totalsMetric } = chartMetrics(catalog.metrics, view);
      if (!totalsMetric) return <p>No series in the dataset can be added up by tenure.</p>;
      const totals = tenureTotals(totalsMetric, [leaderA, leaderB], view.from, view.to, view.norm);
      if (!totals) return <p>No series in the dataset can be added up by tenure.</p>;
      return (
        <figure>
          <figcaption className="mb-2 text-sm text-muted">
            {totalsMetric.name}, {view.norm === "per-year" ? "average per year in power" : "total"} for each leader, {years}.
          </figcaption>
          <LazyTotalsChart totals={totals} unit={totalsMetric.unit} norm={view.norm} />
          <p className="mt-2 text-sm text-muted">{attributionRule}</p>
          <ChartDataTable
            caption={`${totalsMetric.name} by tenure (${totalsMetric.unit})`}
            columns={["Leader", "Total", "Per year"]}
            rows={totals.map((t) => [t.name, t.total === null ? null : formatNumber(t.total), t.perYear === null ? null : formatNumber(t.perYear)])}
          />
        </figure>
      );
    }
    case "lineage":
      return <InstitutionLineage institutions={catalog.institutions} mechanisms={model.mechanisms.map((m) => m.slug)} from={view.from} to={view.to} />;
    case "figures": {
      // The chart as on the compare page; its table (who gives which estimate, from which source)
      // folded below it like every chart's data table, rather than behind a link to the dashboard.
      const sources = indexSources(catalog.sources);
      const shown = catalog.figures.filter((f) => f.endYear >= view.from && f.startYear <= view.to);
      return (
        <>
          <ContestedFiguresChart figures={catalog.figures} view={{ ...view, figures: "chart" }} sources={sources} />
          <ChartDataTable
            caption={`Published estimates of the contested figures, ${years}`}
            columns={["Figure", "Who", "Estimate", "Source"]}
            rows={shown.flatMap((f) => f.estimates.map((e) => [f.title, e.attribution, formatMagnitude({ ...e, unit: f.unit }), citationText(e, sources)]))}
          />
        </>
      );
    }
    case "table":
      return <ViewTable rows={model.rows} nameA={nameA} nameB={nameB} caption={`${nameA} and ${nameB} side by side, ${years}: score (0–5) and relation`} />;
  }
}

