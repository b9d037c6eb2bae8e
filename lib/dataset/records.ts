// The dataset's records as the app reads them back from the database: one zod schema per record,
// with a description of every field. Everything downstream is typed from these: the data layer's
// export (lib/queries/datasetExport.ts builds each record with its type, so a field it adds or
// forgets fails the typecheck), the JSON API (lib/api/schemas.ts registers these very schemas as
// the OpenAPI components and checks answers against them), and the dataset zip (its columns are
// declared per field of these types, lib/export/datasetZip.ts). The files' own format, with its
// shorthands, is lib/dataset/schema.ts; the database's is prisma/schema.prisma.
import { z } from "zod";
import { partialDate, slug } from "./schema";
import { argumentDisplays, argumentStances, datePrecisions, positions, relations, sourceKinds, verdicts } from "./vocabulary";

const text = (description: string) => z.string().meta({ description });
const int = (description: string) => z.int().meta({ description });
const slugOf = (description: string) => slug.meta({ description });
const slugs = (description: string) => z.array(slug).meta({ description });
const date = (description: string) => partialDate.meta({ description });
const nullable = <S extends z.ZodType>(schema: S, description: string) => schema.nullable().meta({ description });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z.enum(values).meta({ description: `${description}: ${values.join(", ")}.` });

export const citationRecord = z
  .strictObject({
    source: slugOf("The source's slug (sources.slug; see /sources/{slug})."),
    locator: nullable(z.string(), "Where in the source: page, table, chapter, section or document number."),
    note: z.string().optional().meta({ description: "Note on the citation." }),
  })
  .meta({ description: "A source cited by a record, with the page, chapter or section when the record names one." });
const sources = z.array(citationRecord).meta({ description: "The sources the record rests on." });

export const datasetInfoRecord = z
  .strictObject({
    version: text("The dataset's version (semantic versioning)."),
    title: text("The dataset's title."),
    citation: text("How to cite the dataset."),
  })
  .meta({ description: "Which version of the dataset this is, and how to cite it." });

export const tenureDatingRecord = z
  .strictObject({
    label: text("Name of the dating; with the leader it identifies the record."),
    start: date("Start of the time in power under this dating."),
    end: date("End of the time in power under this dating."),
    rationale: text("Why this dating is argued for."),
    default: z.boolean().meta({ description: "Whether the dashboard uses this dating." }),
    sources,
  })
  .meta({ description: "One way of dating a leader's time in power." });

export const leaderRecord = z
  .strictObject({
    slug: slugOf("Identifier of the leader, used in other records."),
    name: text("Short name."),
    fullName: text("Full name."),
    born: date("Date of birth (Gregorian)."),
    died: date("Date of death (Gregorian)."),
    powerStart: date("Start of the time in power under the dashboard's default dating."),
    powerEnd: date("End of the time in power under the dashboard's default dating."),
    convention: text("Why these dates were chosen, and how records near the edges are attributed."),
    tenureDatings: z.array(tenureDatingRecord).meta({ description: "Alternative datings of the time in power." }),
    sources,
  })
  .meta({ description: "A leader with the dates this dataset uses for his time in power and the alternative datings." });

export const categoryRecord = z
  .strictObject({
    slug: slugOf("Identifier of the category."),
    name: text("Name."),
    description: text("What the category covers."),
  })
  .meta({ description: "A group of mechanisms: tools of power, policy or goals." });

export const mechanismRecord = z
  .strictObject({
    slug: slugOf("Identifier of the mechanism, used in other records."),
    name: text("Name."),
    description: text("What the mechanism is."),
    category: slugOf("Category (categories.slug)."),
  })
  .meta({ description: "One way of holding or using power (censorship, the secret police, collectivisation…)." });

export const rubricLevelRecord = z
  .strictObject({
    level: z.int().min(0).max(5).meta({ description: "Score from 0 (absent) to 5 (extreme)." }),
    label: text("Short name of the level."),
    description: text("What a mechanism must show to score this level."),
  })
  .meta({ description: "One level of the written 0–5 intensity rubric." });

export const relationTermRecord = z
  .strictObject({
    relation: oneOf(relations, "The relation word"),
    description: text("What the word means, as the rubric defines it."),
  })
  .meta({ description: "One relation word of the rubric: what a leader did with what the regime before him left." });

export const assessmentRecord = z
  .strictObject({
    leader: slugOf("Leader (leaders.slug)."),
    mechanism: slugOf("Mechanism (mechanisms.slug)."),
    summary: text("Summary of the evidence."),
    startYear: nullable(z.int(), "First year the assessment covers; null if not given."),
    endYear: nullable(z.int(), "Last year the assessment covers; null if not given."),
    intensity: z.int().min(0).max(5).meta({ description: "Score on the 0–5 rubric (rubric level)." }),
    intensityRationale: text("Why the score was given."),
    relation: oneOf(relations, "What this leader did with the mechanism, against what the regime before him left (defined in the rubric)"),
    institutions: slugs("Institutions involved (institutions.slug)."),
    sources,
  })
  .meta({ description: "How one leader used one mechanism: a summary, the years, an intensity on the rubric and the relation to the regime before him." });

export const magnitudeRecord = z
  .strictObject({
    low: nullable(z.number(), "Lowest estimate; null if not given."),
    best: nullable(z.number(), "Best estimate; null if not given."),
    high: nullable(z.number(), "Highest estimate; null if not given."),
    unit: text("What the magnitude counts (e.g. people executed)."),
    note: nullable(z.string(), "Whose figure is whose, and why they differ."),
  })
  .meta({ description: "The size of an event, as a range of estimates." });

export const eventRecord = z
  .strictObject({
    slug: slugOf("Identifier of the event."),
    date: date("Gregorian (new-style) date, cut to its precision: yyyy-mm-dd, yyyy-mm or yyyy."),
    precision: oneOf(datePrecisions, "How precisely the date is known"),
    oldStyleDate: nullable(partialDate, "Julian (old-style) date, for events before February 1918; null otherwise."),
    title: text("Short title."),
    description: text("What happened."),
    leader: nullable(slug, "Leader the event is attributed to (leaders.slug); null for neither (context, or the collective leadership of 1923)."),
    mechanisms: slugs("Mechanisms the event belongs to (mechanisms.slug)."),
    magnitude: nullable(magnitudeRecord, "The event's size, when it has one."),
    sources,
  })
  .meta({ description: "A dated event, with the leader it belongs to (null for context events) and the mechanisms it illustrates." });

export const predecessorRecord = z
  .strictObject({
    slug: slugOf("The institution it succeeded (institutions.slug)."),
    note: nullable(z.string(), "How the one became the other."),
  })
  .meta({ description: "An institution this one succeeded." });

export const institutionRecord = z
  .strictObject({
    slug: slugOf("Identifier of the institution."),
    name: text("Full name."),
    abbreviation: nullable(z.string(), "Usual abbreviation; null if none."),
    founded: date("Date founded (yyyy-mm-dd, yyyy-mm or yyyy)."),
    dissolved: nullable(partialDate, "Date dissolved or renamed; null if it outlived the period."),
    description: text("What it did."),
    predecessors: z.array(predecessorRecord).meta({ description: "The institutions it succeeded." }),
    successors: slugs("The institutions that succeeded it (institutions.slug)."),
    mechanisms: slugs("Mechanisms it served (mechanisms.slug)."),
    sources,
  })
  .meta({ description: "An institution with its dates, its predecessors and successors, and the mechanisms it served." });

export const metricValueRecord = z
  .strictObject({
    year: int("Calendar year."),
    low: nullable(z.number(), "Lowest estimate; null if only a best value is given."),
    best: z.number().meta({ description: "Best estimate." }),
    high: nullable(z.number(), "Highest estimate; null if only a best value is given."),
    source: slugOf("Source of the value (sources.slug)."),
    locator: nullable(z.string(), "Where in the source (page, table, variable)."),
    rangeSource: nullable(slug, "Source of low/high (or of the alternative figure in the note) when it is not the source of best (sources.slug); null otherwise."),
    rangeLocator: nullable(z.string(), "Where in rangeSource the low/high figure is."),
    note: nullable(z.string(), "Note on the value."),
  })
  .meta({ description: "One year of a series, with its range when the source gives one." });

export const metricRecord = z
  .strictObject({
    slug: slugOf("Identifier of the series."),
    aliases: slugs("Earlier identifiers of the series; /api/v1/metrics/{alias} and ?series={alias} still reach it."),
    name: text("Name."),
    unit: text("Unit of the values."),
    definition: text("What is measured."),
    caveats: text("Limits of the data."),
    additive: z.boolean().meta({ description: "Whether yearly values can be added up into a total over a tenure." }),
    mechanisms: slugs("Mechanisms the series bears on (mechanisms.slug)."),
    sources,
    values: z.array(metricValueRecord).meta({ description: "The values, one per year." }),
  })
  .meta({ description: "A yearly series with its values." });

export const figureEstimateRecord = z
  .strictObject({
    attribution: text("Who gives the estimate."),
    low: nullable(z.number(), "Lowest value; null if not given."),
    best: nullable(z.number(), "Best value; null if not given."),
    high: nullable(z.number(), "Highest value; null if not given."),
    source: slugOf("Source (sources.slug)."),
    locator: nullable(z.string(), "Where in the source."),
    note: nullable(z.string(), "Note on the estimate."),
  })
  .meta({ description: "One author's estimate of a contested figure." });

export const figureRecord = z
  .strictObject({
    slug: slugOf("Identifier of the figure."),
    title: text("What is counted."),
    unit: text("Unit of the estimates."),
    startYear: int("First year covered."),
    endYear: int("Last year covered."),
    description: text("Why the figure is contested."),
    estimates: z.array(figureEstimateRecord).meta({ description: "The competing estimates, one per author." }),
  })
  .meta({ description: "A contested figure (famine deaths, executions…) with one estimate per author." });

export const sourceRecord = z
  .strictObject({
    slug: slugOf("Identifier of the source, used in citations."),
    kind: oneOf(sourceKinds, "Kind of work"),
    authors: text("Authors or editors as on the title page."),
    title: text("Title."),
    year: int("Year of publication (of the edition cited)."),
    publisher: nullable(z.string(), "Publisher; null for articles."),
    journal: nullable(z.string(), "Journal, for articles."),
    url: nullable(z.string(), "Where to find it online, if anywhere."),
    note: nullable(z.string(), "Note on the source."),
  })
  .meta({ description: "A work in the bibliography." });

export const claimRecord = z
  .strictObject({
    slug: slugOf("Identifier of the claim."),
    statement: text("The essay's claim, paraphrased."),
    verdict: oneOf(verdicts, "How well the evidence bears the claim out"),
    explanation: text("Why, with reference to the evidence."),
    leaders: slugs("Leaders the claim is about (leaders.slug)."),
    mechanisms: slugs("Mechanisms the claim is about (mechanisms.slug)."),
    sources,
  })
  .meta({ description: "A claim of the essay, with a verdict and the reasons." });

export const interpretationRecord = z
  .strictObject({
    slug: slugOf("Identifier of the interpretation."),
    historian: text("Historian (or school)."),
    work: text("The work that states the position."),
    year: int("Year of the work."),
    position: oneOf(positions, "The historian's position on continuity between the two leaders"),
    summary: text("The argument in brief."),
    mechanisms: slugs("Mechanisms it bears on (mechanisms.slug)."),
    sources,
  })
  .meta({ description: "How a historian reads the continuity between the two leaders." });

export const argumentStepRecord = z
  .strictObject({
    slug: slugOf("Identifier of the step; its page is /argument/{slug}."),
    title: text("The step's title."),
    stance: oneOf(argumentStances, "Which side of the continuity debate the step makes the case for"),
    essay: text("What the essay claims at this point, paraphrased."),
    evidence: text("What the evidence in the dataset shows."),
    dispute: text("What historians still dispute."),
    view: text('The compare view the step shows, as the query string of its address ("?m=secret-police"); "" for the default view.'),
    display: oneOf(argumentDisplays, "What of that view the step shows"),
    claims: slugs("The essay's claims the step rests on (claims.slug)."),
    interpretations: slugs("The historians' interpretations it draws on (interpretations.slug)."),
    questions: z.array(z.string()).meta({ description: "Questions for discussion, for classroom use." }),
    sources,
  })
  .meta({ description: "One step of the guided path through the continuity debate, in reading order." });

/** A value as a correction records it: whatever JSON the field held (a number, a text, a list, an object). */
const fieldValue = (description: string) =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.unknown()), z.record(z.string(), z.unknown())]).meta({ description });

export const changelogCorrectionRecord = z
  .strictObject({
    file: text("The data file the record is in, relative to prisma/data/."),
    record: text('The record corrected: its slug, or "leader/mechanism" for an assessment.'),
    field: text('The field corrected, as a path into the record ("values[1924].best", "magnitude.note").'),
    old: fieldValue("The value before the correction (null if there was none)."),
    new: fieldValue("The value after the correction (null if it was withdrawn)."),
    reason: text("Why the value changed."),
    sources,
  })
  .meta({ description: "A correction: which record and field moved, from what to what, and why." });

export const changelogAdditionRecord = z
  .strictObject({
    summary: text("What was added, summarised by kind."),
    files: z.array(z.string()).meta({ description: "The data files the records went into, relative to prisma/data/." }),
    records: z.array(z.string()).meta({ description: "The slugs added, when few enough to list; empty otherwise." }),
  })
  .meta({ description: "Records added in a version, summarised by kind." });

export const changelogEntryRecord = z
  .strictObject({
    version: text("The dataset's version."),
    date: date("When the version was released (yyyy-mm-dd)."),
    summary: text("What the version changed, in a sentence or two."),
    corrections: z.array(changelogCorrectionRecord).meta({ description: "Every correction since the version before." }),
    additions: z.array(changelogAdditionRecord).meta({ description: "What was added since the version before, by kind." }),
  })
  .meta({ description: "One version of the dataset and what changed since the one before it." });

export const datasetRecords = z
  .strictObject({
    dataset: datasetInfoRecord,
    leaders: z.array(leaderRecord),
    categories: z.array(categoryRecord),
    mechanisms: z.array(mechanismRecord),
    rubric: z.array(rubricLevelRecord),
    relationTerms: z.array(relationTermRecord),
    assessments: z.array(assessmentRecord),
    events: z.array(eventRecord),
    institutions: z.array(institutionRecord),
    metrics: z.array(metricRecord),
    figures: z.array(figureRecord),
    sources: z.array(sourceRecord),
    claims: z.array(claimRecord),
    interpretations: z.array(interpretationRecord),
    argument: z.array(argumentStepRecord),
    changelog: z.array(changelogEntryRecord),
  })
  .meta({ description: "The whole dataset, as the dashboard reads it from its database." });

export type CitationRef = z.output<typeof citationRecord>;
export type CatalogDatasetInfo = z.output<typeof datasetInfoRecord>;
export type CatalogTenureDating = z.output<typeof tenureDatingRecord>;
export type CatalogLeader = z.output<typeof leaderRecord>;
export type CatalogCategory = z.output<typeof categoryRecord>;
export type CatalogMechanism = z.output<typeof mechanismRecord>;
export type CatalogRubricLevel = z.output<typeof rubricLevelRecord>;
export type CatalogRelationTerm = z.output<typeof relationTermRecord>;
export type CatalogAssessment = z.output<typeof assessmentRecord>;
export type CatalogMagnitude = z.output<typeof magnitudeRecord>;
export type CatalogEvent = z.output<typeof eventRecord>;
export type CatalogPredecessor = z.output<typeof predecessorRecord>;
export type CatalogInstitution = z.output<typeof institutionRecord>;
export type CatalogMetricValue = z.output<typeof metricValueRecord>;
export type CatalogMetric = z.output<typeof metricRecord>;
export type CatalogFigureEstimate = z.output<typeof figureEstimateRecord>;
export type CatalogFigure = z.output<typeof figureRecord>;
export type CatalogSource = z.output<typeof sourceRecord>;
export type CatalogClaim = z.output<typeof claimRecord>;
export type CatalogInterpretation = z.output<typeof interpretationRecord>;
export type CatalogArgumentStep = z.output<typeof argumentStepRecord>;
export type CatalogChangelogEntry = z.output<typeof changelogEntryRecord>;
/** The whole dataset as the app reads it: the data layer's export, the catalog, the API's /dataset. */
export type Catalog = z.output<typeof datasetRecords>;
