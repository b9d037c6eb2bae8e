// The compare page's charts, one at a time (chart=... in the URL): each tab draws its chart model
// (lib/charts/model) with its controls, downloads and data table. The "Scale and words" tab is the
// rubric: the overview at the top of the page is the intensity chart.
import type { Catalog } from "@/lib/queries/catalog";
import type { CompareView } from "@/lib/compare/buildCompareView";
import type { ViewState } from "@/lib/url/compareUrl";
import { buildChart } from "@/lib/charts/model/chartModel";
import { formatDate } from "@/lib/format";
import { ChartFigure } from "@/components/charts/ChartFigure";
import { ChartExportBar } from "@/components/export/ChartExportBar";
import { ChartTabs, type ChartTab } from "./ChartTabs";
import { RubricKey } from "./RubricKey";
import { SectionHeading } from "./SectionHeading";
import { SeriesControls } from "./SeriesControls";
import { SelectedEvent } from "./SelectedEvent";

const tabs: ChartTab[] = [
  { id: "intensity", label: "Scale and words" },
  { id: "before-after", label: "Before and after" },
  { id: "timeline", label: "Timeline" },
  { id: "series", label: "Yearly figures" },
  { id: "totals", label: "Totals by tenure" },
  { id: "figures", label: "Contested figures" },
  { id: "lineage", label: "Lineage" },
];

export function ChartsPanel({ catalog, model, view }: { catalog: Catalog; model: CompareView; view: ViewState }) {
  return (
    <section aria-labelledby="charts-heading">
      <SectionHeading id="charts-heading">Charts</SectionHeading>
      <ChartTabs tabs={tabs} view={view}>
        {view.chart === "intensity" ? <RubricKey rubric={catalog.rubric} relationTerms={catalog.relationTerms} open /> : <Chart catalog={catalog} model={model} view={view} />}
      </ChartTabs>
    </section>
  );
}

function Chart({ catalog, model, view }: { catalog: Catalog; model: CompareView; view: ViewState }) {
  // Only the chosen chart's model is built and sent: the others are a link away.
  const chart = buildChart(view.chart, { catalog, model, view });
  const controls =
    chart.kind === "series" && chart.metric ? (
      <SeriesControls series={chart.choices} current={chart.metric.slug} showNorm={false} />
    ) : chart.kind === "totals" && chart.metric ? (
      <SeriesControls series={chart.choices} current={chart.metric.slug} showNorm />
    ) : null;
  const extra =
    chart.kind === "timeline" ? <SelectedEvent events={model.events.map((e) => ({ slug: e.slug, title: e.title, when: formatDate(e.date, e.oldStyleDate) }))} /> : null;
  return (
    <ChartFigure
      chart={chart}
      id={`chart-${chart.kind}`}
      exportBar={<ChartExportBar chart={chart.kind} title={chart.title} view={view} />}
      controls={controls}
      extra={extra}
      tableOpen={chart.kind === "figures" && view.figures === "table"}
    />
  );
}
