import type { CompareView } from "@/lib/compare/buildCompareView";
import { buildChart } from "@/lib/charts/model/chartModel";
import { compareHref } from "@/lib/export/exportLinks";
import type { Catalog } from "@/lib/queries/catalog";
import type { ViewState } from "@/lib/url/compareUrl";
import { ChartFigure } from "@/components/charts/ChartFigure";
import { EmbedFrame } from "./EmbedFrame";

/** One chart of a view (chart=...), from the same chart model as the compare view, for /embed/chart. */
export function EmbedChart({ catalog, model, view }: { catalog: Catalog; model: CompareView; view: ViewState }) {
  const chart = buildChart(view.chart, { catalog, model, view });
  return (
    <EmbedFrame title={chart.title} source={chart.source} href={compareHref(view)} fill>
      <ChartFigure chart={chart} variant="embed" id="embed" />
    </EmbedFrame>
  );
}
