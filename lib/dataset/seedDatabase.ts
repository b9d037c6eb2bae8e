// Replaces the dataset tables with the validated files, in one transaction: either the whole
// new dataset is in, or the database is left exactly as it was. IDs follow file order, so
// seeding the same files twice gives the same database.
import type { PrismaClient } from "../generated/prisma/client";
import type { Dataset } from "./load";
import type { Citation } from "./schema";
import {
  PrismaArgumentDisplay,
  PrismaArgumentStance,
  PrismaPosition,
  PrismaRelation,
  PrismaSourceKind,
  PrismaVerdict,
  toPrisma,
} from "./vocabulary";

export async function seedDatabase(db: PrismaClient, d: Dataset, hash: string): Promise<void> {
  const ids = <T extends { slug: string }>(items: T[]) => new Map(items.map((item, i) => [item.slug, i + 1]));
  const leaderId = ids(d.leaders);
  const mechanismId = ids(d.mechanisms);
  const sourceId = ids(d.sources);
  const institutionId = ids(d.institutions);
  const id = (map: Map<string, number>, slug: string) => {
    const found = map.get(slug);
    // Unreachable after crossCheck; kept so a broken invariant fails loudly inside the transaction.
    if (found === undefined) throw new Error(`unresolved slug "${slug}"`);
    return found;
  };

  type CitationRow = { sourceId: number; locator: string | null; note: string | null } & Record<string, number | string | null>;
  const citations: CitationRow[] = [];
  const cite = (owner: string, ownerId: number, list: Citation[]) => {
    for (const c of list) {
      citations.push({ sourceId: id(sourceId, c.source), locator: c.locator ?? null, note: c.note ?? null, [owner]: ownerId });
    }
  };

  let tenureId = 0;
  const tenureRows = d.leaders.flatMap((l) =>
    l.tenureDatings.map((t) => {
      tenureId += 1;
      cite("tenureDatingId", tenureId, t.sources);
      return {
        id: tenureId,
        leaderId: id(leaderId, l.slug),
        label: t.label,
        start: t.start,
        end: t.end,
        rationale: t.rationale,
        isDefault: t.default ?? false,
      };
    }),
  );
  d.leaders.forEach((l, i) => cite("leaderId", i + 1, l.sources));
  d.assessments.forEach((a, i) => cite("assessmentId", i + 1, a.sources));
  d.events.forEach((e, i) => cite("eventId", i + 1, e.sources));
  d.institutions.forEach((x, i) => cite("institutionId", i + 1, x.sources));
  d.metrics.forEach((m, i) => cite("metricId", i + 1, m.sources));
  d.claims.forEach((c, i) => cite("claimId", i + 1, c.sources));
  d.interpretations.forEach((x, i) => cite("interpretationId", i + 1, x.sources));
  d.argument.forEach((s, i) => cite("argumentStepId", i + 1, s.sources));
  // The changelog's corrections and additions, numbered across versions, newest version first.
  const changes = d.changelog.flatMap((entry, e) => entry.changes.map((change, order) => ({ entryId: e + 1, order, change })));
  const corrections = changes.flatMap(({ entryId, order, change }) => (change.kind === "correction" ? [{ entryId, order, change }] : []));
  const additions = changes.flatMap(({ entryId, order, change }) => (change.kind === "addition" ? [{ entryId, order, change }] : []));
  corrections.forEach((c, i) => cite("correctionId", i + 1, c.change.sources));

  await db.$transaction(
    async (tx) => {
      // Children first, so foreign keys never point at a deleted row.
      await tx.citation.deleteMany();
      await tx.argumentQuestion.deleteMany();
      await tx.argumentStepClaim.deleteMany();
      await tx.argumentStepInterpretation.deleteMany();
      await tx.argumentStep.deleteMany();
      await tx.changelogCorrection.deleteMany();
      await tx.changelogAddition.deleteMany();
      await tx.changelogEntry.deleteMany();
      await tx.figureEstimate.deleteMany();
      await tx.figure.deleteMany();
      await tx.metricValue.deleteMany();
      await tx.metricAlias.deleteMany();
      await tx.metricMechanism.deleteMany();
      await tx.metric.deleteMany();
      await tx.claimMechanism.deleteMany();
      await tx.claimLeader.deleteMany();
      await tx.claim.deleteMany();
      await tx.interpretationMechanism.deleteMany();
      await tx.interpretation.deleteMany();
      await tx.eventMechanism.deleteMany();
      await tx.event.deleteMany();
      await tx.assessmentInstitution.deleteMany();
      await tx.assessment.deleteMany();
      await tx.institutionMechanism.deleteMany();
      await tx.institutionSuccession.deleteMany();
      await tx.institution.deleteMany();
      await tx.mechanism.deleteMany();
      await tx.category.deleteMany();
      await tx.intensityLevel.deleteMany();
      await tx.relationTerm.deleteMany();
      await tx.tenureDating.deleteMany();
      await tx.leader.deleteMany();
      await tx.source.deleteMany();
      await tx.datasetInfo.deleteMany();

      await tx.source.createMany({
        data: d.sources.map((s, i) => ({
          id: i + 1,
          slug: s.slug,
          kind: toPrisma(PrismaSourceKind, s.kind),
          authors: s.authors,
          title: s.title,
          year: s.year,
          publisher: s.publisher ?? null,
          journal: s.journal ?? null,
          url: s.url ?? null,
          note: s.note ?? null,
        })),
      });
      await tx.leader.createMany({
        data: d.leaders.map((l, i) => ({
          id: i + 1,
          slug: l.slug,
          name: l.name,
          fullName: l.fullName,
          born: l.born,
          died: l.died,
          powerStart: l.powerStart,
          powerEnd: l.powerEnd,
          convention: l.convention,
          sortOrder: i,
        })),
      });
      await tx.tenureDating.createMany({ data: tenureRows });
      await tx.category.createMany({
        data: d.categories.map((c, i) => ({ id: i + 1, slug: c.slug, name: c.name, description: c.description, sortOrder: i })),
      });
      const categoryId = ids(d.categories);
      await tx.mechanism.createMany({
        data: d.mechanisms.map((m, i) => ({
          id: i + 1,
          slug: m.slug,
          name: m.name,
          description: m.description,
          sortOrder: i,
          categoryId: id(categoryId, m.category),
        })),
      });
      await tx.intensityLevel.createMany({ data: d.rubric.map(({ level, label, description }) => ({ level, label, description })) });
      await tx.relationTerm.createMany({
        data: d.relationTerms.map((t, i) => ({ relation: toPrisma(PrismaRelation, t.relation), description: t.description, sortOrder: i })),
      });
      await tx.institution.createMany({
        data: d.institutions.map((x, i) => ({
          id: i + 1,
          slug: x.slug,
          name: x.name,
          abbreviation: x.abbreviation ?? null,
          founded: x.founded,
          dissolved: x.dissolved ?? null,
          description: x.description,
          sortOrder: i,
        })),
      });
      await tx.institutionSuccession.createMany({
        data: d.institutions.flatMap((x) =>
          x.predecessors.map((p) => ({
            predecessorId: id(institutionId, p.slug),
            successorId: id(institutionId, x.slug),
            note: p.note ?? null,
          })),
        ),
      });
      await tx.institutionMechanism.createMany({
        data: d.institutions.flatMap((x) =>
          x.mechanisms.map((m) => ({ institutionId: id(institutionId, x.slug), mechanismId: id(mechanismId, m) })),
        ),
      });
      await tx.assessment.createMany({
        data: d.assessments.map((a, i) => ({
          id: i + 1,
          leaderId: id(leaderId, a.leader),
          mechanismId: id(mechanismId, a.mechanism),
          summary: a.summary,
          startYear: a.startYear ?? null,
          endYear: a.endYear ?? null,
          intensity: a.intensity,
          intensityRationale: a.intensityRationale,
          relation: toPrisma(PrismaRelation, a.relation),
        })),
      });
      await tx.assessmentInstitution.createMany({
        data: d.assessments.flatMap((a, i) =>
          a.institutions.map((slug) => ({ assessmentId: i + 1, institutionId: id(institutionId, slug) })),
        ),
      });
      await tx.event.createMany({
        data: d.events.map((e, i) => ({
          id: i + 1,
          slug: e.slug,
          date: e.date,
          precision: e.date.length === 10 ? "day" : e.date.length === 7 ? "month" : "year",
          sortDate: (e.date + "-01-01").slice(0, 10),
          year: Number(e.date.slice(0, 4)),
          oldStyleDate: e.oldStyleDate ?? null,
          title: e.title,
          description: e.description,
          leaderId: e.leader === null ? null : id(leaderId, e.leader),
          magnitudeLow: e.magnitude?.low ?? null,
          magnitudeBest: e.magnitude?.best ?? null,
          magnitudeHigh: e.magnitude?.high ?? null,
          magnitudeUnit: e.magnitude?.unit ?? null,
          magnitudeNote: e.magnitude?.note ?? null,
        })),
      });
      await tx.eventMechanism.createMany({
        data: d.events.flatMap((e, i) => e.mechanisms.map((m) => ({ eventId: i + 1, mechanismId: id(mechanismId, m) }))),
      });
      await tx.metric.createMany({
        data: d.metrics.map((m, i) => ({
          id: i + 1,
          slug: m.slug,
          name: m.name,
          unit: m.unit,
          definition: m.definition,
          caveats: m.caveats,
          additive: m.additive,
          sortOrder: i,
        })),
      });
      await tx.metricMechanism.createMany({
        data: d.metrics.flatMap((m, i) => m.mechanisms.map((s) => ({ metricId: i + 1, mechanismId: id(mechanismId, s) }))),
      });
      await tx.metricAlias.createMany({
        data: d.metrics.flatMap((m, i) => m.aliases.map((alias, order) => ({ alias, metricId: i + 1, sortOrder: order }))),
      });
      await tx.metricValue.createMany({
        data: d.metrics.flatMap((m, i) =>
          m.values.map((v) => ({
            metricId: i + 1,
            year: v.year,
            low: v.low ?? null,
            best: v.best,
            high: v.high ?? null,
            note: v.note ?? null,
            sourceId: id(sourceId, v.source),
            locator: v.locator ?? null,
            rangeSourceId: v.rangeSource === undefined ? null : id(sourceId, v.rangeSource),
            rangeLocator: v.rangeLocator ?? null,
          })),
        ),
      });
      await tx.figure.createMany({
        data: d.figures.map((f, i) => ({
          id: i + 1,
          slug: f.slug,
          title: f.title,
          unit: f.unit,
          startYear: f.startYear,
          endYear: f.endYear,
          description: f.description,
          sortOrder: i,
        })),
      });
      await tx.figureEstimate.createMany({
        data: d.figures.flatMap((f, i) =>
          f.estimates.map((e) => ({
            figureId: i + 1,
            attribution: e.attribution,
            low: e.low ?? null,
            best: e.best ?? null,
            high: e.high ?? null,
            note: e.note ?? null,
            sourceId: id(sourceId, e.source),
            locator: e.locator ?? null,
          })),
        ),
      });
      await tx.claim.createMany({
        data: d.claims.map((c, i) => ({
          id: i + 1,
          slug: c.slug,
          sortOrder: i,
          statement: c.statement,
          verdict: toPrisma(PrismaVerdict, c.verdict),
          explanation: c.explanation,
        })),
      });
      await tx.claimMechanism.createMany({
        data: d.claims.flatMap((c, i) => c.mechanisms.map((m) => ({ claimId: i + 1, mechanismId: id(mechanismId, m) }))),
      });
      await tx.claimLeader.createMany({
        data: d.claims.flatMap((c, i) => c.leaders.map((l) => ({ claimId: i + 1, leaderId: id(leaderId, l) }))),
      });
      await tx.interpretation.createMany({
        data: d.interpretations.map((x, i) => ({
          id: i + 1,
          slug: x.slug,
          historian: x.historian,
          work: x.work,
          year: x.year,
          position: toPrisma(PrismaPosition, x.position),
          summary: x.summary,
          sortOrder: i,
        })),
      });
      await tx.interpretationMechanism.createMany({
        data: d.interpretations.flatMap((x, i) =>
          x.mechanisms.map((m) => ({ interpretationId: i + 1, mechanismId: id(mechanismId, m) })),
        ),
      });
      await tx.argumentStep.createMany({
        data: d.argument.map((s, i) => ({
          id: i + 1,
          slug: s.slug,
          sortOrder: i,
          title: s.title,
          stance: toPrisma(PrismaArgumentStance, s.stance),
          essay: s.essay,
          evidence: s.evidence,
          dispute: s.dispute,
          view: s.view,
          display: toPrisma(PrismaArgumentDisplay, s.display),
        })),
      });
      await tx.argumentQuestion.createMany({
        data: d.argument.flatMap((s, i) => s.questions.map((text, q) => ({ stepId: i + 1, sortOrder: q, text }))),
      });
      const claimId = ids(d.claims);
      const interpretationId = ids(d.interpretations);
      await tx.argumentStepClaim.createMany({
        data: d.argument.flatMap((s, i) => s.claims.map((c) => ({ stepId: i + 1, claimId: id(claimId, c) }))),
      });
      await tx.argumentStepInterpretation.createMany({
        data: d.argument.flatMap((s, i) => s.interpretations.map((x) => ({ stepId: i + 1, interpretationId: id(interpretationId, x) }))),
      });
      await tx.changelogEntry.createMany({
        data: d.changelog.map((entry, i) => ({ id: i + 1, version: entry.version, date: entry.date, summary: entry.summary, sortOrder: i })),
      });
      await tx.changelogCorrection.createMany({
        data: corrections.map(({ entryId, order, change }, i) => ({
          id: i + 1,
          entryId,
          sortOrder: order,
          file: change.file,
          record: change.record,
          field: change.field,
          oldValue: JSON.stringify(change.old ?? null),
          newValue: JSON.stringify(change.new ?? null),
          reason: change.reason,
        })),
      });
      await tx.changelogAddition.createMany({
        data: additions.map(({ entryId, order, change }, i) => ({
          id: i + 1,
          entryId,
          sortOrder: order,
          summary: change.summary,
          files: JSON.stringify(change.files),
          records: JSON.stringify(change.records ?? []),
        })),
      });
      await tx.citation.createMany({ data: citations.map((c, i) => ({ id: i + 1, ...c })) });
      await tx.datasetInfo.create({
        data: { id: 1, version: d.info.version, contentHash: hash, title: d.info.title, citation: d.info.citation },
      });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
