// Zod schemas for the files under prisma/data/. They are the one definition of the dataset's
// file format: the loader, `npm run data:check`, the seed and the tests all go through them.
import { z } from "zod";
import { argumentDisplays, argumentStances, positions, relations, sourceKinds, verdicts } from "./vocabulary";

export { positions, relations, sourceKinds, verdicts, type Relation, type Verdict } from "./vocabulary";

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug (letters, digits, hyphens)");

/** A Gregorian date cut to its precision: yyyy-mm-dd, yyyy-mm or yyyy. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be yyyy-mm-dd, yyyy-mm or yyyy")
  .refine(isRealDate, "is not a real calendar date");

const fullDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be yyyy-mm-dd")
  .refine(isRealDate, "is not a real calendar date");

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y ?? 0, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const text = z.string().trim().min(1, "must not be empty");
const year = z.number().int().min(1800).max(2100);

/** A citation: a source slug, or a source slug with a locator (page, chapter, section). */
export const citation = z.union([
  slug.transform((source) => ({ source, locator: undefined, note: undefined })),
  z.strictObject({ source: slug, locator: text.optional(), note: text.optional() }),
]);
const citations = z.array(citation).min(1, "must cite at least one source");

/** low <= best <= high, each optional except where the caller requires it. */
function ordered<T extends { low?: number | null; best?: number | null; high?: number | null }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  const { low, best, high } = value;
  const pairs: [string, number | null | undefined, string, number | null | undefined][] = [
    ["low", low, "best", best],
    ["best", best, "high", high],
    ["low", low, "high", high],
  ];
  for (const [an, a, bn, b] of pairs) {
    if (a != null && b != null && a > b) {
      ctx.addIssue({ code: "custom", message: `${an} (${a}) is greater than ${bn} (${b})` });
    }
  }
}

export const datasetInfoSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version like 1.0.0"),
  title: text,
  citation: text,
});

export const sourceSchema = z.strictObject({
  slug,
  kind: z.enum(sourceKinds),
  authors: text,
  title: text,
  year,
  publisher: text.optional(),
  journal: text.optional(),
  url: z.url().optional(),
  note: text.optional(),
});

export const tenureDatingSchema = z.strictObject({
  label: text,
  start: partialDate,
  end: partialDate,
  rationale: text,
  default: z.boolean().optional(),
  sources: citations,
});

export const leaderSchema = z.strictObject({
  slug,
  name: text,
  fullName: text,
  born: fullDate,
  died: fullDate,
  powerStart: partialDate,
  powerEnd: partialDate,
  convention: text,
  tenureDatings: z.array(tenureDatingSchema).min(1),
  sources: citations,
});

export const mechanismSchema = z.strictObject({ slug, name: text, description: text });
export const categorySchema = z.strictObject({
  slug,
  name: text,
  description: text,
  mechanisms: z.array(mechanismSchema).min(1),
});

export const intensityLevelSchema = z.strictObject({
  level: z.number().int().min(0).max(5),
  label: text,
  description: text,
});

/** The rubric's definition of one relation word (what a leader did with what the regime before him left). */
export const relationTermSchema = z.strictObject({
  relation: z.enum(relations),
  description: text,
});

/** rubric.json: the 0–5 levels and the relation words, each defined once. */
export const rubricSchema = z.strictObject({
  levels: z.array(intensityLevelSchema),
  relations: z.array(relationTermSchema),
});

export const assessmentSchema = z
  .strictObject({
    leader: slug,
    mechanism: slug,
    summary: text,
    startYear: year.optional(),
    endYear: year.optional(),
    intensity: z.number().int().min(0).max(5),
    intensityRationale: text,
    relation: z.enum(relations),
    institutions: z.array(slug).default([]),
    sources: citations,
  })
  .refine((a) => a.startYear == null || a.endYear == null || a.startYear <= a.endYear, {
    message: "startYear is after endYear",
  });

export const magnitudeSchema = z
  .strictObject({
    low: z.number().nonnegative().optional(),
    best: z.number().nonnegative().optional(),
    high: z.number().nonnegative().optional(),
    unit: text,
    note: text.optional(),
  })
  .superRefine(ordered)
  .refine((m) => m.low != null || m.best != null || m.high != null, {
    message: "a magnitude needs at least one of low, best, high",
  });

export const eventSchema = z.strictObject({
  slug,
  date: partialDate,
  oldStyleDate: partialDate.optional(),
  title: text,
  description: text,
  leader: slug.nullable(),
  mechanisms: z.array(slug).min(1, "must belong to at least one mechanism"),
  magnitude: magnitudeSchema.optional(),
  sources: citations,
});

export const institutionSchema = z.strictObject({
  slug,
  name: text,
  abbreviation: text.optional(),
  founded: partialDate,
  dissolved: partialDate.optional(),
  description: text,
  predecessors: z
    .array(z.union([slug.transform((s) => ({ slug: s, note: undefined })), z.strictObject({ slug, note: text.optional() })]))
    .default([]),
  mechanisms: z.array(slug).default([]),
  sources: citations,
});

export const metricValueSchema = z
  .strictObject({
    year,
    low: z.number().optional(),
    best: z.number(),
    high: z.number().optional(),
    source: slug,
    locator: text.optional(),
    /** Where low/high (or the alternative figure in the note) come from a publication other than `source`. */
    rangeSource: slug.optional(),
    rangeLocator: text.optional(),
    note: text.optional(),
  })
  .superRefine(ordered)
  .refine((v) => v.rangeSource == null || v.low != null || v.high != null, {
    message: "rangeSource names where low/high come from: give low or high",
  })
  .refine((v) => v.rangeLocator == null || v.rangeSource != null, { message: "rangeLocator needs rangeSource" });

export const metricSchema = z.strictObject({
  slug,
  /** Earlier slugs of the series: links and API calls that use them still reach it. */
  aliases: z.array(slug).default([]),
  name: text,
  unit: text,
  definition: text,
  caveats: text,
  additive: z.boolean(),
  mechanisms: z.array(slug).default([]),
  sources: citations,
  values: z.array(metricValueSchema).default([]),
  /** Values read from a CSV file beside the metric's JSON (external reference data). */
  importCsv: z
    .strictObject({
      file: z.string().regex(/^[\w.-]+\.csv$/, "must be a .csv file name in the same folder"),
      yearColumn: text,
      valueColumn: text,
      source: slug,
      locator: text.optional(),
    })
    .optional(),
});

export const figureEstimateSchema = z
  .strictObject({
    attribution: text,
    low: z.number().nonnegative().optional(),
    best: z.number().nonnegative().optional(),
    high: z.number().nonnegative().optional(),
    source: slug,
    locator: text.optional(),
    note: text.optional(),
  })
  .superRefine(ordered)
  .refine((e) => e.low != null || e.best != null || e.high != null, {
    message: "an estimate needs at least one of low, best, high",
  });

export const figureSchema = z
  .strictObject({
    slug,
    title: text,
    unit: text,
    startYear: year,
    endYear: year,
    description: text,
    estimates: z.array(figureEstimateSchema).min(1),
  })
  .refine((f) => f.startYear <= f.endYear, { message: "startYear is after endYear" });

export const claimSchema = z.strictObject({
  slug,
  statement: text,
  verdict: z.enum(verdicts),
  explanation: text,
  leaders: z.array(slug).min(1),
  mechanisms: z.array(slug).min(1),
  sources: citations,
});

export const interpretationSchema = z.strictObject({
  slug,
  historian: text,
  work: text,
  year,
  position: z.enum(positions),
  summary: text,
  mechanisms: z.array(slug).default([]),
  sources: citations,
});

/**
 * One step of the guided argument (prisma/data/argument.json, in reading order). `view` is the
 * query string of the compare view the step shows; lib/dataset/argumentCheck.ts checks that the
 * dashboard reads all of it.
 */
export const argumentStepSchema = z.strictObject({
  // /argument/handout is the printable handout's page, so no step can have that address.
  slug: slug.refine((s) => s !== "handout", 'is the address of the handout (/argument/handout); choose another'),
  title: text,
  stance: z.enum(argumentStances),
  essay: text,
  evidence: text,
  dispute: text,
  view: z.string().regex(/^(\?.*)?$/, 'must be a query string starting with "?" (or empty for the default view)'),
  display: z.enum(argumentDisplays),
  claims: z.array(slug).min(1, "must name the essay's claims the step rests on"),
  interpretations: z.array(slug).min(1, "must name the historians' interpretations the step rests on"),
  questions: z.array(text).min(1, "must ask at least one question for discussion").max(2, "at most two questions"),
  sources: citations,
});

export type Citation = z.output<typeof citation>;
export type SourceRecord = z.output<typeof sourceSchema>;
export type LeaderRecord = z.output<typeof leaderSchema>;
export type CategoryRecord = z.output<typeof categorySchema>;
export type IntensityLevelRecord = z.output<typeof intensityLevelSchema>;
export type RelationTermRecord = z.output<typeof relationTermSchema>;
export type AssessmentRecord = z.output<typeof assessmentSchema>;
export type EventRecord = z.output<typeof eventSchema>;
export type InstitutionRecord = z.output<typeof institutionSchema>;
export type MetricRecord = z.output<typeof metricSchema>;
export type MetricValueRecord = z.output<typeof metricValueSchema>;
export type FigureRecord = z.output<typeof figureSchema>;
export type ClaimRecord = z.output<typeof claimSchema>;
export type InterpretationRecord = z.output<typeof interpretationSchema>;
export type ArgumentStepRecord = z.output<typeof argumentStepSchema>;
export type DatasetInfo = z.output<typeof datasetInfoSchema>;
