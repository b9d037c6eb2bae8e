// How many of the dataset's citations say where in the source to look (a page, table, chapter,
// document number...), and which numbers cite a source without saying where. Every number in
// the dataset — a yearly value, a contested estimate, an event's magnitude — must either carry a
// locator or explain in its note why none can be given, starting the explanation with
// "No locator:". `npm run data:check` prints the shares; the loader rejects a number that has
// neither.
import { leaderOnFirstOfJuly } from "../charts/tenureTotals";
import type { DatasetIssue } from "./DatasetError";
import type { Citation, EventRecord, FigureRecord, LeaderRecord, MetricRecord } from "./schema";

/** A note that explains why a number has no locator contains these words. */
export const noLocatorExplained = /\bno locator\b/i;

/** The share of citations the dataset aims to give a locator (reported, not enforced). */
export const locatorTarget = 0.7;

export type Share = { located: number; total: number };

export type LocatorCoverage = {
  /** Every citation: records' source lists, each yearly value and each contested estimate. */
  citations: Share;
  /** Yearly values of the series (each cites one source). */
  seriesValues: Share;
  /** Estimates in the contested figures. */
  estimates: Share;
  /** Events with a magnitude, counted as located when one of the event's citations has a locator. */
  magnitudes: Share;
};

type In<T> = T & { file: string };
/** The parts of a dataset this module reads (the loaded dataset or the unchecked one). */
export type CoverageInput = {
  leaders: In<{ slug: string; sources: Citation[]; tenureDatings: { sources: Citation[] }[] }>[];
  assessments: In<{ sources: Citation[] }>[];
  events: In<Pick<EventRecord, "slug" | "magnitude" | "sources">>[];
  institutions: In<{ sources: Citation[] }>[];
  metrics: In<Pick<MetricRecord, "slug" | "sources" | "values">>[];
  figures: In<Pick<FigureRecord, "slug" | "estimates">>[];
  claims: In<{ sources: Citation[] }>[];
  interpretations: In<{ sources: Citation[] }>[];
  argument: In<{ sources: Citation[] }>[];
};

const hasLocator = (locator: string | undefined | null) => locator != null && locator.trim() !== "";
const explained = (note: string | undefined | null) => note != null && noLocatorExplained.test(note);

export function locatorCoverage(d: CoverageInput): { coverage: LocatorCoverage; issues: DatasetIssue[] } {
  const issues: DatasetIssue[] = [];
  const share = (): Share => ({ located: 0, total: 0 });
  const citations = share();
  const seriesValues = share();
  const estimates = share();
  const magnitudes = share();
  const count = (s: Share, located: boolean) => {
    s.total += 1;
    if (located) s.located += 1;
  };
  const citeAll = (list: Citation[]) => list.forEach((c) => count(citations, hasLocator(c.locator)));
  const missing = (file: string, record: string, what: string) =>
    issues.push({
      file,
      record,
      message: `${what} has no locator: cite a page, table or document number, or say in its note why none exists ("No locator: ...")`,
    });

  for (const l of d.leaders) {
    citeAll(l.sources);
    for (const t of l.tenureDatings) citeAll(t.sources);
  }
  for (const list of [d.assessments, d.institutions, d.claims, d.interpretations, d.argument]) for (const r of list) citeAll(r.sources);

  for (const e of d.events) {
    citeAll(e.sources);
    if (!e.magnitude) continue;
    const located = e.sources.some((c) => hasLocator(c.locator));
    count(magnitudes, located);
    if (!located && !explained(e.magnitude.note)) missing(e.file, `"${e.slug}"`, "the magnitude");
  }

  for (const m of d.metrics) {
    citeAll(m.sources);
    for (const v of m.values) {
      const located = hasLocator(v.locator);
      count(seriesValues, located);
      count(citations, located);
      if (!located && !explained(v.note)) missing(m.file, `"${m.slug}" ${v.year}`, "the value");
      if (v.rangeSource === undefined) continue;
      // The low/high from a second publication is a number too, with its own citation.
      count(citations, hasLocator(v.rangeLocator));
      if (!hasLocator(v.rangeLocator) && !explained(v.note)) missing(m.file, `"${m.slug}" ${v.year}`, "the range from rangeSource");
    }
  }

  for (const f of d.figures) {
    for (const e of f.estimates) {
      const located = hasLocator(e.locator);
      count(estimates, located);
      count(citations, located);
      if (!located && !explained(e.note)) missing(f.file, `"${f.slug}" (${e.attribution})`, "the estimate");
    }
  }

  return { coverage: { citations, seriesValues, estimates, magnitudes }, issues };
}

/** What the dataset measures for one leader: how many numbers, and how many of them say where in the source they are. */
export type LeaderNumbers = {
  leader: string;
  name: string;
  /** Yearly values of years counted for him (the leader in power on 1 July), located when the value has a locator. */
  yearlyValues: Share;
  /** Magnitudes of events attributed to him, located when one of the event's citations has a locator. */
  magnitudes: Share;
  /** Contested figures whose years are mostly his (counted by 1 July), with their estimates. */
  figures: number;
  estimates: Share;
  /** All three kinds of number together. */
  numbers: Share;
};

export type LeaderNumbersInput = {
  leaders: readonly Pick<LeaderRecord, "slug" | "name" | "powerStart" | "powerEnd">[];
  events: readonly Pick<EventRecord, "leader" | "magnitude" | "sources">[];
  metrics: readonly { values: readonly { year: number; locator?: string | null }[] }[];
  figures: readonly Pick<FigureRecord, "startYear" | "endYear" | "estimates">[];
};

/**
 * The numbers the dataset holds for each leader (in leaders.json's order, however many there
 * are), so an imbalance — one leader's years described by events but not measured — shows in
 * `npm run data:check`. A year counts for the leader in power on 1 July (as in the totals
 * chart); a contested figure counts for the leader who held power on 1 July in most of its years.
 */
export function numbersByLeader(d: LeaderNumbersInput): LeaderNumbers[] {
  const out = d.leaders.map((l) => ({
    leader: l.slug,
    name: l.name,
    yearlyValues: { located: 0, total: 0 },
    magnitudes: { located: 0, total: 0 },
    figures: 0,
    estimates: { located: 0, total: 0 },
    numbers: { located: 0, total: 0 },
  }));
  const count = (who: LeaderNumbers | undefined, kind: "yearlyValues" | "magnitudes" | "estimates", located: boolean) => {
    if (!who) return;
    for (const s of [who[kind], who.numbers]) {
      s.total += 1;
      if (located) s.located += 1;
    }
  };
  const inPower = (year: number) => {
    const i = leaderOnFirstOfJuly(year, d.leaders);
    return i === null ? undefined : out[i];
  };

  for (const m of d.metrics) for (const v of m.values) count(inPower(v.year), "yearlyValues", hasLocator(v.locator));
  for (const e of d.events) {
    if (!e.magnitude || e.leader === null) continue;
    count(out.find((l) => l.leader === e.leader), "magnitudes", e.sources.some((c) => hasLocator(c.locator)));
  }
  for (const f of d.figures) {
    const years = new Map<number, number>();
    for (let y = f.startYear; y <= f.endYear; y++) {
      const i = leaderOnFirstOfJuly(y, d.leaders);
      if (i !== null) years.set(i, (years.get(i) ?? 0) + 1);
    }
    const span = f.endYear - f.startYear + 1;
    const [who] = [...years].find(([, n]) => n > span / 2) ?? [];
    if (who === undefined) continue;
    out[who]!.figures += 1;
    for (const e of f.estimates) count(out[who], "estimates", hasLocator(e.locator));
  }
  return out;
}

/** The lines `npm run data:check` prints per leader. */
export function describeLeaderNumbers(rows: readonly LeaderNumbers[]): string[] {
  return [
    "Numbers per leader (a year counts for the leader in power on 1 July; a contested figure for the leader in power in most of its years):",
    ...rows.map(
      (r) =>
        `  ${r.name}: ${r.yearlyValues.total} yearly values, ${r.magnitudes.total} event magnitudes, ` +
        `${r.figures} contested figures (${r.estimates.total} estimates); with a locator: ${formatShare(r.numbers)}.`,
    ),
  ];
}

/** "612 of 880 (69.5 %)" */
export function formatShare(s: Share): string {
  const percent = s.total === 0 ? 0 : (100 * s.located) / s.total;
  return `${s.located} of ${s.total} (${percent.toFixed(1)} %)`;
}

/** The lines `npm run data:check` prints about locators. */
export function describeCoverage(c: LocatorCoverage): string[] {
  const met = c.citations.total > 0 && c.citations.located / c.citations.total >= locatorTarget;
  return [
    `Citations with a locator: ${formatShare(c.citations)} — target ${Math.round(locatorTarget * 100)} %: ${met ? "met" : "not met"}.`,
    `  yearly values: ${formatShare(c.seriesValues)}; contested estimates: ${formatShare(c.estimates)}; ` +
      `event magnitudes with a located citation: ${formatShare(c.magnitudes)}.`,
    "  Every number without a locator says in its note why none is given.",
  ];
}
