// The JSON API's schemas. The dataset's records are the very schemas of lib/dataset/records.ts
// (the shape the data layer builds), registered here as named OpenAPI components; the route
// handlers parse the catalog through them (lib/api/dataset.ts), so every answer has exactly this
// shape. The API's own shapes (details, summaries, errors) are defined here.
import { z } from "zod";
import * as records from "../dataset/records";
import { slug } from "../dataset/schema";
import { citingKinds } from "../sources/citingRecords";

/** Every schema registered here becomes a named component of the OpenAPI document. */
export const apiSchemas = z.registry<{ id: string }>();

/** Names a schema as an OpenAPI component; the description goes where z.toJSONSchema reads it. */
export function component<S extends z.ZodType>(id: string, description: string, schema: S): S {
  const described = schema.describe(description);
  apiSchemas.add(described, { id });
  return described;
}

/** A dataset record's schema (lib/dataset/records.ts) as a named component, with its own description. */
function record<S extends z.ZodType>(id: string, schema: S): S {
  apiSchemas.add(schema, { id });
  return schema;
}

const text = z.string();
const year = z.int();
const slugs = z.array(slug);

export const citationSchema = record("Citation", records.citationRecord);
export const datasetInfoSchema = record("DatasetInfo", records.datasetInfoRecord);
export const leaderSchema = record("Leader", records.leaderRecord);
export const categorySchema = record("Category", records.categoryRecord);
export const mechanismSchema = record("Mechanism", records.mechanismRecord);
export const rubricLevelSchema = record("RubricLevel", records.rubricLevelRecord);
export const relationTermSchema = record("RelationTerm", records.relationTermRecord);
export const assessmentSchema = record("Assessment", records.assessmentRecord);
export const eventSchema = record("Event", records.eventRecord);
export const institutionSchema = record("Institution", records.institutionRecord);
export const metricValueSchema = record("MetricValue", records.metricValueRecord);
export const metricSchema = record("Metric", records.metricRecord);
export const figureSchema = record("Figure", records.figureRecord);
export const sourceSchema = record("Source", records.sourceRecord);
export const claimSchema = record("Claim", records.claimRecord);
export const interpretationSchema = record("Interpretation", records.interpretationRecord);
export const argumentStepSchema = record("ArgumentStep", records.argumentStepRecord);
export const changelogEntrySchema = record("ChangelogEntry", records.changelogEntryRecord);
export const datasetSchema = record("Dataset", records.datasetRecords);

export const metricSummarySchema = component(
  "MetricSummary",
  "A yearly series without its values (get /metrics/{slug} for them).",
  records.metricRecord
    .omit({ values: true })
    .extend({ valueCount: z.int().min(0), firstYear: year.nullable(), lastYear: year.nullable() }),
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
