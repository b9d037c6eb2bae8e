// Before and after: every leader in the dataset, in time order, on each mechanism of the view —
// one strip per mechanism with each leader's 0–5 score and relation word, and the measures taken
// between two periods in power (the Provisional Government's abolitions of 1917, the collective
// leaderships of 1923 and 1953) marked in the gap where they fell. So "continuity" is measured
// against what came before and after, not assumed.
import { assessedYears, yearSpan } from "../../compare/buildCompareView";
import { relationLabel } from "../../compare/relationLabel";
import type { Relation } from "../../dataset/vocabulary";
import { chartCaption } from "../../export/chartCaption";
import { formatPartialDate } from "../../format";
import type { Catalog } from "../../queries/catalog";
import type { ChartCell, ChartCommon, ChartInput } from "./chartModel";

export type StripStep = { leader: string; name: string; intensity: number; relation: Relation; years: string } | { leader: string; name: string; intensity: null };
export type StripGap = { after: string; before: string; events: { slug: string; date: string; title: string }[] };
export type Strip = { slug: string; name: string; steps: StripStep[]; gaps: StripGap[]; sentence: string };
export type BeforeAfterChart = ChartCommon & { kind: "before-after"; leaders: { slug: string; name: string; years: string }[]; strips: Strip[] };

type Leader = Catalog["leaders"][number];

/** "Secret police: Nicholas II 3 (kept) → Lenin 4 (re-created) → Stalin 5 (expanded) → Khrushchev 3 (curtailed); highest under Stalin." */
export function stripSentence(name: string, steps: readonly StripStep[]): string {
  const scored = steps.filter((s): s is Extract<StripStep, { relation: Relation }> => s.intensity !== null);
  if (scored.length === 0) return `${name}: not assessed.`;
  const chain = scored.map((s) => `${s.name} ${s.intensity} (${relationLabel[s.relation]})`).join(" → ");
  const top = Math.max(...scored.map((s) => s.intensity));
  const peak = scored.filter((s) => s.intensity === top).map((s) => s.name);
  const first = scored.find((s) => s.intensity > 0);
  const highest = top === 0 ? "absent under all of them" : `highest under ${peak.join(" and ")} (${top}/5)`;
  const began = first ? (first.relation === "originated" ? `; begun under ${first.name}` : `; already in use before ${first.name}`) : "";
  return `${name}: ${chain}; ${highest}${top === 0 ? "" : began}.`;
}

/** One mechanism's strip: every leader in time order, and what was done between two periods in power. */
export function mechanismStrip(catalog: Pick<Catalog, "leaders" | "assessments" | "events">, mechanism: { slug: string; name: string }): Strip {
  const leaders = catalog.leaders;
  const between = (after: Leader, before: Leader) =>
    catalog.events
      .filter((e) => e.leader === null && e.mechanisms.includes(mechanism.slug) && e.date > after.powerEnd && e.date < before.powerStart)
      .map((e) => ({ slug: e.slug, date: e.date, title: e.title }));
  const steps: StripStep[] = leaders.map((l) => {
    const a = catalog.assessments.find((x) => x.leader === l.slug && x.mechanism === mechanism.slug);
    if (!a) return { leader: l.slug, name: l.name, intensity: null };
    const [first, last] = assessedYears(l, a);
    return { leader: l.slug, name: l.name, intensity: a.intensity, relation: a.relation, years: yearSpan(first, last) };
  });
  const gaps = leaders.slice(1).map((l, i) => ({ after: leaders[i]!.slug, before: l.slug, events: between(leaders[i]!, l) }));
  return { slug: mechanism.slug, name: mechanism.name, steps, gaps: gaps.filter((g) => g.events.length > 0), sentence: stripSentence(mechanism.name, steps) };
}

export function beforeAfterChart({ catalog, model, view }: ChartInput): BeforeAfterChart {
  const leaders = catalog.leaders;
  const strips = model.mechanisms.map((m) => mechanismStrip(catalog, m));
  const { title, source, legend } = chartCaption(catalog, view, "before-after");
  return {
    kind: "before-after",
    leaders: leaders.map((l) => ({ slug: l.slug, name: l.name, years: yearSpan(Number(l.powerStart.slice(0, 4)), Number(l.powerEnd.slice(0, 4))) })),
    strips,
    title,
    caption: `Every leader in the dataset, in time order, on the same 0–5 rubric: each one's score and what he did with what the regime before him left; measures taken between two periods in power are marked in the gap.`,
    source,
    legend,
    notes: [],
    table: {
      caption: "Each leader's score (0–5) and relation, in time order, with the measures taken between periods in power",
      columns: ["Mechanism", ...leaders.flatMap((l) => [`${l.name} (0–5)`, `${l.name}: relation`]), "Between periods in power"],
      rows: strips.map((s) => [
        s.name,
        ...s.steps.flatMap((st): ChartCell[] => (st.intensity === null ? [null, "not assessed"] : [st.intensity, relationLabel[st.relation]])),
        s.gaps.flatMap((g) => g.events.map((e) => `${formatPartialDate(e.date)}: ${e.title}`)).join("; ") || null,
      ]),
    },
    unit: "score on the 0–5 rubric",
    empty: strips.length === 0 ? "No mechanism matches this view: widen the filters." : null,
  };
}
