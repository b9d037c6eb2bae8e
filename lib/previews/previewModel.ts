// What a link preview shows, as plain data: the view's answer in a few rows, legible at the size
// chat apps show a 1200×630 image (about 500 px wide). Pure functions of the data, built from the
// same model functions the pages use (the overview, the yearly series, the timeline, the totals);
// drawPreview.tsx draws the result.
import { buildCompareView } from "../compare/buildCompareView";
import { buildOverview, relationLabel } from "../compare/overview";
import { chartMetrics } from "../charts/chartMetrics";
import { seriesData } from "../charts/seriesData";
import { tenureBands } from "../charts/tenureBands";
import { tenureTotals } from "../charts/tenureTotals";
import { timelineData } from "../charts/timelineData";
import { stepView } from "../argument/stepView";
import type { Catalog, CatalogArgumentStep } from "../dataset/records";
import { verdictLabels, verdicts } from "../essay/verdicts";
import { formatNumber } from "../format";
import { defaultView, type ViewState } from "../url/compareUrl";

/** Rows a preview shows at most; the rest are counted ("+N more"). */
export const PREVIEW_ROWS = 5;

export type Side = "a" | "b" | "none";

export type PreviewFigure =
  /** Both leaders' 0–5 intensity per mechanism. */
  | { kind: "dumbbell"; rows: { label: string; a: number | null; b: number | null }[]; more: number }
  /** A yearly series: its values and the periods in power. */
  | { kind: "series"; label: string; points: { year: number; value: number | null }[]; bands: { side: Side; start: number; end: number }[] }
  /** Dated events per mechanism, by leader, across the view's years. */
  | { kind: "timeline"; from: number; to: number; rows: { label: string; events: { x: number; side: Side }[] }[]; more: number }
  /** One mechanism: each leader's score and what they did with it. */
  | { kind: "scores"; sides: { side: Side; name: string; score: number | null; relation: string }[] }
  /** Labelled amounts, longest bar the largest. */
  | { kind: "bars"; rows: { label: string; value: number; text: string; side: Side }[]; more: number };

export type PreviewModel = {
  nameA: string;
  nameB: string;
  /** Above the title: where the image comes from ("The argument · step 3 of 11"). */
  kicker: string;
  title: string;
  /** The answer in one computed sentence. */
  sentence: string;
  figure: PreviewFigure;
};

const top = <T>(rows: readonly T[]) => ({ rows: rows.slice(0, PREVIEW_ROWS), more: Math.max(0, rows.length - PREVIEW_ROWS) });

/** The compare view's overview: the dumbbell rows in the view's order and the first computed sentence. */
function overviewOf(catalog: Catalog, view: ViewState) {
  const model = buildCompareView(catalog, view);
  const overview = buildOverview(model, view);
  const { rows, more } = top(overview.rows);
  return {
    model,
    nameA: overview.nameA,
    nameB: overview.nameB,
    sentence: overview.sentences[0] ?? "",
    figure: { kind: "dumbbell" as const, rows: rows.map((r) => ({ label: r.name, a: r.a?.intensity ?? null, b: r.b?.intensity ?? null })), more },
  };
}

export function compareViewPreview(catalog: Catalog, view: ViewState, title: string): PreviewModel {
  const { nameA, nameB, sentence, figure } = overviewOf(catalog, view);
  return { nameA, nameB, sentence, figure, kicker: `${nameA} vs ${nameB} · the evidence side by side`, title };
}

export function mechanismPreview(catalog: Catalog, slug: string): PreviewModel | null {
  const mechanism = catalog.mechanisms.find((m) => m.slug === slug);
  if (!mechanism) return null;
  const { model, ...overview } = overviewOf(catalog, { ...defaultView, m: [slug] });
  const row = model.rows[0];
  const side = (side: "a" | "b", name: string) => {
    const assessed = row?.[side];
    return { side, name, score: assessed?.intensity ?? null, relation: assessed ? relationLabel[assessed.relation] : "not assessed" };
  };
  const figure: PreviewFigure = { kind: "scores", sides: [side("a", overview.nameA), side("b", overview.nameB)] };
  return { ...overview, figure, kicker: `${catalog.categories.find((c) => c.slug === mechanism.category)?.name ?? "Mechanism"} · intensity on the 0–5 scale`, title: mechanism.name };
}

/** A step of the argument draws what its `display` shows; views without a chart of their own show their overview. */
export function stepPreview(catalog: Catalog, step: Pick<CatalogArgumentStep, "view" | "display" | "title">, place: { number: number; total: number }): PreviewModel {
  const { view } = stepView(catalog, step);
  const overview = overviewOf(catalog, view);
  const { model, nameA, nameB } = overview;
  const base = { nameA, nameB, kicker: `The argument · step ${place.number} of ${place.total}`, title: step.title };
  const leaders = [model.leaderA, model.leaderB] as const;
  const bands = tenureBands(leaders, view.from, view.to).map((b) => ({ side: b.side, start: b.start, end: b.end }));
  const { metric, totalsMetric } = chartMetrics(catalog.metrics, view);

  if (step.display === "series" && metric) {
    const series = seriesData(metric, view.from, view.to);
    const known = series.points.filter((p) => p.best !== null);
    const peak = known.reduce<(typeof known)[number] | undefined>((max, p) => (max && max.best! >= p.best! ? max : p), undefined);
    return {
      ...base,
      sentence: peak ? `${metric.name}: highest in ${peak.year}, ${formatNumber(peak.best!)} ${metric.unit}.` : `${metric.name}: no yearly values in these years.`,
      figure: { kind: "series", label: `${metric.name} (${metric.unit}), ${view.from}–${view.to}`, points: series.points.map((p) => ({ year: p.year, value: p.best })), bands },
    };
  }
  if (step.display === "timeline") {
    const timeline = timelineData(model.events, model.mechanisms, model.leaderA.slug, model.leaderB.slug);
    const counts = { a: 0, b: 0, none: 0 };
    for (const p of timeline.points) counts[p.leader]++;
    const rows = timeline.categories.map((c, i) => ({ label: c.name, events: timeline.points.filter((p) => p.y === i).map((p) => ({ x: p.x, side: p.leader })) }));
    return {
      ...base,
      sentence: `${timeline.points.length} dated events, ${view.from}–${view.to}: ${counts.a} under ${nameA}, ${counts.b} under ${nameB}.`,
      figure: { kind: "timeline", from: view.from, to: view.to + 1, ...top(rows) },
    };
  }
  if (step.display === "totals" && totalsMetric) {
    const totals = tenureTotals(totalsMetric, leaders, view.from, view.to, view.norm) ?? [];
    const rows = totals.flatMap((t) => (t.value === null ? [] : [{ label: t.name, value: t.value, text: formatNumber(t.value), side: t.side }]));
    return { ...base, sentence: `${totalsMetric.name} (${totalsMetric.unit}) added up over each leader's years in power, ${view.from}–${view.to}.`, figure: { kind: "bars", ...top(rows) } };
  }
  return { ...base, sentence: overview.sentence, figure: overview.figure };
}

/** /essay: the essay's claims by verdict. */
export function essayPreview(catalog: Catalog): PreviewModel {
  const rows = verdicts.map((v) => {
    const n = catalog.claims.filter((c) => c.verdict === v).length;
    return { label: verdictLabels[v], value: n, text: String(n), side: "none" as const };
  });
  const [nameA, nameB] = catalog.leaders.map((l) => l.name);
  return {
    nameA: nameA ?? "Lenin",
    nameB: nameB ?? "Stalin",
    kicker: "The essay, claim by claim",
    title: "“Lenin Versus Stalin: Two Sides of the Same Coin”",
    sentence: `${catalog.claims.length} of the essay's claims checked against the evidence.`,
    figure: { kind: "bars", ...top(rows) },
  };
}

/** /argument: the whole dataset's overview, the view its first step starts from. */
export function argumentPreview(catalog: Catalog): PreviewModel {
  const overview = overviewOf(catalog, defaultView);
  return { nameA: overview.nameA, nameB: overview.nameB, kicker: `The argument in ${catalog.argument.length} steps`, title: "Did Stalin's terror grow out of Lenin's tools?", sentence: overview.sentence, figure: overview.figure };
}

/** /sources: the bibliography by kind of work. */
export function sourcesPreview(catalog: Catalog): PreviewModel {
  const counts = new Map<string, number>();
  for (const s of catalog.sources) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  const rows = [...counts].sort(([k1, a], [k2, b]) => b - a || k1.localeCompare(k2)).map(([kind, n]) => ({ label: kind.replace(/-/g, " "), value: n, text: String(n), side: "none" as const }));
  const [nameA, nameB] = catalog.leaders.map((l) => l.name);
  return {
    nameA: nameA ?? "Lenin",
    nameB: nameB ?? "Stalin",
    kicker: "Sources",
    title: "The bibliography",
    sentence: `${catalog.sources.length} sources, each with the records that cite it.`,
    figure: { kind: "bars", ...top(rows) },
  };
}
