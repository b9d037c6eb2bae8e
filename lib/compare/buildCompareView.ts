// The compare view's model: which mechanisms, assessments and events a view shows. Pure
// functions of the catalog and the URL state, shared by the table, the charts and the lists.
import type { Catalog, CatalogAssessment, CatalogEvent, CatalogLeader, CatalogMechanism } from "../queries/catalog";
import type { ViewState } from "../url/compareUrl";

export type CompareRow = {
  mechanism: CatalogMechanism & { categoryName: string; order: number };
  a: CatalogAssessment | null;
  b: CatalogAssessment | null;
  /**
   * Why a side's score does not count in this view's years, or null when it does: the leader was
   * not in power in them, or his assessment covers other years. A score describes the years it
   * covers, so narrowing the years leaves out the scores of other years rather than keep them.
   */
  outA: string | null;
  outB: string | null;
  /** Events of each side for this mechanism within the view's years and search. */
  eventsA: CatalogEvent[];
  eventsB: CatalogEvent[];
  claims: number;
};

export type CompareView = {
  leaderA: CatalogLeader;
  leaderB: CatalogLeader;
  /** The leader in power just before each of the two (leaders are listed in time order), if the dataset has one. */
  beforeA: CatalogLeader | null;
  beforeB: CatalogLeader | null;
  /** True when the first leader took power before the second. */
  aFirst: boolean;
  rows: CompareRow[];
  events: CatalogEvent[];
  mechanisms: CompareRow["mechanism"][];
};

/** Case- and accent-insensitive "contains" over any of the texts. */
export function matchesText(query: string, ...texts: (string | null | undefined)[]): boolean {
  const q = fold(query.trim());
  if (q === "") return true;
  return texts.some((t) => t != null && fold(t).includes(q));
}

function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

export function eventYear(e: Pick<CatalogEvent, "date">): number {
  return Number(e.date.slice(0, 4));
}

/** The mechanisms a view selects: by category, then by the explicit list when there is one. */
export function selectedMechanisms(catalog: Catalog, view: Pick<ViewState, "cat" | "m">) {
  const categoryName = new Map(catalog.categories.map((c) => [c.slug, c.name]));
  return catalog.mechanisms
    .map((m, order) => ({ ...m, categoryName: categoryName.get(m.category) ?? m.category, order }))
    .filter((m) => view.cat === "all" || m.category === view.cat)
    .filter((m) => view.m.length === 0 || view.m.includes(m.slug));
}

export function buildCompareView(catalog: Catalog, view: ViewState): CompareView {
  const leaderA = catalog.leaders.find((l) => l.slug === view.a);
  const leaderB = catalog.leaders.find((l) => l.slug === view.b);
  // resolveView only lets known leaders through.
  if (!leaderA || !leaderB) throw new Error(`unknown leader in view: ${view.a}, ${view.b}`);

  const mechanisms = selectedMechanisms(catalog, view);
  const wanted = new Set(mechanisms.map((m) => m.slug));
  const sides = new Set([view.a, view.b]);

  const events = catalog.events.filter((e) => {
    const y = eventYear(e);
    return (
      y >= view.from &&
      y <= view.to &&
      (e.leader === null || sides.has(e.leader)) &&
      e.mechanisms.some((m) => wanted.has(m)) &&
      matchesText(view.q, e.title, e.description)
    );
  });

  const claimsByMechanism = new Map<string, { statement: string; explanation: string }[]>();
  for (const c of catalog.claims) {
    if (!c.leaders.some((l) => sides.has(l))) continue;
    for (const m of c.mechanisms) claimsByMechanism.set(m, [...(claimsByMechanism.get(m) ?? []), c]);
  }

  const rows: CompareRow[] = [];
  for (const mechanism of mechanisms) {
    const a = catalog.assessments.find((x) => x.leader === view.a && x.mechanism === mechanism.slug) ?? null;
    const b = catalog.assessments.find((x) => x.leader === view.b && x.mechanism === mechanism.slug) ?? null;
    const own = events.filter((e) => e.mechanisms.includes(mechanism.slug));
    const claims = claimsByMechanism.get(mechanism.slug) ?? [];
    const row: CompareRow = {
      mechanism,
      a,
      b,
      outA: outOfRange(leaderA, a, view),
      outB: outOfRange(leaderB, b, view),
      eventsA: own.filter((e) => e.leader === view.a),
      eventsB: own.filter((e) => e.leader === view.b),
      claims: claims.length,
    };
    const textHit =
      view.q === "" ||
      matchesText(view.q, mechanism.name, mechanism.description, a?.summary, b?.summary) ||
      own.length > 0 ||
      claims.some((c) => matchesText(view.q, c.statement, c.explanation));
    if (textHit) rows.push(row);
  }

  // With a search, the event list keeps only events of the rows that matched.
  const shown = new Set(rows.map((r) => r.mechanism.slug));
  const place = (slug: string) => catalog.leaders.findIndex((l) => l.slug === slug);
  const before = (slug: string) => catalog.leaders[place(slug) - 1] ?? null;
  return {
    leaderA,
    leaderB,
    beforeA: before(leaderA.slug),
    beforeB: before(leaderB.slug),
    aFirst: place(leaderA.slug) < place(leaderB.slug),
    rows,
    events: events.filter((e) => e.mechanisms.some((m) => shown.has(m))),
    mechanisms,
  };
}

/** Decimal year of an ISO partial date (1917-11-08 → 1917.85), for time axes. */
export function decimalYear(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (end - start);
}

/** The years of a leader's period in power, as whole calendar years. */
export function tenureYears(leader: Pick<CatalogLeader, "powerStart" | "powerEnd">): [number, number] {
  return [Number(leader.powerStart.slice(0, 4)), Number(leader.powerEnd.slice(0, 4))];
}

/** "1918–1922", or "1937" for one year. */
export function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** The years an assessment covers: its own, or else its leader's period in power. */
export function assessedYears(leader: Pick<CatalogLeader, "powerStart" | "powerEnd">, assessment: Pick<CatalogAssessment, "startYear" | "endYear">): [number, number] {
  const [start, end] = tenureYears(leader);
  return [assessment.startYear ?? start, assessment.endYear ?? end];
}

/** Why a leader's score does not count in the view's years (see CompareRow.outA), or null. */
function outOfRange(leader: CatalogLeader, assessment: CatalogAssessment | null, view: Pick<ViewState, "from" | "to">): string | null {
  const [start, end] = tenureYears(leader);
  if (end < view.from || start > view.to) return `not in power in ${yearSpan(view.from, view.to)}`;
  if (!assessment) return "not assessed";
  const [first, last] = assessedYears(leader, assessment);
  if (last < view.from || first > view.to) return `scored for ${yearSpan(first, last)}, outside ${yearSpan(view.from, view.to)}`;
  return null;
}
