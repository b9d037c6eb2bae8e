// The filters of a view in words, for the line printed at the top of a report.
import { DEFAULT_FROM, DEFAULT_TO, type ViewState } from "../url/compareUrl";
import type { Catalog } from "../queries/catalog";
import { chartLabels } from "./chartCaption";

type Names = Pick<Catalog, "leaders" | "categories" | "mechanisms" | "metrics">;

/** [label, value] pairs: leaders, category, mechanisms, years, search, chart. */
export function filterSummary(view: ViewState, names: Names): [string, string][] {
  const leader = (slug: string) => names.leaders.find((l) => l.slug === slug)?.name ?? slug;
  const category = names.categories.find((c) => c.slug === view.cat)?.name ?? view.cat;
  const mechanisms = view.m.map((s) => names.mechanisms.find((m) => m.slug === s)?.name ?? s);
  const metric = names.metrics.find((m) => m.slug === view.series)?.name ?? view.series;
  const chart = view.chart === "series" || view.chart === "totals" ? `${chartLabels[view.chart]} (${metric})` : chartLabels[view.chart];
  const pairs: [string, string][] = [
    ["Leaders", `${leader(view.a)} vs ${leader(view.b)}`],
    ["Category", view.cat === "all" ? "all" : category],
    ["Mechanisms", mechanisms.length > 0 ? mechanisms.join(", ") : "all in the category"],
    ["Years", `${view.from}–${view.to}${view.from === DEFAULT_FROM && view.to === DEFAULT_TO ? " (all)" : ""}`],
  ];
  if (view.q) pairs.push(["Search", `“${view.q}”`]);
  pairs.push(["Chart", chart]);
  return pairs;
}
