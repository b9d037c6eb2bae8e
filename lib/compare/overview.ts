// The overview at the top of the compare page: one row per mechanism with both leaders'
// intensity, each side's relation, and the sentences that say what the rows add up to. Pure
// functions of the compare model, so the chart, its data table, the step pages of /argument and
// the tests all read the same numbers; nothing in the sentences is written by hand.
import { relations, type Relation } from "../dataset/vocabulary";
import type { ViewState } from "../url/compareUrl";
import type { CompareView } from "./buildCompareView";

import { relationLabel } from "./relationLabel";
export { relationLabel };

export type OverviewSide = { intensity: number; relation: Relation } | null;

export type OverviewRow = {
  slug: string;
  name: string;
  category: string;
  categoryName: string;
  /** The mechanism's place in the dataset (the tie-breaker of every order). */
  order: number;
  a: OverviewSide;
  b: OverviewSide;
  /** The second leader's intensity minus the first's; null when either is not assessed. */
  change: number | null;
};

export type Overview = {
  nameA: string;
  nameB: string;
  rows: OverviewRow[];
  /** One or two sentences computed from the rows: what began where, and which way intensity moved. */
  sentences: string[];
};

/** Verbs for a leader's relation to the mechanism, as counted in the sentence ("Stalin expanded 6"). */
const relationVerb = (relation: Relation) => (relation === "absent" ? "did not use" : relationLabel[relation]);

/** Reads a list the way a sentence does: "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** What the rows of a view are called: "tools of power", "policies", "goals" or "mechanisms". */
const categoryNouns: Record<string, [one: string, many: string]> = {
  "tools-of-power": ["tool of power", "tools of power"],
  policy: ["policy", "policies"],
  goals: ["goal", "goals"],
};

function noun(view: Pick<ViewState, "cat" | "m">, count: number): string {
  const [one, many] = (view.m.length === 0 && categoryNouns[view.cat]) || ["mechanism", "mechanisms"];
  return count === 1 ? one : many;
}

type RankedRow = OverviewRow & { categoryRank: number };

function compareRows(x: RankedRow, y: RankedRow, order: ViewState["order"]): number {
  // Rows without a change (one side not assessed) go last in the orders that use it.
  const change = (r: OverviewRow) => (r.change === null ? -Infinity : r.change);
  const intensity = (s: OverviewSide) => (s ? s.intensity : -1);
  switch (order) {
    case "category":
      return x.categoryRank - y.categoryRank || change(y) - change(x) || x.order - y.order;
    case "change":
      return change(y) - change(x) || x.order - y.order;
    case "a":
      return intensity(y.a) - intensity(x.a) || x.order - y.order;
    case "b":
      return intensity(y.b) - intensity(x.b) || x.order - y.order;
    case "name":
      return x.name.localeCompare(y.name, "en") || x.order - y.order;
  }
}

/** Counts per relation for one side, most frequent first (ties in the dataset's order of relations): "transformed 9, expanded 7". */
function relationCounts(rows: readonly OverviewRow[], side: "a" | "b", whole: boolean): string {
  const counts = new Map<Relation, number>();
  for (const r of rows) {
    const s = r[side];
    if (s) counts.set(s.relation, (counts.get(s.relation) ?? 0) + 1);
  }
  const ranked = [...counts].sort(([r1, n1], [r2, n2]) => n2 - n1 || relations.indexOf(r1) - relations.indexOf(r2));
  return listWords(ranked.map(([relation, n]) => `${relationVerb(relation)} ${whole && n === rows.length ? (n === 1 ? "it" : "all of them") : n}`));
}

function describe(rows: readonly OverviewRow[], view: Pick<ViewState, "cat" | "m">, nameA: string, nameB: string): string[] {
  if (rows.length === 0) return ["No mechanism matches this view: widen the filters to compare the two leaders."];
  const what = noun(view, rows.length);
  const sideText = (side: "a" | "b", name: string) => {
    const assessed = rows.filter((r) => r[side] !== null).length;
    const missing = rows.length - assessed;
    const counted = assessed > 0 ? `${name} ${relationCounts(rows, side, missing === 0)}` : "";
    const none = missing > 0 ? `${missing === rows.length ? (rows.length === 1 ? "it is" : "none is") : `${missing} ${missing === 1 ? "is" : "are"}`} not assessed for ${name}` : "";
    return [counted, none].filter(Boolean).join(", and ");
  };
  const lead =
    rows.length === 1
      ? `${rows[0]!.name}: ${sideText("a", nameA)}; ${sideText("b", nameB)}.`
      : `Of the ${rows.length} ${what} in this view, ${sideText("a", nameA)}; ${sideText("b", nameB)}.`;

  const compared = rows.filter((r) => r.change !== null);
  if (compared.length === 0) return [lead];
  const higher = compared.filter((r) => r.change! > 0).length;
  const lower = compared.filter((r) => r.change! < 0).length;
  const same = compared.length - higher - lower;
  const parts = [
    higher > 0 ? `higher on ${higher}` : null,
    same > 0 ? `the same on ${same}` : null,
    lower > 0 ? `lower on ${lower}` : null,
  ].filter((p): p is string => p !== null);
  const of = compared.length < rows.length ? ` of the ${compared.length} assessed for both` : "";
  const second =
    rows.length === 1
      ? higher > 0
        ? `${nameB}'s intensity is higher than ${nameA}'s.`
        : lower > 0
          ? `${nameB}'s intensity is lower than ${nameA}'s.`
          : `Both leaders have the same intensity.`
      : `On the 0–5 scale, ${nameB}'s intensity is ${listWords(parts)}${of}.`;
  return [lead, second];
}

/** The overview of a compare model, its rows in the view's order. */
export function buildOverview(model: Pick<CompareView, "leaderA" | "leaderB" | "rows">, view: Pick<ViewState, "cat" | "m" | "order">): Overview {
  const categoryRank = new Map<string, number>();
  const rows: RankedRow[] = model.rows.map((r) => {
    const { mechanism } = r;
    if (!categoryRank.has(mechanism.category)) categoryRank.set(mechanism.category, categoryRank.size);
    const side = (s: typeof r.a): OverviewSide => (s ? { intensity: s.intensity, relation: s.relation } : null);
    return {
      slug: mechanism.slug,
      name: mechanism.name,
      category: mechanism.category,
      categoryName: mechanism.categoryName,
      order: mechanism.order,
      categoryRank: categoryRank.get(mechanism.category)!,
      a: side(r.a),
      b: side(r.b),
      change: r.a && r.b ? r.b.intensity - r.a.intensity : null,
    };
  });
  const sorted = rows.sort((x, y) => compareRows(x, y, view.order)).map(({ categoryRank: _, ...row }) => row);
  return {
    nameA: model.leaderA.name,
    nameB: model.leaderB.name,
    rows: sorted,
    sentences: describe(sorted, view, model.leaderA.name, model.leaderB.name),
  };
}
