// The overview at the top of the compare page: one row per mechanism with both leaders'
// intensity, each side's relation, and the sentences that say what the rows add up to. Pure
// functions of the compare model, so the chart, its data table, the step pages of /argument, the
// downloads and the tests all read the same numbers; nothing in the sentences is written by hand.
//
// Relations are read in time order: each leader's word says what he did with what the regime
// before him left (the rubric defines each word once). Whatever order the reader puts the two
// leaders in, the sentences describe the later one against the earlier one, and name the regime
// each one's words are measured against.
import { relations, type Relation } from "../dataset/vocabulary";
import type { ViewState } from "../url/compareUrl";
import { assessedYears, yearSpan, type CompareView } from "./buildCompareView";
import { relationLabel } from "./relationLabel";

export { relationLabel };

/** A side that counts in the view: its score, its relation and the years the score covers. */
export type OverviewSide = { intensity: number; relation: Relation; years: string } | null;

export type OverviewRow = {
  slug: string;
  name: string;
  category: string;
  categoryName: string;
  /** The mechanism's place in the dataset (the tie-breaker of every order). */
  order: number;
  a: OverviewSide;
  b: OverviewSide;
  /** Why a side has no score in this view ("not in power in 1918–1922", "not assessed"), or null. */
  outA: string | null;
  outB: string | null;
  /** The later leader's intensity minus the earlier one's; null unless both sides count. */
  change: number | null;
};

export type Overview = {
  nameA: string;
  nameB: string;
  /** Which side took power later: the side whose relation the chart writes beside each row. */
  later: "a" | "b";
  /** The regime the later leader's words are measured against, when it is not the other leader's. */
  laterAgainst: string | null;
  rows: OverviewRow[];
  /** Sentences computed from the rows: what each leader did with what he found, and which way intensity moved. */
  sentences: string[];
};

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
  // Rows without a change (one side not counted) go last in the orders that use it.
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

/** "transformed 7, expanded 4 and re-created 2" — counts per relation, most frequent first (ties in the rubric's order). */
function relationCounts(sides: readonly NonNullable<OverviewSide>[]): string {
  const counts = new Map<Relation, number>();
  for (const s of sides) counts.set(s.relation, (counts.get(s.relation) ?? 0) + 1);
  const ranked = [...counts].sort(([r1, n1], [r2, n2]) => n2 - n1 || relations.indexOf(r1) - relations.indexOf(r2));
  return listWords(ranked.map(([r, n]) => `${relationLabel[r]} ${n}`));
}

type Leader = { name: string };
type Side = { key: "a" | "b"; name: string; before: Leader | null };

/**
 * One leader's clause over the rows that count for him: what he inherited from the regime before
 * him (and what he did with it), what he began, and what he did not use. "Lenin inherited 13 from
 * Nicholas II (transformed 7, expanded 4 and re-created 2) and began 5".
 */
function sideSentence(rows: readonly OverviewRow[], side: Side): string | null {
  const counted = rows.flatMap((r) => (r[side.key] ? [r[side.key]!] : []));
  if (counted.length === 0) return null;
  const total = counted.length;
  const all = (n: number) => (n === total && total > 1 ? `all ${n}` : String(n));
  const inherited = counted.filter((s) => s.relation !== "originated" && s.relation !== "absent");
  const began = counted.filter((s) => s.relation === "originated").length;
  const unused = counted.filter((s) => s.relation === "absent").length;
  const who = counted.length === rows.length || rows.length === 1 ? side.name : `${side.name}, scored on ${counted.length} of them,`;
  if (rows.length === 1) {
    const only = counted[0]!;
    const verb = only.relation === "absent" ? "did not use it" : `${relationLabel[only.relation]} it`;
    return side.before ? `against what ${side.before.name} left, ${side.name} ${verb}` : `${side.name} ${verb}`;
  }
  const parts = [
    inherited.length > 0
      ? side.before
        ? `inherited ${all(inherited.length)} from ${side.before.name} (${relationCounts(inherited)})`
        : relationCounts(inherited)
      : null,
    began > 0 ? `began ${all(began)}` : null,
    unused > 0 ? `did not use ${all(unused)}` : null,
  ].filter((p): p is string => p !== null);
  return `${who} ${listWords(parts)}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Sentences about sides that have no score in the view: not in power in its years, or scored for other years. */
function gapSentences(rows: readonly OverviewRow[], sides: readonly Side[]): string[] {
  return sides.flatMap((side) => {
    const out = rows.map((r) => (side.key === "a" ? r.outA : r.outB)).filter((o): o is string => o !== null);
    if (out.length === 0) return [];
    const notInPower = out.find((o) => o.startsWith("not in power"));
    if (notInPower && out.length === rows.length) return [`${side.name} was ${notInPower}: his scores are left out.`];
    const otherYears = out.filter((o) => o.startsWith("scored for")).length;
    const missing = out.filter((o) => o === "not assessed").length;
    return [
      otherYears > 0 ? `${otherYears} of ${side.name}'s scores cover other years and are left out.` : null,
      missing > 0 ? `${missing === rows.length ? (rows.length === 1 ? "It is" : "None is") : `${missing} ${missing === 1 ? "is" : "are"}`} not assessed for ${side.name}.` : null,
    ].filter((s): s is string => s !== null);
  });
}

function describe(rows: readonly OverviewRow[], view: Pick<ViewState, "cat" | "m">, earlier: Side, later: Side): string[] {
  if (rows.length === 0) return ["No mechanism matches this view: widen the filters to compare the two leaders."];
  const said = [sideSentence(rows, earlier), sideSentence(rows, later)].filter((s): s is string => s !== null);
  const sentences: string[] = [];
  if (said.length > 0) {
    const lead = rows.length === 1 ? `${rows[0]!.name}: ` : `Of the ${rows.length} ${noun(view, rows.length)} in this view, `;
    sentences.push(`${lead}${said.join("; ")}.`);
  }

  const compared = rows.filter((r) => r.change !== null);
  if (compared.length > 0) {
    const higher = compared.filter((r) => r.change! > 0).length;
    const lower = compared.filter((r) => r.change! < 0).length;
    const same = compared.length - higher - lower;
    if (rows.length === 1) {
      sentences.push(
        higher > 0 ? `${later.name}'s intensity is higher than ${earlier.name}'s.` : lower > 0 ? `${later.name}'s intensity is lower than ${earlier.name}'s.` : "Both leaders have the same intensity.",
      );
    } else {
      const parts = [higher > 0 ? `higher on ${higher}` : null, same > 0 ? `the same on ${same}` : null, lower > 0 ? `lower on ${lower}` : null];
      const of = compared.length < rows.length ? ` of the ${compared.length} scored for both` : "";
      sentences.push(`On the 0–5 scale, ${later.name}'s intensity against ${earlier.name}'s is ${listWords(parts.filter((p): p is string => p !== null))}${of}.`);
    }
  }
  return [...sentences.map(capital), ...gapSentences(rows, [earlier, later])];
}

type OverviewModel = Pick<CompareView, "leaderA" | "leaderB" | "beforeA" | "beforeB" | "aFirst" | "rows">;

/** The overview of a compare model, its rows in the view's order. */
export function buildOverview(model: OverviewModel, view: Pick<ViewState, "cat" | "m" | "order">): Overview {
  const categoryRank = new Map<string, number>();
  const later = model.aFirst ? "b" : "a";
  const rows: RankedRow[] = model.rows.map((r) => {
    const { mechanism } = r;
    if (!categoryRank.has(mechanism.category)) categoryRank.set(mechanism.category, categoryRank.size);
    const side = (s: typeof r.a, out: string | null, leader: typeof model.leaderA): OverviewSide => {
      if (!s || out !== null) return null;
      const [first, last] = assessedYears(leader, s);
      return { intensity: s.intensity, relation: s.relation, years: yearSpan(first, last) };
    };
    const a = side(r.a, r.outA, model.leaderA);
    const b = side(r.b, r.outB, model.leaderB);
    const diff = a && b ? b.intensity - a.intensity : null;
    return {
      slug: mechanism.slug,
      name: mechanism.name,
      category: mechanism.category,
      categoryName: mechanism.categoryName,
      order: mechanism.order,
      categoryRank: categoryRank.get(mechanism.category)!,
      a,
      b,
      outA: r.outA,
      outB: r.outB,
      // Later minus earlier, whichever column each leader is in.
      change: diff === null ? null : later === "b" ? diff : -diff,
    };
  });
  const sorted = rows.sort((x, y) => compareRows(x, y, view.order)).map(({ categoryRank: _, ...row }) => row);
  const sideA: Side = { key: "a", name: model.leaderA.name, before: model.beforeA };
  const sideB: Side = { key: "b", name: model.leaderB.name, before: model.beforeB };
  const [earlierSide, laterSide] = later === "b" ? [sideA, sideB] : [sideB, sideA];
  const laterBefore = later === "b" ? model.beforeB : model.beforeA;
  const earlierLeader = later === "b" ? model.leaderA : model.leaderB;
  return {
    nameA: model.leaderA.name,
    nameB: model.leaderB.name,
    later,
    laterAgainst: laterBefore && laterBefore.slug !== earlierLeader.slug ? laterBefore.name : null,
    rows: sorted,
    sentences: describe(sorted, view, earlierSide, laterSide),
  };
}
