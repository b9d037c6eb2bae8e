// Which records cite each source: the reverse index behind the bibliography's "Cited by" lists.
import type { Catalog, CitationRef } from "../queries/catalog";
import { serializeView } from "../url/compareUrl";

export const citingKinds = [
  "assessment",
  "event",
  "institution",
  "series",
  "figure",
  "claim",
  "interpretation",
  "leader",
] as const;
export type CitingKind = (typeof citingKinds)[number];

export const citingKindLabels: Record<CitingKind, string> = {
  assessment: "Assessments",
  event: "Events",
  institution: "Institutions",
  series: "Yearly series",
  figure: "Contested figures",
  claim: "The essay's claims",
  interpretation: "Historians' interpretations",
  leader: "Leaders and their dates in power",
};

export type CitingRecord = {
  kind: CitingKind;
  label: string;
  /** Where the record is shown, when it has a page of its own. */
  href: string | null;
  /** Pages, chapters or years cited, in the order first met. */
  locators: string[];
};

type CitingCatalog = Pick<
  Catalog,
  "leaders" | "mechanisms" | "assessments" | "events" | "institutions" | "metrics" | "figures" | "claims" | "interpretations"
>;

export const mechanismHref = (slug: string) => `/mechanisms/${slug}`;

function shorten(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}

function yearSpan(years: number[]): string {
  const min = Math.min(...years);
  const max = Math.max(...years);
  return min === max ? `value for ${min}` : `values for ${min}–${max}`;
}

/** Every source slug mapped to the records citing it, grouped in `citingKinds` order. */
export function citingRecords(catalog: CitingCatalog): Map<string, CitingRecord[]> {
  const index = new Map<string, Map<string, CitingRecord>>();
  const leaderName = new Map(catalog.leaders.map((l) => [l.slug, l.name]));
  const mechanismName = new Map(catalog.mechanisms.map((m) => [m.slug, m.name]));

  function add(source: string, record: Omit<CitingRecord, "locators">, locator: string | null | undefined) {
    let bySource = index.get(source);
    if (!bySource) index.set(source, (bySource = new Map()));
    const key = `${record.kind}\u0000${record.label}`;
    let entry = bySource.get(key);
    if (!entry) bySource.set(key, (entry = { ...record, locators: [] }));
    if (locator && !entry.locators.includes(locator)) entry.locators.push(locator);
  }
  const addAll = (refs: readonly CitationRef[], record: Omit<CitingRecord, "locators">) => {
    for (const ref of refs) add(ref.source, record, ref.locator);
  };

  for (const leader of catalog.leaders) {
    const record = { kind: "leader" as const, label: leader.name, href: null };
    addAll(leader.sources, record);
    for (const dating of leader.tenureDatings) addAll(dating.sources, { ...record, label: `${leader.name}: ${dating.label}` });
  }
  for (const a of catalog.assessments) {
    const label = `${leaderName.get(a.leader) ?? a.leader} × ${mechanismName.get(a.mechanism) ?? a.mechanism}`;
    addAll(a.sources, { kind: "assessment", label, href: mechanismHref(a.mechanism) });
  }
  for (const e of catalog.events) {
    const first = e.mechanisms[0];
    addAll(e.sources, { kind: "event", label: e.title, href: first ? `${mechanismHref(first)}#event-${e.slug}` : null });
  }
  for (const i of catalog.institutions) {
    const first = i.mechanisms[0];
    const href = first ? `${mechanismHref(first)}#institution-${i.slug}` : null;
    addAll(i.sources, { kind: "institution", label: i.abbreviation ? `${i.name} (${i.abbreviation})` : i.name, href });
  }
  for (const m of catalog.metrics) {
    const record = { kind: "series" as const, label: m.name, href: serializeView("/", { chart: "series", series: m.slug }) };
    addAll(m.sources, record);
    const yearsBySource = new Map<string, number[]>();
    for (const v of m.values) yearsBySource.set(v.source, [...(yearsBySource.get(v.source) ?? []), v.year]);
    for (const [source, years] of yearsBySource) add(source, record, yearSpan(years));
  }
  for (const f of catalog.figures) {
    for (const e of f.estimates) add(e.source, { kind: "figure", label: f.title, href: null }, e.locator);
  }
  for (const c of catalog.claims) {
    addAll(c.sources, { kind: "claim", label: shorten(c.statement), href: `/essay#claim-${c.slug}` });
  }
  for (const i of catalog.interpretations) {
    addAll(i.sources, { kind: "interpretation", label: `${i.historian}, ${i.work}`, href: `/essay#interpretation-${i.slug}` });
  }

  const order = (r: CitingRecord) => citingKinds.indexOf(r.kind);
  return new Map(
    [...index].map(([source, records]) => [source, [...records.values()].sort((a, b) => order(a) - order(b))]),
  );
}
