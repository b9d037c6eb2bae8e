import type { Catalog } from "@/lib/queries/catalog";
import type { ArgumentStep } from "@/lib/queries/argument";
import type { StepView as Model } from "@/lib/argument/stepView";
import { chartMetrics } from "@/lib/charts/chartMetrics";
import { seriesData } from "@/lib/charts/seriesData";
import { timelineData } from "@/lib/charts/timelineData";
import { attributionRule, tenureTotals } from "@/lib/charts/tenureTotals";
import { formatMagnitude, formatNumber, formatPartialDate } from "@/lib/format";
import { lineageChains } from "@/lib/lineage/lineageChains";
import { StepOverview } from "./StepOverview";
import { PrintSeries } from "./PrintSeries";
import { PrintTimeline } from "./PrintTimeline";
import { ViewTable } from "./ViewTable";

/**
 * A step's view for the printed handout, drawn on the server in black and white (marker shapes,
 * not colours, tell the leaders apart); the views that are lists or tables print as they are.
 */
export function HandoutFigure({ catalog, step, model: { view, model } }: { catalog: Catalog; step: ArgumentStep; model: Model }) {
  const nameA = model.leaderA.name;
  const nameB = model.leaderB.name;
  const years = `${view.from}–${view.to}`;
  const caption = (text: string) => <figcaption className="mb-1 text-sm font-medium">{text}</figcaption>;

  switch (step.display) {
    case "overview":
      // The compare page's overview is drawn on the server with shapes, not colours: it prints as it is.
      return <StepOverview step={step} model={model} view={view} />;
    case "timeline": {
      const { points, categories } = timelineData(model.events, model.mechanisms, model.leaderA.slug, model.leaderB.slug);
      return (
        <figure>
          {caption(`Dated events by mechanism, ${years}`)}
          <PrintTimeline points={points} categories={categories} from={view.from} to={view.to} nameA={nameA} nameB={nameB} />
        </figure>
      );
    }
    case "series": {
      const { metric } = chartMetrics(catalog.metrics, view);
      if (!metric) return null;
      return (
        <figure>
          {caption(`${metric.name} (${metric.unit}) per year; vertical bars span the low to high estimates`)}
          <PrintSeries data={seriesData(metric, view.from, view.to)} name={metric.name} unit={metric.unit} />
        </figure>
      );
    }
    case "totals": {
      const { totalsMetric } = chartMetrics(catalog.metrics, view);
      if (!totalsMetric) return null;
      const totals = tenureTotals(totalsMetric, [model.leaderA, model.leaderB], view.from, view.to, view.norm);
      if (!totals) return null;
      return (
        <figure>
          {caption(`${totalsMetric.name} by tenure (${totalsMetric.unit}), ${years}`)}
          <ul className="text-sm">
            {totals.map((t) => (
              <li key={t.name}>
                {t.name}: {t.total === null ? "no data" : formatNumber(t.total)}
              </li>
            ))}
          </ul>
          <p className="text-xs">{attributionRule}</p>
        </figure>
      );
    }
    case "lineage":
      return (
        <figure>
          {caption("Institutions in succession, each with its founding and abolition")}
          <ul className="space-y-1 text-sm">
            {lineageChains(catalog.institutions, model.mechanisms.map((m) => m.slug), view.from, view.to).map((chain) => (
              <li key={chain.members[0]?.slug}>
                {chain.members.map((m) => `${m.abbreviation ?? m.name} (${formatPartialDate(m.founded)} – ${m.dissolved ? formatPartialDate(m.dissolved) : "after 1953"})`).join(" → ")}
              </li>
            ))}
          </ul>
        </figure>
      );
    case "figures":
      return (
        <figure>
          {caption(`Contested figures, ${years}: every estimate with who gives it`)}
          <ul className="space-y-1 text-sm">
            {catalog.figures
              .filter((f) => f.endYear >= view.from && f.startYear <= view.to)
              .map((f) => (
                <li key={f.slug}>
                  <span className="font-medium">{f.title}</span> ({f.unit}): {f.estimates.map((e) => `${e.attribution} ${formatMagnitude(e)}`).join("; ")}
                </li>
              ))}
          </ul>
        </figure>
      );
    case "table":
      return <ViewTable rows={model.rows} nameA={nameA} nameB={nameB} caption={`${nameA} and ${nameB} side by side, ${years}: score (0–5) and relation`} />;
  }
}
