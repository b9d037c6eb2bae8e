// Checks that span files: unique slugs, references that resolve, one assessment for every
// leader and mechanism, a complete rubric, no fact resting on the essay alone, and the tenure
// convention (prisma/data/README.md): an event, an assessment or a tagged mechanism is
// attributed to a leader only within his period in power.
import type { DatasetIssue } from "./DatasetError";
import { relations } from "./vocabulary";
import type {
  ArgumentStepRecord,
  AssessmentRecord,
  CategoryRecord,
  Citation,
  ClaimRecord,
  EventRecord,
  FigureRecord,
  InstitutionRecord,
  IntensityLevelRecord,
  RelationTermRecord,
  InterpretationRecord,
  LeaderRecord,
  MetricRecord,
  SourceRecord,
} from "./schema";

type In<T> = T & { file: string };
export type UncheckedDataset = {
  leaders: In<LeaderRecord>[];
  categories: In<CategoryRecord>[];
  mechanisms: { slug: string; file: string }[];
  rubric: In<IntensityLevelRecord>[];
  relationTerms: In<RelationTermRecord>[];
  sources: In<SourceRecord>[];
  assessments: In<AssessmentRecord>[];
  events: In<EventRecord>[];
  institutions: In<InstitutionRecord>[];
  metrics: In<MetricRecord>[];
  figures: In<FigureRecord>[];
  claims: In<ClaimRecord>[];
  interpretations: In<InterpretationRecord>[];
  argument: In<ArgumentStepRecord>[];
};

export function crossCheck(d: UncheckedDataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const add = (file: string, record: string, message: string) => issues.push({ file, record, message });

  function uniqueSlugs(kind: string, items: { slug: string; file: string }[]) {
    const seen = new Map<string, string>();
    for (const item of items) {
      const first = seen.get(item.slug);
      if (first) add(item.file, `"${item.slug}"`, `duplicate ${kind} slug (first defined in ${first})`);
      else seen.set(item.slug, item.file);
    }
    return new Set(seen.keys());
  }

  const leaders = uniqueSlugs("leader", d.leaders);
  uniqueSlugs("category", d.categories);
  const mechanisms = uniqueSlugs("mechanism", d.mechanisms);
  const sources = uniqueSlugs("source", d.sources);
  const institutions = uniqueSlugs("institution", d.institutions);
  uniqueSlugs("event", d.events);
  // A series' old slugs (aliases) share its namespace: an alias may not name another series.
  uniqueSlugs("metric", [...d.metrics, ...d.metrics.flatMap((m) => m.aliases.map((slug) => ({ slug, file: m.file })))]);
  uniqueSlugs("figure", d.figures);
  uniqueSlugs("claim", d.claims);
  uniqueSlugs("interpretation", d.interpretations);
  uniqueSlugs("argument step", d.argument);

  const essaySources = new Set(d.sources.filter((s) => s.kind === "essay").map((s) => s.slug));

  function refs(file: string, record: string, kind: string, known: Set<string>, slugs: string[]) {
    for (const s of slugs) if (!known.has(s)) add(file, record, `unknown ${kind} "${s}"`);
  }
  function cites(file: string, record: string, list: Citation[]) {
    refs(file, record, "source", sources, list.map((c) => c.source));
    if (list.length > 0 && list.every((c) => essaySources.has(c.source))) {
      add(file, record, "cites only the essay: add a scholarly or primary source");
    }
  }

  for (const l of d.leaders) {
    const r = `"${l.slug}"`;
    cites(l.file, r, l.sources);
    if (l.born > l.died) add(l.file, r, "born is after died");
    if (l.powerStart > l.powerEnd) add(l.file, r, "powerStart is after powerEnd");
    const defaults = l.tenureDatings.filter((t) => t.default).length;
    if (defaults !== 1) add(l.file, r, `exactly one tenure dating must be marked default (found ${defaults})`);
    for (const t of l.tenureDatings) {
      cites(l.file, `${r} tenure "${t.label}"`, t.sources);
      if (t.start > t.end) add(l.file, `${r} tenure "${t.label}"`, "start is after end");
    }
  }

  const levels = d.rubric.map((r) => r.level).sort();
  if (levels.join(",") !== "0,1,2,3,4,5") {
    add("prisma/data/rubric.json", "rubric", `must define each level 0-5 exactly once (found ${levels.join(",") || "none"})`);
  }
  const defined = d.relationTerms.map((t) => t.relation);
  for (const relation of relations) {
    const times = defined.filter((r) => r === relation).length;
    if (times !== 1) add("prisma/data/rubric.json", `relation "${relation}"`, `must be defined exactly once in the rubric (found ${times})`);
  }

  const assessed = new Map<string, string>();
  for (const a of d.assessments) {
    const r = `"${a.leader} × ${a.mechanism}"`;
    refs(a.file, r, "leader", leaders, [a.leader]);
    refs(a.file, r, "mechanism", mechanisms, [a.mechanism]);
    refs(a.file, r, "institution", institutions, a.institutions);
    cites(a.file, r, a.sources);
    const key = `${a.leader}|${a.mechanism}`;
    if (assessed.has(key)) add(a.file, r, `duplicate assessment (first in ${assessed.get(key)})`);
    else assessed.set(key, a.file);
  }
  if (d.assessments.length > 0) {
    for (const l of leaders) {
      for (const m of mechanisms) {
        if (!assessed.has(`${l}|${m}`)) add("prisma/data/assessments", `"${l} × ${m}"`, "assessment is missing");
      }
    }
  }

  for (const e of d.events) {
    const r = `"${e.slug}"`;
    if (e.leader !== null) refs(e.file, r, "leader", leaders, [e.leader]);
    refs(e.file, r, "mechanism", mechanisms, e.mechanisms);
    cites(e.file, r, e.sources);
    if (e.oldStyleDate && e.oldStyleDate > e.date) add(e.file, r, "oldStyleDate must be earlier than the Gregorian date");
  }

  for (const i of d.institutions) {
    const r = `"${i.slug}"`;
    refs(i.file, r, "institution", institutions, i.predecessors.map((p) => p.slug));
    refs(i.file, r, "mechanism", mechanisms, i.mechanisms);
    cites(i.file, r, i.sources);
    if (i.dissolved && i.dissolved < i.founded) add(i.file, r, "dissolved is before founded");
    if (i.predecessors.some((p) => p.slug === i.slug)) add(i.file, r, "cannot be its own predecessor");
  }

  for (const m of d.metrics) {
    const r = `"${m.slug}"`;
    refs(m.file, r, "mechanism", mechanisms, m.mechanisms);
    cites(m.file, r, m.sources);
    const years = new Set<number>();
    for (const v of m.values) {
      refs(m.file, `${r} ${v.year}`, "source", sources, [v.source, ...(v.rangeSource ? [v.rangeSource] : [])]);
      if (years.has(v.year)) add(m.file, `${r} ${v.year}`, "duplicate year");
      // In year order, as every reader of the file (and every export) lists them.
      else if (years.size > 0 && v.year < Math.max(...years)) add(m.file, `${r} ${v.year}`, `out of year order (after ${Math.max(...years)})`);
      years.add(v.year);
    }
    if (m.values.length === 0) add(m.file, r, "has no values");
  }

  for (const f of d.figures) {
    for (const e of f.estimates) refs(f.file, `"${f.slug}" (${e.attribution})`, "source", sources, [e.source]);
  }

  for (const c of d.claims) {
    const r = `"${c.slug}"`;
    refs(c.file, r, "leader", leaders, c.leaders);
    refs(c.file, r, "mechanism", mechanisms, c.mechanisms);
    // A claim naturally cites the essay it comes from; the verdict needs another source.
    cites(c.file, r, c.sources);
  }

  for (const i of d.interpretations) {
    const r = `"${i.slug}"`;
    refs(i.file, r, "mechanism", mechanisms, i.mechanisms);
    cites(i.file, r, i.sources);
  }

  // What else a step must satisfy (its view, its claims and interpretations): argumentCheck.ts.
  for (const s of d.argument) cites(s.file, `"${s.slug}"`, s.sources);

  issues.push(...checkTenureConvention(d));
  issues.push(...checkRelationsInTime(d));
  return issues;
}

/** The first and last day a partial date (yyyy, yyyy-mm or yyyy-mm-dd) can stand for. */
function span(date: string): [string, string] {
  const [y, m, day] = date.split("-");
  if (day) return [date, date];
  if (m) return [`${y}-${m}-01`, `${y}-${m}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}
const overlaps = (a: [string, string], b: [string, string]) => a[0] <= b[1] && a[1] >= b[0];
const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * The tenure convention: each leader's period in power is his default tenure dating
 * (powerStart to powerEnd); an event is attributed to a leader only if it falls within that
 * period (otherwise, as in the interregnum of March 1923 to January 1924, its leader is null);
 * a leader's assessments lie within the years of his period; and an event attributed to a
 * leader and tagged with a mechanism falls within the years of his assessment of it.
 */
export function checkTenureConvention(d: Pick<UncheckedDataset, "leaders" | "events" | "assessments">): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const add = (file: string, record: string, message: string) => issues.push({ file, record, message });
  const leaders = new Map(d.leaders.map((l) => [l.slug, l]));
  const assessments = new Map(d.assessments.map((a) => [`${a.leader}|${a.mechanism}`, a]));

  for (const l of d.leaders) {
    const dating = l.tenureDatings.find((t) => t.default);
    if (dating && (dating.start !== l.powerStart || dating.end !== l.powerEnd)) {
      add(
        l.file,
        `"${l.slug}"`,
        `the default tenure dating "${dating.label}" (${dating.start} to ${dating.end}) must match powerStart and powerEnd (${l.powerStart} to ${l.powerEnd})`,
      );
    }
  }

  for (const e of d.events) {
    if (e.leader === null) continue;
    const l = leaders.get(e.leader);
    if (!l) continue;
    const r = `"${e.slug}"`;
    const tenure: [string, string] = [span(l.powerStart)[0], span(l.powerEnd)[1]];
    if (!overlaps(span(e.date), tenure)) {
      add(
        e.file,
        r,
        `attributed to ${l.slug} but dated ${e.date}, outside his period in power (${l.powerStart} to ${l.powerEnd}): set leader to null and name him in the description`,
      );
      continue;
    }
    const [from, to] = span(e.date).map(yearOf) as [number, number];
    for (const m of e.mechanisms) {
      const a = assessments.get(`${e.leader}|${m}`);
      if (!a || (a.startYear == null && a.endYear == null)) continue;
      const start = a.startYear ?? -Infinity;
      const end = a.endYear ?? Infinity;
      if (to < start || from > end) {
        add(e.file, r, `tagged "${m}" for ${l.slug} in ${e.date}, outside his assessment of it (${a.startYear ?? "…"}–${a.endYear ?? "…"})`);
      }
    }
  }

  for (const a of d.assessments) {
    const l = leaders.get(a.leader);
    if (!l) continue;
    const [first, last] = [yearOf(l.powerStart), yearOf(l.powerEnd)];
    if ((a.startYear != null && a.startYear < first) || (a.endYear != null && a.endYear > last)) {
      add(
        a.file,
        `"${a.leader} × ${a.mechanism}"`,
        `covers ${a.startYear ?? "…"}–${a.endYear ?? "…"}, beyond ${l.slug}'s period in power (${l.powerStart} to ${l.powerEnd})`,
      );
    }
  }
  return issues;
}

/** Relations whose word says the leader took over something the regime before him had. */
const takenOver = new Set(["kept", "expanded", "transformed", "curtailed", "dismantled"]);
/** Relations a score of 0 may carry: nothing used, or what was there taken apart or turned round. */
const atZero = new Set(["absent", "dismantled", "reversed"]);

/**
 * A relation describes what a leader did with what the regimes before him left, so it must agree
 * with the earlier leaders' scores (leaders.json lists the leaders in time order): nobody
 * "originated" what an earlier leader already used, a tool cannot be "re-created" or taken over
 * if no earlier leader had it, and a score of 0 is "absent" (or "dismantled"/"reversed"), never
 * a word that says the tool was used.
 */
export function checkRelationsInTime(d: Pick<UncheckedDataset, "leaders" | "assessments">): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  d.leaders.forEach((l, i) => {
    const before = d.leaders[i - 1];
    if (before && before.powerStart > l.powerStart) {
      issues.push({ file: l.file, record: `"${l.slug}"`, message: `leaders must be listed in time order: ${l.slug} took power before ${before.slug}` });
    }
  });
  const rank = new Map(d.leaders.map((l, i) => [l.slug, i]));
  const score = new Map(d.assessments.map((a) => [`${a.leader}|${a.mechanism}`, a.intensity]));
  for (const a of d.assessments) {
    const place = rank.get(a.leader);
    if (place === undefined) continue;
    const earlier = d.leaders.slice(0, place).filter((l) => (score.get(`${l.slug}|${a.mechanism}`) ?? 0) > 0).map((l) => l.slug);
    const problem = (message: string) => issues.push({ file: a.file, record: `"${a.leader} × ${a.mechanism}"`, message });
    if (a.intensity === 0 && !atZero.has(a.relation)) problem(`a score of 0 is "absent" (or "dismantled", "reversed"), not "${a.relation}"`);
    if (a.relation === "absent" && a.intensity > 0) problem(`"absent" needs a score of 0 (found ${a.intensity})`);
    if (a.relation === "originated" && earlier.length > 0) problem(`"originated", but ${earlier.join(" and ")} already used it: say what this leader did with it`);
    if (place > 0 && (a.relation === "re-created" || takenOver.has(a.relation)) && earlier.length === 0) {
      problem(`"${a.relation}" says an earlier regime had it, but no earlier leader in the dataset scores above 0`);
    }
  }
  return issues;
}
