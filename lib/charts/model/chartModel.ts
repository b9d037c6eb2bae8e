// One chart, one state (after Grapher's ChartState): for each kind of chart, one builder turns the
// view and the data into everything a renderer needs — what is drawn, the data table that is its
// text alternative and its CSV, the title and source line that travel with a download or an embed,
// and the reason when there is nothing to draw. The compare page, the argument's steps, the printed
// handout, embeds, downloads and preview images all draw from these; renderers stay thin.
import type { CompareView } from "../../compare/buildCompareView";
import type { Catalog } from "../../queries/catalog";
import type { ViewState } from "../../url/compareUrl";
import type { LegendEntry } from "../../export/chartCaption";
import { beforeAfterChart, type BeforeAfterChart } from "./beforeAfterChart";
import { figuresChart, type FiguresChart } from "./figuresChart";
import { lineageChart, type LineageChart } from "./lineageChart";
import { overviewChart, type OverviewChart } from "./overviewChart";
import { seriesChart, type SeriesChart } from "./seriesChart";
import { timelineChart, type TimelineChart } from "./timelineChart";
import { totalsChart, type TotalsChart } from "./totalsChart";

export type ChartKind = ViewState["chart"];
export type ChartCell = string | number | null;
/** A chart's numbers as a table: shown under the chart, read by screen readers, downloaded as CSV. */
export type ChartTable = { caption: string; columns: string[]; rows: ChartCell[][] };

export type ChartCommon = {
  /** Names the chart and the view: the heading of a download, an embed or a preview. */
  title: string;
  /** What the chart shows, in a sentence (its figcaption). */
  caption: string;
  /** Where the numbers come from. */
  source: string;
  legend: LegendEntry[];
  /** Definitions, caveats and counting rules a reader needs beside the chart. */
  notes: string[];
  table: ChartTable;
  /** The unit the table's numbers are in, when they share one (CSV downloads write it on each row). */
  unit: string | null;
  /** Why nothing can be drawn (no series, no event in these years); null when there is a chart. */
  empty: string | null;
};

export type ChartModel = OverviewChart | TimelineChart | SeriesChart | TotalsChart | LineageChart | FiguresChart | BeforeAfterChart;

/** What every builder reads: the dataset, the compare model of the view, and the view itself. */
export type ChartInput = { catalog: Catalog; model: CompareView; view: ViewState };

/** The chart of a kind for a view. */
export function buildChart(kind: ChartKind, input: ChartInput): ChartModel {
  switch (kind) {
    case "intensity":
      return overviewChart(input);
    case "timeline":
      return timelineChart(input);
    case "series":
      return seriesChart(input);
    case "totals":
      return totalsChart(input);
    case "lineage":
      return lineageChart(input);
    case "figures":
      return figuresChart(input);
    case "before-after":
      return beforeAfterChart(input);
  }
}
