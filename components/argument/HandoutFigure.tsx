import type { Catalog } from "@/lib/queries/catalog";
import type { ArgumentStep } from "@/lib/queries/argument";
import type { StepView as Model } from "@/lib/argument/stepView";
import { buildChart } from "@/lib/charts/model/chartModel";
import { stepChartKind } from "@/lib/argument/stepChartKind";
import { ChartFigure } from "@/components/charts/ChartFigure";
import { ViewTable } from "./ViewTable";

/**
 * A step's view for the printed handout, drawn on the server in black and white (marker shapes,
 * not colours, tell the leaders apart) from the same chart model as the step's page.
 */
export function HandoutFigure({ catalog, step, model: { view, model } }: { catalog: Catalog; step: ArgumentStep; model: Model }) {
  const kind = stepChartKind(step.display);
  if (kind === null) {
    return <ViewTable rows={model.rows} nameA={model.leaderA.name} nameB={model.leaderB.name} caption={`${model.leaderA.name} and ${model.leaderB.name} side by side, ${view.from}–${view.to}: score (0–5) and relation`} />;
  }
  return <ChartFigure chart={buildChart(kind, { catalog, model, view })} variant="print" id={`handout-${step.slug}`} />;
}
