// How many of the dataset's citations say where in the source to look (a page, table, chapter,
// document number...), and which numbers cite a source without saying where. Every number in
// the dataset — a yearly value, a contested estimate, an event's magnitude — must either carry a
// locator or explain in its note why none can be given, starting the explanation with
// "No locator:". `npm run data:check` prints the shares; the loader rejects a number that has
// neither.
import type { DatasetIssue } from "./DatasetError";
import type { Citation, EventRecord, FigureRecord, MetricRecord } from "./schema";

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
