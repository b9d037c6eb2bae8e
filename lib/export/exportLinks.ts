// Links for the current view: its downloads and its embeds. Only the keys that decide what a
// file or an embed shows go into these links (not open rows, hidden columns or the open event).
import { serializeView, type ViewState } from "../url/compareUrl";

export type Download = "table.csv" | "table.json" | "events.csv" | "events.json";
export type ChartDownload = "chart.csv" | "chart.svg" | "chart.png";

/** The keys that decide which rows a download holds (and, for the table, their order). */
export function downloadView(view: ViewState): Partial<ViewState> {
  return { a: view.a, b: view.b, cat: view.cat, m: view.m, from: view.from, to: view.to, q: view.q, sort: view.sort };
}

/** "/download/table.csv?m=censorship&from=1918" */
export function downloadHref(file: Download, view: ViewState): string {
  return serializeView(`/download/${file}`, downloadView(view));
}

export const DATASET_HREF = "/download/dataset.zip";
/** How to cite the dataset, in the Citation File Format (also inside the zip). */
export const CITATION_HREF = "/download/CITATION.cff";

/** "/download/chart.png?chart=series&series=executions": a chart of the view, with the keys it depends on. */
export function chartDownloadHref(file: ChartDownload, view: ViewState, chart: ViewState["chart"]): string {
  return serializeView(`/download/${file}`, embedView(view, chart));
}

/** The keys an embedded chart or table depends on. */
export function embedView(view: ViewState, chart: ViewState["chart"] = view.chart): Partial<ViewState> {
  return {
    a: view.a,
    b: view.b,
    cat: view.cat,
    m: view.m,
    from: view.from,
    to: view.to,
    q: view.q,
    chart,
    series: view.series,
    norm: view.norm,
    sort: view.sort,
    order: view.order,
  };
}

/** "/embed/chart?chart=timeline&from=1930" (the table embed ignores the chart). */
export function embedHref(kind: "chart" | "table", view: ViewState, chart: ViewState["chart"] = view.chart): string {
  const keys = embedView(view, chart);
  if (kind === "table") delete keys.chart;
  return serializeView(`/embed/${kind}`, keys);
}

/** The full comparison an embed comes from: "/" with the same view. */
export function compareHref(view: ViewState): string {
  return `/${serializeView(embedView(view))}`;
}

const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The HTML a reader pastes into their page. */
export function embedSnippet(src: string, title: string, height = 480): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
