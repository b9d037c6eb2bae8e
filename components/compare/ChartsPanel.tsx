import { Link } from "@/components/common/Link";
import type { ReactElement } from "react";
import type { Catalog } from "@/lib/queries/catalog";
import type { CompareView } from "@/lib/compare/buildCompareView";
import type { ViewState } from "@/lib/url/compareUrl";
import { tenureBands } from "@/lib/charts/tenureBands";
import { timelineData } from "@/lib/charts/timelineData";
import { seriesData } from "@/lib/charts/seriesData";
import { attributionRule, tenureTotals } from "@/lib/charts/tenureTotals";
import { chartMetrics } from "@/lib/charts/chartMetrics";
import { formatDate, formatNumber } from "@/lib/format";
import { citationLabel, indexSources } from "@/lib/sources/citationLabel";
import { ChartDataTable } from "@/components/charts/ChartDataTable";
import { LazySeriesChart, LazyTimelineChart, LazyTotalsChart } from "@/components/charts/LazyCharts";
import { ChartTabs, type ChartTab } from "./ChartTabs";
import { SectionHeading } from "./SectionHeading";
import { InstitutionLineage } from "@/components/lineage/InstitutionLineage";

const tabs: ChartTab[] = [
  { id: "intensity", label: "Scores" },
  { id: "timeline", label: "Timeline" },
  { id: "series", label: "Yearly figures" },
  { id: "totals", label: "Totals by tenure" },
  { id: "lineage", label: "Lineage" },
];
import { SeriesControls } from "./SeriesControls";
import { SelectedEvent } from "./SelectedEvent";
// Export: PNG/SVG download and embed code for each chart.
import { ChartExportBar } from "@/components/export/ChartExportBar";
import { chartCaption } from "@/lib/export/chartCaption";

export function ChartsPanel({ catalog, model, view }: { catalog: Catalog; model: CompareView; view: ViewState }) {
  const { leaderA, leaderB } = model;
  const pair = [leaderA, leaderB] as const;
  const nameA = leaderA.name;
  const nameB = leaderB.name;
  const bands = tenureBands(pair, view.from, view.to);

  const { metric, totalsMetric, additive } = chartMetrics(catalog.metrics, view);
  const sources = indexSources(catalog.sources);
  const sourceName = (slug: string) => citationLabel(slug, sources);
  const exportBar = (chart: ViewState["chart"]) => <ChartExportBar chart={chart} {...chartCaption(catalog, view, chart)} />;

  const rubric = (
    <dl className="mt-2 space-y-1 text-sm">
        {catalog.rubric.map((r) => (
          <div key={r.level}>
            <dt className="inline font-semibold">
              {r.level} · {r.label}:
            </dt>{" "}
            <dd className="inline text-muted">{r.description}</dd>
          </div>
        ))}
    </dl>
  );

  const metricNote = (m: NonNullable<typeof metric>) => (
    <div className="mt-3 space-y-1 text-sm">
      <p>
        <span className="font-medium">{m.name}</span> ({m.unit}). {m.definition}
      </p>
      <p className="text-muted">Caveats: {m.caveats}</p>
      <p className="text-muted">
        Sources:{" "}
        {[...new Set(m.values.map((v) => v.source))].map((s, i) => (
          <span key={s}>
            {i > 0 ? "; " : ""}
            <Link href={`/sources#${s}`} className="underline underline-offset-2">
              {sourceName(s)}
            </Link>
          </span>
        ))}
      </p>
    </div>
  );

  // Only the chosen chart's data and elements are built: the others are a link away (ChartTabs).
  const panels: Record<ViewState["chart"], () => ReactElement> = {
    // The overview at the top of the page is the intensity chart; this tab explains its scale.
    // (The bar chart of the same scores is still drawn for embeds and downloads: /embed/chart.)
    intensity: () => (
      <figure>
        <figcaption className="text-sm text-muted">
          The overview at the top of the page shows each leader&apos;s score from 0 (absent) to 5 (extreme) per mechanism,
          following this written rubric.
        </figcaption>
        {rubric}
      </figure>
    ),
    timeline: () => {
      const timeline = timelineData(model.events, model.mechanisms, leaderA.slug, leaderB.slug);
      return (
        <figure>
          {exportBar("timeline")}
          <figcaption className="mb-2 text-sm text-muted">
            Events by mechanism, {view.from}–{view.to}; shaded bands are the periods in power. Select a point for its details.
          </figcaption>
          <LazyTimelineChart points={timeline.points} categories={timeline.categories} bands={bands} nameA={nameA} nameB={nameB} from={view.from} to={view.to} />
          <SelectedEvent events={model.events.map((e) => ({ slug: e.slug, title: e.title, when: formatDate(e.date, e.oldStyleDate) }))} />
          <ChartDataTable
            caption={`Events on the timeline, ${view.from}–${view.to}`}
            columns={["Date", "Leader", "Mechanism", "Event"]}
            rows={timeline.points.map((p) => [p.date, p.leader === "a" ? nameA : p.leader === "b" ? nameB : "—", p.mechanism, p.title])}
          />
        </figure>
      );
    },
    series: () => {
      const series = metric ? seriesData(metric, view.from, view.to) : null;
      return metric && series ? (
          <figure>
            {exportBar("series")}
            <SeriesControls series={catalog.metrics.map((m) => ({ slug: m.slug, name: m.name }))} current={metric.slug} showNorm={false} />
            <figcaption className="sr-only">
              {metric.name} per year{series.hasBand ? ", with the range between low and high estimates shaded" : ""}.
            </figcaption>
            <LazySeriesChart data={series} name={metric.name} unit={metric.unit} bands={bands} />
            {metricNote(metric)}
            <ChartDataTable
              caption={`${metric.name} (${metric.unit}) by year`}
              columns={["Year", "Best", "Low", "High"]}
              rows={series.points.map((p) => [p.year, p.best, p.low, p.high])}
            />
          </figure>
        ) : (
          <p>No yearly series in the dataset.</p>
        );
    },
    totals: () => {
      const totals = totalsMetric ? tenureTotals(totalsMetric, pair, view.from, view.to, view.norm) : null;
      return totalsMetric && totals ? (
          <figure>
            {exportBar("totals")}
            <SeriesControls series={additive.map((m) => ({ slug: m.slug, name: m.name }))} current={totalsMetric.slug} showNorm />
            <figcaption className="mb-2 text-sm text-muted">
              {totalsMetric.name}, {view.norm === "per-year" ? "average per year in power" : "total"} for each leader, {view.from}–{view.to}.
            </figcaption>
            <LazyTotalsChart totals={totals} unit={totalsMetric.unit} norm={view.norm} />
            <p className="mt-2 text-sm text-muted">{attributionRule}</p>
            {metricNote(totalsMetric)}
            <ChartDataTable
              caption={`${totalsMetric.name} by tenure (${totalsMetric.unit})`}
              columns={["Leader", "Total", "Per year", "Years with data", "Years counted"]}
              rows={totals.map((t) => [
                t.name,
                t.total === null ? null : formatNumber(t.total),
                t.perYear === null ? null : formatNumber(t.perYear),
                t.firstYear === null ? "none" : `${t.yearsCovered} (${t.firstYear}–${t.lastYear})`,
                t.yearsInPower,
              ])}
            />
          </figure>
        ) : (
          <p>No series in the dataset can be added up by tenure.</p>
        );
    },
    lineage: () => (
      <InstitutionLineage institutions={catalog.institutions} mechanisms={model.mechanisms.map((m) => m.slug)} from={view.from} to={view.to} />
    ),
  };

  return (
    <section aria-labelledby="charts-heading">
      <SectionHeading id="charts-heading">Charts</SectionHeading>
      <ChartTabs tabs={tabs} view={view}>
        {panels[view.chart]()}
      </ChartTabs>
    </section>
  );
}
