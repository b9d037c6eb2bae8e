// "PNG", "SVG", "CSV" and "Embed" for a chart: the files are drawn on the server from the same
// chart model as the page (lib/charts/model, lib/charts/svg), for the view the server resolved —
// never from whatever the address bar holds — and named after what they show.
import { chartDownloadHref } from "@/lib/export/exportLinks";
import type { ViewState } from "@/lib/url/compareUrl";
import { EmbedButton } from "./EmbedButton";

const button = "inline-flex min-h-6 items-center rounded-md border border-border bg-card px-2.5 py-1 text-sm hover:border-accent";

export function ChartExportBar({ chart, title, view }: { chart: ViewState["chart"]; title: string; view: ViewState }) {
  return (
    <div className="mb-2 flex flex-wrap items-center gap-2 print:hidden" data-export-controls>
      <span className="text-sm text-muted">Download:</span>
      <a className={button} href={chartDownloadHref("chart.png", view, chart)} download>
        PNG<span className="sr-only"> image of the chart</span>
      </a>
      <a className={button} href={chartDownloadHref("chart.svg", view, chart)} download>
        SVG<span className="sr-only"> image of the chart</span>
      </a>
      <a className={button} href={chartDownloadHref("chart.csv", view, chart)} download>
        CSV<span className="sr-only"> of the chart&apos;s data, with units and sources</span>
      </a>
      <EmbedButton kind="chart" chart={chart} title={title} view={view} className={button} />
    </div>
  );
}
