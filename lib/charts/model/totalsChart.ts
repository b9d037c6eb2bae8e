// Totals by tenure: an additive series added up over each leader's years in power, each total
// saying which years it covers and which have no published figure.
import { chartCaption } from "../../export/chartCaption";
import { formatNumber } from "../../format";
import { chartMetrics } from "../chartMetrics";
import { yearRuns } from "../seriesData";
import { attributionRule, tenureTotals, type TenureTotal } from "../tenureTotals";
import type { ViewState } from "../../url/compareUrl";
import type { ChartCommon, ChartInput } from "./chartModel";

export type TotalsChart = ChartCommon & {
  kind: "totals";
  metric: { slug: string; name: string; unit: string; definition: string; caveats: string } | null;
  totals: (TenureTotal & { coverage: string })[];
  norm: ViewState["norm"];
  /** The additive series a reader can switch to. */
  choices: { slug: string; name: string }[];
};

/** "1921–1922 only; no published figure for 1918–1920", or "all 29 years". */
export function coverage(t: Pick<TenureTotal, "coveredYears" | "missingYears" | "yearsInPower">): string {
  if (t.yearsInPower === 0) return "not in power in these years";
  if (t.coveredYears.length === 0) return `no published figure for ${yearRuns(t.missingYears)}`;
  if (t.missingYears.length === 0) return `${yearRuns(t.coveredYears)}, every year in power`;
  return `${yearRuns(t.coveredYears)} only; no published figure for ${yearRuns(t.missingYears)}`;
}

export function totalsChart({ catalog, model, view }: ChartInput): TotalsChart {
  const { totalsMetric: metric, additive } = chartMetrics(catalog.metrics, view);
  const totals = metric ? (tenureTotals(metric, [model.leaderA, model.leaderB], view.from, view.to, view.norm) ?? []) : [];
  const { title, source, legend } = chartCaption(catalog, view, "totals");
  const shown = (x: number | null) => (x === null ? null : formatNumber(x));
  return {
    kind: "totals",
    metric: metric ? { slug: metric.slug, name: metric.name, unit: metric.unit, definition: metric.definition, caveats: metric.caveats } : null,
    totals: totals.map((t) => ({ ...t, coverage: coverage(t) })),
    norm: view.norm,
    choices: additive.map((m) => ({ slug: m.slug, name: m.name })),
    title,
    caption: metric
      ? `${metric.name}, ${view.norm === "per-year" ? "average per year with a figure" : "total"} for each leader, ${view.from}–${view.to}; each total says which years it covers.`
      : "Totals by tenure",
    source,
    legend,
    notes: metric ? [attributionRule, `${metric.name} (${metric.unit}). ${metric.definition}`, `Caveats: ${metric.caveats}`] : [],
    table: metric
      ? {
          caption: `${metric.name} by tenure (${metric.unit})`,
          columns: ["Leader", "Total", "Per year with a figure", "Years covered", "Years in power counted"],
          rows: totals.map((t) => [t.name, shown(t.total), shown(t.perYear), coverage(t), t.yearsInPower]),
        }
      : { caption: "Totals by tenure", columns: [], rows: [] },
    unit: metric?.unit ?? null,
    empty: metric ? null : "No series in the dataset can be added up by tenure.",
  };
}
