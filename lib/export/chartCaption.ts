// What a chart says about itself outside the page (in a downloaded image or an embed): a title
// naming the view, a source line and the leaders' colours. Pure, so the image and the embed agree.
import { describeView } from "../compare/describeView";
import type { Catalog } from "../queries/catalog";
import { chartMetrics } from "../charts/chartMetrics";
import { citationLabel, indexSources } from "../sources/citationLabel";
import type { ViewState } from "../url/compareUrl";

export type LegendEntry = { label: string; color: string };
export type ChartCaption = { title: string; source: string; legend: LegendEntry[] };

export const chartLabels: Record<ViewState["chart"], string> = {
  intensity: "Intensity by mechanism",
  timeline: "Timeline",
  series: "Yearly figures",
  totals: "Totals by tenure",
  lineage: "Institutional lineage",
  figures: "Contested figures",
  "before-after": "Before and after",
};

type CaptionCatalog = Pick<Catalog, "dataset" | "leaders" | "categories" | "mechanisms" | "metrics" | "sources">;

export function chartCaption(catalog: CaptionCatalog, view: ViewState, chart: ViewState["chart"] = view.chart): ChartCaption {
  const { title: viewTitle, leaders } = describeView(view, catalog);
  const name = (slug: string) => catalog.leaders.find((l) => l.slug === slug)?.name ?? slug;
  const legend = [
    { label: name(view.a), color: "var(--leader-a)" },
    { label: name(view.b), color: "var(--leader-b)" },
  ];
  const { metric, totalsMetric } = chartMetrics(catalog.metrics, view);
  const sourceLabels = (m: NonNullable<typeof metric>) => {
    const sources = indexSources(catalog.sources);
    return [...new Set(m.values.map((v) => v.source))].map((slug) => citationLabel(slug, sources));
  };
  const dataset = `Dataset: ${catalog.dataset.title}, version ${catalog.dataset.version}.`;
  const years = `${view.from}–${view.to}`;

  switch (chart) {
    case "intensity":
      return {
        title: `Intensity by mechanism (0–5) — ${viewTitle}`,
        source: `Source: the dataset's assessments, scored on its written 0–5 rubric, each citing its sources. ${dataset}`,
        legend,
      };
    case "timeline":
      return {
        title: `Events by mechanism — ${viewTitle}`,
        source: `Source: the dataset's dated events, each citing its sources; shaded bands are the periods in power. ${dataset}`,
        legend,
      };
    case "series":
      return metric
        ? {
            title: `${metric.name} (${metric.unit}) by year, ${years} — periods in power of ${leaders} shaded`,
            source: `Source: ${sourceLabels(metric).join("; ")}. ${dataset}`,
            legend,
          }
        : { title: `Yearly figures — ${leaders}`, source: dataset, legend };
    case "totals":
      return totalsMetric
        ? {
            title: `${totalsMetric.name} (${totalsMetric.unit}), ${view.norm === "per-year" ? "average per year in power" : "total"} by tenure — ${leaders}, ${years}`,
            source: `Source: ${sourceLabels(totalsMetric).join("; ")}; each year counted for the leader in power on 1 July. ${dataset}`,
            legend,
          }
        : { title: `Totals by tenure — ${leaders}`, source: dataset, legend };
    case "figures":
      return {
        title: `Contested figures, ${years}: every published estimate and who gives it`,
        source: `Source: the published estimates in the dataset, each with its author and source. ${dataset}`,
        legend: [],
      };
    case "before-after":
      return {
        title: `Before and after: every leader on the same 0–5 rubric — ${viewTitle}`,
        source: `Source: the dataset's assessments of each leader, scored on its written 0–5 rubric, each citing its sources. ${dataset}`,
        legend: [],
      };
    case "lineage":
      return {
        title: `Institutional lineage, ${years} — ${viewTitle}`,
        source: `Source: the dataset's institutions, each with its founding and dissolution dates and its predecessor, citing its sources. ${dataset}`,
        legend: [],
      };
  }
}
