import "server-only";
import { db } from "../db";
import { fromPrisma } from "../dataset/vocabulary";
import type {
  Catalog,
  CatalogArgumentStep,
  CatalogChangelogEntry,
  CatalogAssessment,
  CatalogCategory,
  CatalogClaim,
  CatalogEvent,
  CatalogFigure,
  CatalogInstitution,
  CatalogInterpretation,
  CatalogLeader,
  CatalogMechanism,
  CatalogMetric,
  CatalogRubricLevel,
  CatalogRelationTerm,
  CatalogSource,
  CitationRef,
} from "../dataset/records";
import { NotSeededError } from "./withDatabase";

type CitationRow = { locator: string | null; note: string | null; source: { slug: string } };
const citations = (rows: CitationRow[]) =>
  rows.map((c): CitationRef => ({ source: c.source.slug, locator: c.locator, ...(c.note ? { note: c.note } : {}) }));
const withSource = { include: { source: { select: { slug: true } } }, orderBy: { id: "asc" as const } };

/**
 * The whole dataset as one JSON document, read back from the database (not from the files),
 * so it shows what the app really serves. Used by `npm run data:export` and the API. Each record
 * is built with its type from lib/dataset/records.ts: a field added here or there but not in both
 * fails the typecheck.
 */
export async function getDatasetExport(): Promise<Catalog> {
  const [info, leaders, categories, rubric, relationTerms, assessments, events, institutions, metrics, figures, sources, claims, interpretations, argument, changelog] =
    await Promise.all([
      db.datasetInfo.findUnique({ where: { id: 1 } }),
      db.leader.findMany({
        orderBy: { sortOrder: "asc" },
        include: { tenureDatings: { orderBy: { id: "asc" }, include: { citations: withSource } }, citations: withSource },
      }),
      db.category.findMany({ orderBy: { sortOrder: "asc" }, include: { mechanisms: { orderBy: { sortOrder: "asc" } } } }),
      db.intensityLevel.findMany({ orderBy: { level: "asc" } }),
      db.relationTerm.findMany({ orderBy: { sortOrder: "asc" } }),
      db.assessment.findMany({
        orderBy: { id: "asc" },
        include: {
          leader: { select: { slug: true } },
          mechanism: { select: { slug: true } },
          institutions: { include: { institution: { select: { slug: true, sortOrder: true } } } },
          citations: withSource,
        },
      }),
      db.event.findMany({
        orderBy: [{ sortDate: "asc" }, { id: "asc" }],
        include: {
          leader: { select: { slug: true } },
          mechanisms: { include: { mechanism: { select: { slug: true, sortOrder: true } } } },
          citations: withSource,
        },
      }),
      db.institution.findMany({
        orderBy: { sortOrder: "asc" },
        include: {
          predecessors: { include: { predecessor: { select: { slug: true } } } },
          successors: { include: { successor: { select: { slug: true } } } },
          mechanisms: { include: { mechanism: { select: { slug: true, sortOrder: true } } } },
          citations: withSource,
        },
      }),
      db.metric.findMany({
        orderBy: { sortOrder: "asc" },
        include: {
          values: { orderBy: { year: "asc" }, include: { source: { select: { slug: true } }, rangeSource: { select: { slug: true } } } },
          aliases: { orderBy: { sortOrder: "asc" } },
          mechanisms: { include: { mechanism: { select: { slug: true, sortOrder: true } } } },
          citations: withSource,
        },
      }),
      db.figure.findMany({
        orderBy: { sortOrder: "asc" },
        include: { estimates: { orderBy: { id: "asc" }, include: { source: { select: { slug: true } } } } },
      }),
      db.source.findMany({ orderBy: { id: "asc" } }),
      db.claim.findMany({
        orderBy: { sortOrder: "asc" },
        include: {
          leaders: { include: { leader: { select: { slug: true, sortOrder: true } } } },
          mechanisms: { include: { mechanism: { select: { slug: true, sortOrder: true } } } },
          citations: withSource,
        },
      }),
      db.interpretation.findMany({
        orderBy: { sortOrder: "asc" },
        include: { mechanisms: { include: { mechanism: { select: { slug: true, sortOrder: true } } } }, citations: withSource },
      }),
      db.argumentStep.findMany({
        orderBy: { sortOrder: "asc" },
        include: {
          questions: { orderBy: { sortOrder: "asc" } },
          claims: { include: { claim: { select: { slug: true, sortOrder: true } } } },
          interpretations: { include: { interpretation: { select: { slug: true, sortOrder: true } } } },
          citations: withSource,
        },
      }),
      db.changelogEntry.findMany({
        orderBy: { sortOrder: "asc" },
        include: {
          corrections: { orderBy: { sortOrder: "asc" }, include: { citations: withSource } },
          additions: { orderBy: { sortOrder: "asc" } },
        },
      }),
    ]);
  if (!info) throw new NotSeededError();

  const slugs = <T extends { slug: string; sortOrder: number }>(rows: T[]) =>
    [...rows].sort((a, b) => a.sortOrder - b.sortOrder).map((r) => r.slug);

  return {
    dataset: { version: info.version, title: info.title, citation: info.citation },
    leaders: leaders.map((l): CatalogLeader => ({
      slug: l.slug,
      name: l.name,
      fullName: l.fullName,
      born: l.born,
      died: l.died,
      powerStart: l.powerStart,
      powerEnd: l.powerEnd,
      convention: l.convention,
      tenureDatings: l.tenureDatings.map((t) => ({
        label: t.label,
        start: t.start,
        end: t.end,
        rationale: t.rationale,
        default: t.isDefault,
        sources: citations(t.citations),
      })),
      sources: citations(l.citations),
    })),
    categories: categories.map((c): CatalogCategory => ({ slug: c.slug, name: c.name, description: c.description })),
    mechanisms: categories.flatMap((c) =>
      c.mechanisms.map((m): CatalogMechanism => ({ slug: m.slug, name: m.name, description: m.description, category: c.slug })),
    ),
    rubric: rubric.map((r): CatalogRubricLevel => ({ level: r.level, label: r.label, description: r.description })),
    relationTerms: relationTerms.map((t): CatalogRelationTerm => ({ relation: fromPrisma(t.relation), description: t.description })),
    assessments: assessments.map((a): CatalogAssessment => ({
      leader: a.leader.slug,
      mechanism: a.mechanism.slug,
      summary: a.summary,
      startYear: a.startYear,
      endYear: a.endYear,
      intensity: a.intensity,
      intensityRationale: a.intensityRationale,
      relation: fromPrisma(a.relation),
      institutions: slugs(a.institutions.map((i) => i.institution)),
      sources: citations(a.citations),
    })),
    events: events.map((e): CatalogEvent => ({
      slug: e.slug,
      date: e.date,
      precision: e.precision,
      oldStyleDate: e.oldStyleDate,
      title: e.title,
      description: e.description,
      leader: e.leader?.slug ?? null,
      mechanisms: slugs(e.mechanisms.map((m) => m.mechanism)),
      magnitude:
        e.magnitudeUnit === null
          ? null
          : { low: e.magnitudeLow, best: e.magnitudeBest, high: e.magnitudeHigh, unit: e.magnitudeUnit, note: e.magnitudeNote },
      sources: citations(e.citations),
    })),
    institutions: institutions.map((i): CatalogInstitution => ({
      slug: i.slug,
      name: i.name,
      abbreviation: i.abbreviation,
      founded: i.founded,
      dissolved: i.dissolved,
      description: i.description,
      predecessors: i.predecessors.map((p) => ({ slug: p.predecessor.slug, note: p.note })),
      successors: i.successors.map((s) => s.successor.slug),
      mechanisms: slugs(i.mechanisms.map((m) => m.mechanism)),
      sources: citations(i.citations),
    })),
    metrics: metrics.map((m): CatalogMetric => ({
      slug: m.slug,
      aliases: m.aliases.map((a) => a.alias),
      name: m.name,
      unit: m.unit,
      definition: m.definition,
      caveats: m.caveats,
      additive: m.additive,
      mechanisms: slugs(m.mechanisms.map((x) => x.mechanism)),
      sources: citations(m.citations),
      values: m.values.map((v) => ({
        year: v.year,
        low: v.low,
        best: v.best,
        high: v.high,
        source: v.source.slug,
        locator: v.locator,
        rangeSource: v.rangeSource?.slug ?? null,
        rangeLocator: v.rangeLocator,
        note: v.note,
      })),
    })),
    figures: figures.map((f): CatalogFigure => ({
      slug: f.slug,
      title: f.title,
      unit: f.unit,
      startYear: f.startYear,
      endYear: f.endYear,
      description: f.description,
      estimates: f.estimates.map((e) => ({
        attribution: e.attribution,
        low: e.low,
        best: e.best,
        high: e.high,
        source: e.source.slug,
        locator: e.locator,
        note: e.note,
      })),
    })),
    sources: sources.map((s): CatalogSource => ({
      slug: s.slug,
      kind: fromPrisma(s.kind),
      authors: s.authors,
      title: s.title,
      year: s.year,
      publisher: s.publisher,
      journal: s.journal,
      url: s.url,
      note: s.note,
    })),
    claims: claims.map((c): CatalogClaim => ({
      slug: c.slug,
      statement: c.statement,
      verdict: fromPrisma(c.verdict),
      explanation: c.explanation,
      leaders: slugs(c.leaders.map((l) => l.leader)),
      mechanisms: slugs(c.mechanisms.map((m) => m.mechanism)),
      sources: citations(c.citations),
    })),
    interpretations: interpretations.map((i): CatalogInterpretation => ({
      slug: i.slug,
      historian: i.historian,
      work: i.work,
      year: i.year,
      position: fromPrisma(i.position),
      summary: i.summary,
      mechanisms: slugs(i.mechanisms.map((m) => m.mechanism)),
      sources: citations(i.citations),
    })),
    argument: argument.map((s): CatalogArgumentStep => ({
      slug: s.slug,
      title: s.title,
      stance: fromPrisma(s.stance),
      essay: s.essay,
      evidence: s.evidence,
      dispute: s.dispute,
      view: s.view,
      display: fromPrisma(s.display),
      claims: slugs(s.claims.map((c) => c.claim)),
      interpretations: slugs(s.interpretations.map((x) => x.interpretation)),
      questions: s.questions.map((q) => q.text),
      sources: citations(s.citations),
    })),
    changelog: changelog.map((entry): CatalogChangelogEntry => ({
      version: entry.version,
      date: entry.date,
      summary: entry.summary,
      corrections: entry.corrections.map((c) => ({
        file: c.file,
        record: c.record,
        field: c.field,
        old: JSON.parse(c.oldValue) as CatalogChangelogEntry["corrections"][number]["old"],
        new: JSON.parse(c.newValue) as CatalogChangelogEntry["corrections"][number]["new"],
        reason: c.reason,
        sources: citations(c.citations),
      })),
      additions: entry.additions.map((a) => ({
        summary: a.summary,
        files: JSON.parse(a.files) as string[],
        records: JSON.parse(a.records) as string[],
      })),
    })),
  };
}

export type DatasetExport = Catalog;
