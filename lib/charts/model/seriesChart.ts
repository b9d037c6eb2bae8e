// Yearly figures: one series over the years, its range of estimates shaded, the periods in power
// behind it, and every year without a published figure marked as such.
import { tenureYears } from "../../compare/buildCompareView";
import { chartCaption } from "../../export/chartCaption";
import type { CatalogMetric } from "../../queries/catalog";
import { chartMetrics } from "../chartMetrics";
import { seriesData, yearRuns, type SeriesData } from "../seriesData";
import { tenureBands, type TenureBand } from "../tenureBands";
import type { ChartCommon, ChartInput } from "./chartModel";

export type SeriesChart = ChartCommon & {
  kind: "series";
  metric: Pick<CatalogMetric, "slug" | "name" | "unit" | "definition" | "caveats"> | null;
  data: SeriesData;
  bands: TenureBand[];
  /** The series a reader can switch to. */
  choices: { slug: string; name: string }[];
};

/** The words a data table uses for a year without a value. */
export const statusWords = { "no-figure": "no published figure", "not-in-power": "neither leader in power" } as const;

export function seriesChart({ catalog, model, view }: ChartInput): SeriesChart {
  const { metric } = chartMetrics(catalog.metrics, view);
  const { leaderA, leaderB } = model;
  const spans = [tenureYears(leaderA), tenureYears(leaderB)];
  const inPower = (year: number) => spans.some(([s, e]) => year >= s && year <= e);
  const data = metric ? seriesData(metric, view.from, view.to, inPower) : { points: [], hasBand: false, unmeasured: [], domain: [view.from, view.to + 1] as [number, number] };
  const { title, source, legend } = chartCaption(catalog, view, "series");
  const missing = data.points.filter((p) => p.status === "no-figure").map((p) => p.year);
  return {
    kind: "series",
    metric: metric ? { slug: metric.slug, name: metric.name, unit: metric.unit, definition: metric.definition, caveats: metric.caveats } : null,
    data,
    bands: tenureBands(catalog.leaders, view.from, view.to, [leaderA.slug, leaderB.slug]),
    choices: catalog.metrics.map((m) => ({ slug: m.slug, name: m.name })),
    title,
    caption: metric
      ? `${metric.name} (${metric.unit}) per year${data.hasBand ? "; the shaded range runs from the low to the high estimate" : ""}; hatched years have no published figure.`
      : "Yearly figures",
    source,
    legend,
    notes: metric
      ? [
          `${metric.name} (${metric.unit}). ${metric.definition}`,
          `Caveats: ${metric.caveats}`,
          ...(missing.length > 0 ? [`No published figure for ${yearRuns(missing)}: these years are unmeasured, not quiet.`] : []),
        ]
      : [],
    table: metric
      ? {
          caption: `${metric.name} (${metric.unit}) by year`,
          columns: ["Year", "Best", "Low", "High", "Note"],
          rows: data.points.map((p) => [p.year, p.best, p.low, p.high, p.status === "measured" ? null : statusWords[p.status]]),
        }
      : { caption: "Yearly figures", columns: [], rows: [] },
    unit: metric?.unit ?? null,
    empty: metric ? null : "No yearly series in the dataset.",
  };
}
