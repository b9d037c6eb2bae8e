// The JSON API's records, described once in zod. The route handlers parse the catalog through
// these schemas (lib/api/dataset.ts), so every answer has exactly this shape, and the OpenAPI
// document's components are generated from them (lib/api/openapi.ts).
import { z } from "zod";
import { partialDate, slug } from "../dataset/schema";
import { datePrecisions, positions, relations, sourceKinds, verdicts } from "../dataset/vocabulary";
import { citingKinds } from "../sources/citingRecords";

/** Every schema registered here becomes a named component of the OpenAPI document. */
export const apiSchemas = z.registry<{ id: string }>();

/** Names a schema as an OpenAPI component; the description goes where z.toJSONSchema reads it. */
export function component<S extends z.ZodType>(id: string, description: string, schema: S): S {
  const described = schema.describe(description);
  apiSchemas.add(described, { id });
  return described;
}

const text = z.string();
const year = z.int();
const slugs = z.array(slug);

export const citationSchema = component(
  "Citation",
  "A source cited by a record, with the page, chapter or section when the record names one.",
  z.strictObject({
    source: slug.meta({ description: "The source's slug (see /sources/{slug})." }),
    locator: text.nullable(),
    note: text.optional(),
  }),
);
const sources = z.array(citationSchema);

export const datasetInfoSchema = component(
  "DatasetInfo",
  "Which version of the dataset the server holds, and how to cite it.",
  z.strictObject({ version: text, title: text, citation: text }),
);

export const leaderSchema = component(
  "Leader",
  "A leader with the dates this dataset uses for his time in power and the alternative datings.",
  z.strictObject({
    slug,
    name: text,
    fullName: text,
    born: partialDate,
    died: partialDate,
    powerStart: partialDate,
    powerEnd: partialDate,
    convention: text,
    tenureDatings: z.array(
      z.strictObject({ label: text, start: partialDate, end: partialDate, rationale: text, default: z.boolean(), sources }),
    ),
    sources,
  }),
);

export const categorySchema = component(
  "Category",
  "A group of mechanisms: tools of power, policy or goals.",
  z.strictObject({ slug, name: text, description: text }),
);

export const mechanismSchema = component(
  "Mechanism",
  "One way of holding or using power (censorship, the secret police, collectivisation…).",
  z.strictObject({ slug, name: text, description: text, category: slug }),
);

export const rubricLevelSchema = component(
  "RubricLevel",
  "One level of the written 0–5 intensity rubric.",
  z.strictObject({ level: z.int().min(0).max(5), label: text, description: text }),
);

export const assessmentSchema = component(
  "Assessment",
  "How one leader used one mechanism: a summary, the years, an intensity on the rubric and the relation to the other leader.",
  z.strictObject({
    leader: slug,
    mechanism: slug,
    summary: text,
    startYear: year.nullable(),
    endYear: year.nullable(),
    intensity: z.int().min(0).max(5),
    intensityRationale: text,
    relation: z.enum(relations),
    institutions: slugs,
    sources,
  }),
);

export const eventSchema = component(
  "Event",
  "A dated event, with the leader it belongs to (null for context events) and the mechanisms it illustrates.",
  z.strictObject({
    slug,
    date: partialDate.meta({ description: "Gregorian (new style) date, cut to its precision." }),
    precision: z.enum(datePrecisions),
    oldStyleDate: partialDate.nullable(),
    title: text,
    description: text,
    leader: slug.nullable(),
    mechanisms: slugs,
    magnitude: z
      .strictObject({
        low: z.number().nullable(),
        best: z.number().nullable(),
        high: z.number().nullable(),
        unit: text,
        note: text.nullable(),
      })
      .nullable(),
    sources,
  }),
);

export const institutionSchema = component(
  "Institution",
  "An institution with its dates, its predecessors and successors, and the mechanisms it served.",
  z.strictObject({
    slug,
    name: text,
    abbreviation: text.nullable(),
    founded: partialDate,
    dissolved: partialDate.nullable(),
    description: text,
    predecessors: z.array(z.strictObject({ slug, note: text.nullable() })),
    successors: slugs,
    mechanisms: slugs,
    sources,
  }),
);

export const metricValueSchema = component(
  "MetricValue",
  "One year of a series, with its range when the source gives one.",
  z.strictObject({
    year,
    low: z.number().nullable(),
    best: z.number(),
    high: z.number().nullable(),
    source: slug,
    locator: text.nullable(),
    note: text.nullable(),
  }),
);

const metricFields = {
  slug,
  name: text,
  unit: text,
  definition: text,
  caveats: text,
  additive: z.boolean().meta({ description: "Whether yearly values can be added up into a total." }),
  mechanisms: slugs,
  sources,
};

export const metricSchema = component(
  "Metric",
  "A yearly series with its values.",
  z.strictObject({ ...metricFields, values: z.array(metricValueSchema) }),
);

export const metricSummarySchema = component(
  "MetricSummary",
  "A yearly series without its values (get /metrics/{slug} for them).",
  z.strictObject({ ...metricFields, valueCount: z.int().min(0), firstYear: year.nullable(), lastYear: year.nullable() }),
);

export const figureSchema = component(
  "Figure",
  "A contested figure (famine deaths, executions…) with one estimate per author.",
  z.strictObject({
    slug,
    title: text,
    unit: text,
    startYear: year,
    endYear: year,
    description: text,
    estimates: z.array(
      z.strictObject({
        attribution: text,
        low: z.number().nullable(),
        best: z.number().nullable(),
        high: z.number().nullable(),
        source: slug,
        locator: text.nullable(),
        note: text.nullable(),
      }),
    ),
  }),
);

export const sourceSchema = component(
  "Source",
  "A work in the bibliography.",
  z.strictObject({
    slug,
    kind: z.enum(sourceKinds),
    authors: text,
    title: text,
    year,
    publisher: text.nullable(),
    journal: text.nullable(),
    url: text.nullable(),
    note: text.nullable(),
  }),
);

export const sourceDetailSchema = component(
  "SourceDetail",
  "A work in the bibliography and the records that cite it.",
  sourceSchema.extend({
    citedBy: z.array(
      z.strictObject({
        kind: z.enum(citingKinds),
        label: text,
        href: text.nullable().meta({ description: "The dashboard page showing the record, when it has one." }),
        locators: z.array(text),
      }),
    ),
  }),
);

export const claimSchema = component(
  "Claim",
  "A claim of the essay, with a verdict and the reasons.",
  z.strictObject({
    slug,
    statement: text,
    verdict: z.enum(verdicts),
    explanation: text,
    leaders: slugs,
    mechanisms: slugs,
    sources,
  }),
);

export const interpretationSchema = component(
  "Interpretation",
  "How a historian reads the continuity between the two leaders.",
  z.strictObject({
    slug,
    historian: text,
    work: text,
    year,
    position: z.enum(positions),
    summary: text,
    mechanisms: slugs,
    sources,
  }),
);

export const mechanismDetailSchema = component(
  "MechanismDetail",
  "A mechanism with each leader's assessment and the slugs of the records about it.",
  mechanismSchema.extend({
    assessments: z.array(assessmentSchema),
    events: slugs,
    institutions: slugs,
    metrics: slugs,
    claims: slugs,
    interpretations: slugs,
  }),
);

export const datasetSchema = component(
  "Dataset",
  "The whole dataset, as the dashboard reads it from its database.",
  z.strictObject({
    dataset: datasetInfoSchema,
    leaders: z.array(leaderSchema),
    categories: z.array(categorySchema),
    mechanisms: z.array(mechanismSchema),
    rubric: z.array(rubricLevelSchema),
    assessments: z.array(assessmentSchema),
    events: z.array(eventSchema),
    institutions: z.array(institutionSchema),
    metrics: z.array(metricSchema),
    figures: z.array(figureSchema),
    sources: z.array(sourceSchema),
    claims: z.array(claimSchema),
    interpretations: z.array(interpretationSchema),
  }),
);

export type ApiDataset = z.output<typeof datasetSchema>;
export type ApiCollection = Exclude<keyof ApiDataset, "dataset">;
export const collections = Object.keys(datasetSchema.shape).filter((k): k is ApiCollection => k !== "dataset");

export const parameterIssueSchema = component(
  "ParameterIssue",
  "One thing wrong with a request: the parameter and why.",
  z.strictObject({ parameter: text, reason: text }),
);

export const invalidParametersSchema = component(
  "InvalidParameters",
  "The request's parameters were not understood; each bad or unknown parameter is listed.",
  z.strictObject({ error: z.literal("invalid_parameters"), issues: z.array(parameterIssueSchema).min(1) }),
);

export const notFoundSchema = component(
  "NotFound",
  "No record or endpoint by that name.",
  z.strictObject({ error: z.literal("not_found"), issues: z.array(parameterIssueSchema).min(1) }),
);

export const unavailableSchema = component(
  "Unavailable",
  "The server cannot read its database right now.",
  z.strictObject({ error: z.literal("unavailable"), message: text }),
);

export type ParameterIssue = z.output<typeof parameterIssueSchema>;
export type InvalidParametersBody = z.output<typeof invalidParametersSchema>;
export type NotFoundBody = z.output<typeof notFoundSchema>;
export type UnavailableBody = z.output<typeof unavailableSchema>;
