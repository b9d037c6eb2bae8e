import type { Catalog } from "@/lib/queries/catalog";
import type { ArgumentStep } from "@/lib/queries/argument";
import type { StepView as Model } from "@/lib/argument/stepView";
import { buildChart } from "@/lib/charts/model/chartModel";
import { stepChartKind } from "@/lib/argument/stepChartKind";
import { ChartFigure } from "@/components/charts/ChartFigure";
import { ChartExportBar } from "@/components/export/ChartExportBar";
import { ViewTable } from "./ViewTable";

/**
 * The dashboard view a step refers to, drawn the way its `display` asks, from the same chart
 * models as the compare page. Every chart is followed by its data table, rendered on the server,
 * so the numbers are there without JavaScript (some charts are drawn in the browser).
 */
export function StepView({ catalog, step, model: { view, model } }: { catalog: Catalog; step: ArgumentStep; model: Model }) {
  const kind = stepChartKind(step.display);
  if (kind === null) {
    const years = `${view.from}–${view.to}`;
    return <ViewTable rows={model.rows} nameA={model.leaderA.name} nameB={model.leaderB.name} caption={`${model.leaderA.name} and ${model.leaderB.name} side by side, ${years}: score (0–5) and relation`} />;
  }
  const chart = buildChart(kind, { catalog, model, view });
  const drawnInBrowser = kind === "timeline" || kind === "series" || kind === "totals";
  return (
    <>
      {drawnInBrowser ? (
        <noscript>
          <p className="mb-2 text-sm">The chart is drawn in the browser with JavaScript; its numbers are in the data table below it.</p>
        </noscript>
      ) : null}
      <ChartFigure
        chart={chart}
        id={`step-${step.slug}`}
        exportBar={<ChartExportBar chart={chart.kind} title={chart.title} view={view} />}
        tableOpen={kind === "figures"}
      />
    </>
  );
}
