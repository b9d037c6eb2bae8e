// The intensity chart: the overview's dumbbell rows (both leaders' 0–5 scores per mechanism, with
// what the later one did with each) and the sentences computed from them.
import { buildOverview, relationLabel, type Overview } from "../../compare/overview";
import { chartCaption } from "../../export/chartCaption";
import type { ChartCommon, ChartInput } from "./chartModel";

export type OverviewChart = ChartCommon & { kind: "intensity"; overview: Overview };

export function overviewChart({ catalog, model, view }: ChartInput): OverviewChart {
  const overview = buildOverview(model, view);
  const { nameA, nameB } = overview;
  const side = (name: string) => [`${name} (0–5)`, `${name}: relation`, `${name}: years scored`];
  const cells = (s: Overview["rows"][number]["a"]) => (s ? [s.intensity, relationLabel[s.relation], s.years] : [null, null, null]);
  const { title, source, legend } = chartCaption(catalog, view, "intensity");
  return {
    kind: "intensity",
    overview,
    title,
    caption: `Intensity from 0 (absent) to 5 (extreme) for ${nameA} and ${nameB}, one row per mechanism, with what each did with what the regime before him left.`,
    source,
    legend,
    notes: overview.sentences,
    table: {
      caption: `${nameA} and ${nameB}: intensity (0–5), relation and the years each score covers, ${view.from}–${view.to}`,
      columns: ["Mechanism", "Category", ...side(nameA), ...side(nameB), "Note"],
      rows: overview.rows.map((r) => [
        r.name,
        r.categoryName,
        ...cells(r.a),
        ...cells(r.b),
        [r.a ? null : `${nameA}: ${r.outA ?? "not assessed"}`, r.b ? null : `${nameB}: ${r.outB ?? "not assessed"}`].filter(Boolean).join("; ") || null,
      ]),
    },
    unit: "score on the 0–5 rubric",
    empty: overview.rows.length === 0 ? "No mechanism matches this view: widen the filters." : null,
  };
}
