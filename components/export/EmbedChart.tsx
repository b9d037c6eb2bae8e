import type { CompareView } from "@/lib/compare/buildCompareView";
import { intensityData } from "@/lib/charts/intensityData";
import { seriesData } from "@/lib/charts/seriesData";
import { tenureBands } from "@/lib/charts/tenureBands";
import { tenureTotals } from "@/lib/charts/tenureTotals";
import { timelineData } from "@/lib/charts/timelineData";
import { chartMetrics } from "@/lib/charts/chartMetrics";
import { chartCaption } from "@/lib/export/chartCaption";
import { compareHref } from "@/lib/export/exportLinks";
import type { Catalog } from "@/lib/queries/catalog";
import type { ViewState } from "@/lib/url/compareUrl";
import { LazyIntensityChart, LazySeriesChart, LazyTimelineChart, LazyTotalsChart } from "@/components/charts/LazyCharts";
import { InstitutionLineage } from "@/components/lineage/InstitutionLineage";
import { EmbedFrame } from "./EmbedFrame";

/** One chart of a view (chart=...), shaped as the compare view shapes it, for /embed/chart. */
export function EmbedChart({ catalog, model, view }: { catalog: Catalog; model: CompareView; view: ViewState }) {
  const { leaderA, leaderB } = model;
  const pair = [leaderA, leaderB] as const;
  const bands = tenureBands(pair, view.from, view.to);
  const { metric, totalsMetric } = chartMetrics(catalog.metrics, view);
  const caption = chartCaption(catalog, view);

  let chart;
  switch (view.chart) {
    case "intensity":
      chart = <LazyIntensityChart data={intensityData(model.rows)} nameA={leaderA.name} nameB={leaderB.name} />;
      break;
    case "timeline": {
      const timeline = timelineData(model.events, model.mechanisms, leaderA.slug, leaderB.slug);
      chart = (
        <LazyTimelineChart points={timeline.points} categories={timeline.categories} bands={bands} nameA={leaderA.name} nameB={leaderB.name} from={view.from} to={view.to} />
      );
      break;
    }
    case "series":
      chart = metric ? (
        <LazySeriesChart data={seriesData(metric, view.from, view.to)} name={metric.name} unit={metric.unit} bands={bands} />
      ) : (
        <p>No yearly series in the dataset.</p>
      );
      break;
    case "totals": {
      const totals = totalsMetric ? tenureTotals(totalsMetric, pair, view.from, view.to, view.norm) : null;
      chart = totalsMetric && totals ? (
        <LazyTotalsChart totals={totals} unit={totalsMetric.unit} norm={view.norm} />
      ) : (
        <p>No series in the dataset can be added up by tenure.</p>
      );
      break;
    }
    case "lineage":
      chart = <InstitutionLineage institutions={catalog.institutions} mechanisms={model.mechanisms.map((m) => m.slug)} from={view.from} to={view.to} />;
      break;
  }

  return (
    <EmbedFrame title={caption.title} source={caption.source} href={compareHref(view)} fill>
      {chart}
    </EmbedFrame>
  );
}
