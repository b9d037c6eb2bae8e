// Which yearly series a view's charts show, written once for the compare page, the embeds and
// the chart captions: the yearly chart shows the series the URL names (the first one if it names
// none the dataset has); the totals chart needs a series that adds up by year, so it shows the
// same one when it does and otherwise the first that does.
import type { ViewState } from "../url/compareUrl";

type Metric = { slug: string; additive: boolean };

export function chartMetrics<M extends Metric>(metrics: readonly M[], view: Pick<ViewState, "series">) {
  const metric = metrics.find((m) => m.slug === view.series) ?? metrics[0];
  const totalsMetric = metric?.additive ? metric : metrics.find((m) => m.additive);
  return { metric, totalsMetric, additive: metrics.filter((m) => m.additive) };
}
