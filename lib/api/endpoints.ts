// Every endpoint of the JSON API in one list: its path, its parameters, the zod schema of its
// answer and how it answers from the dataset. The route handlers, the OpenAPI document and the
// /api page are all generated from this list, so they cannot drift apart.
import { z } from "zod";
import { buildCompareView, matchesText, selectedMechanisms } from "../compare/buildCompareView";
import { citingRecords } from "../sources/citingRecords";
import { defaultView } from "../url/compareUrl";
import { filtersSchema, type ApiFilters, type ApiParameterName } from "./parameters";
import {
  component,
  argumentStepSchema,
  changelogEntrySchema,
  assessmentSchema,
  claimSchema,
  collections,
  datasetSchema,
  eventSchema,
  figureSchema,
  institutionSchema,
  interpretationSchema,
  leaderSchema,
  mechanismDetailSchema,
  mechanismSchema,
  metricSchema,
  metricSummarySchema,
  sourceDetailSchema,
  sourceSchema,
  type ApiCollection,
  type ApiDataset,
} from "./schemas";

export const API_BASE = "/api/v1";

/** What the OpenAPI document and the /api page need to know about an endpoint. */
export type EndpointDoc = {
  operationId: string;
  /** Relative to API_BASE, with {slug} for detail endpoints. */
  path: string;
  summary: string;
  description: string;
  params: readonly ApiParameterName[];
  /** The kind of record {slug} names ("event"); null for endpoints without one. */
  resource: string | null;
  /** Whether answering needs the database (and so may answer 503). */
  needsDataset: boolean;
  response: z.ZodType;
  responseId: string;
  /** A request showing what the endpoint does, relative to API_BASE, with real slugs. */
  example: (dataset: ApiDataset) => string;
};

/** An endpoint answered from the dataset: the body, or null when {slug} names nothing (404). */
export type DataEndpoint = EndpointDoc & {
  answer: (dataset: ApiDataset, filters: ApiFilters, slug: string) => unknown;
};

const version = z.string().meta({ description: "The dataset's version." });
const count = z.int().min(0);
const pick = (filters: ApiFilters, names: readonly ApiParameterName[]) =>
  Object.fromEntries(names.map((name) => [name, filters[name]]));

function list<S extends z.ZodType>(def: {
  name: ApiCollection;
  id: string;
  item: S;
  summary: string;
  description: string;
  params: readonly ApiParameterName[];
  exampleQuery?: string;
  select: (dataset: ApiDataset, filters: ApiFilters) => z.output<S>[];
}): DataEndpoint {
  const responseId = `${def.id}List`;
  const response = component(
    responseId,
    `${def.summary}: the matching records in \`data\`; in \`meta\` how many matched, how many there are, and the filters applied.`,
    z.strictObject({
      data: z.array(def.item),
      meta: z.strictObject({
        version,
        count: count.meta({ description: "How many records matched." }),
        total: count.meta({ description: "How many records of this kind the dataset holds." }),
        filters: filtersSchema(def.params).meta({ description: "Every filter this endpoint takes, with the value applied." }),
      }),
    }),
  );
  return {
    operationId: `list${def.name[0]?.toUpperCase()}${def.name.slice(1)}`,
    path: `/${def.name}`,
    summary: def.summary,
    description: def.description,
    params: def.params,
    resource: null,
    needsDataset: true,
    response,
    responseId,
    example: () => `/${def.name}${def.exampleQuery ?? ""}`,
    answer: (dataset, filters) => {
      const data = def.select(dataset, filters);
      return {
        data,
        meta: { version: dataset.dataset.version, count: data.length, total: dataset[def.name].length, filters: pick(filters, def.params) },
      };
    },
  };
}

function detail<S extends z.ZodType>(def: {
  name: ApiCollection;
  id: string;
  resource: string;
  item: S;
  summary: string;
  description: string;
  find: (dataset: ApiDataset, slug: string) => z.output<S> | undefined;
  exampleSlug: (dataset: ApiDataset) => string | undefined;
}): DataEndpoint {
  const response = component(
    def.id,
    `${def.summary}, in \`data\`.`,
    z.strictObject({ data: def.item, meta: z.strictObject({ version }) }),
  );
  return {
    operationId: `get${def.id.replace(/Detail$/, "")}`,
    path: `/${def.name}/{slug}`,
    summary: def.summary,
    description: def.description,
    params: [],
    resource: def.resource,
    needsDataset: true,
    response,
    responseId: def.id,
    example: (dataset) => `/${def.name}/${def.exampleSlug(dataset) ?? "example"}`,
    answer: (dataset, _filters, slug) => {
      const data = def.find(dataset, slug);
      return data === undefined ? null : { data, meta: { version: dataset.dataset.version } };
    },
  };
}

/** Mechanisms chosen by `cat` and `m` as on the dashboard; null when neither narrows them. */
function mechanismFilter(dataset: ApiDataset, filters: ApiFilters): Set<string> | null {
  if (filters.cat === "all" && filters.m.length === 0) return null;
  return new Set(selectedMechanisms(dataset, filters).map((m) => m.slug));
}
const about = (wanted: Set<string> | null, mechanisms: readonly string[]) =>
  wanted === null || mechanisms.some((m) => wanted.has(m));
const year = (date: string) => Number(date.slice(0, 4));
const overlaps = (start: number, end: number, filters: ApiFilters) => start <= filters.to && end >= filters.from;

/** The dashboard's model for the filters: the same rows and events the compare page shows. */
function compareView(dataset: ApiDataset, filters: ApiFilters) {
  const { a, b, cat, m, from, to, q } = filters;
  return buildCompareView(dataset, { ...defaultView, a, b, cat, m, from, to, q });
}

const citedBy = new WeakMap<ApiDataset, ReturnType<typeof citingRecords>>();
function citingIndex(dataset: ApiDataset) {
  let index = citedBy.get(dataset);
  if (!index) citedBy.set(dataset, (index = citingRecords(dataset)));
  return index;
}

type Named = "leaders" | "events" | "institutions" | "metrics" | "sources" | "argument";
const bySlug =
  <K extends Named>(name: K) =>
  (dataset: ApiDataset, slug: string): ApiDataset[K][number] | undefined =>
    (dataset[name] as readonly ApiDataset[K][number][]).find((r) => r.slug === slug);
const first =
  <K extends Named>(name: K) =>
  (dataset: ApiDataset) =>
    dataset[name][0]?.slug;

const compareParams = ["a", "b", "cat", "m", "from", "to", "q"] as const;

export const dataEndpoints = {
  leaders: list({
    name: "leaders",
    id: "Leader",
    item: leaderSchema,
    summary: "The leaders",
    description: "Both leaders, with the dates this dataset uses for their time in power and the alternative datings.",
    params: [],
    select: (d) => d.leaders,
  }),
  leader: detail({
    name: "leaders",
    id: "LeaderDetail",
    resource: "leader",
    item: leaderSchema,
    summary: "One leader",
    description: "A leader by slug (`lenin`, `stalin`).",
    find: bySlug("leaders"),
    exampleSlug: first("leaders"),
  }),
  mechanisms: list({
    name: "mechanisms",
    id: "Mechanism",
    item: mechanismSchema,
    summary: "The mechanisms",
    description: "The mechanisms compared (tools of power, policies, goals), in the dashboard's order.",
    params: ["cat", "q"],
    exampleQuery: "?cat=tools-of-power",
    select: (d, f) => {
      const wanted = mechanismFilter(d, f);
      return d.mechanisms.filter((m) => about(wanted, [m.slug]) && matchesText(f.q, m.name, m.description));
    },
  }),
  mechanism: detail({
    name: "mechanisms",
    id: "MechanismDetail",
    resource: "mechanism",
    item: mechanismDetailSchema,
    summary: "One mechanism",
    description: "A mechanism with each leader's assessment and the slugs of the events, institutions, series, claims and interpretations about it.",
    find: (d, slug) => {
      const mechanism = d.mechanisms.find((m) => m.slug === slug);
      if (!mechanism) return undefined;
      const slugsOf = (records: readonly { slug: string; mechanisms: readonly string[] }[]) =>
        records.filter((r) => r.mechanisms.includes(slug)).map((r) => r.slug);
      return {
        ...mechanism,
        assessments: d.assessments.filter((a) => a.mechanism === slug),
        events: slugsOf(d.events),
        institutions: slugsOf(d.institutions),
        metrics: slugsOf(d.metrics),
        claims: slugsOf(d.claims),
        interpretations: slugsOf(d.interpretations),
      };
    },
    exampleSlug: (d) => (d.mechanisms.find((m) => m.slug === "secret-police") ?? d.mechanisms[0])?.slug,
  }),
  assessments: list({
    name: "assessments",
    id: "Assessment",
    item: assessmentSchema,
    summary: "The assessments",
    description:
      "How each leader used each mechanism: the records behind the dashboard's table. The filters work as on the dashboard: the same query string selects the same rows.",
    params: ["a", "b", "cat", "m", "q"],
    exampleQuery: "?m=secret-police,purges",
    select: (d, f) => {
      const shown = new Set<unknown>(compareView(d, f).rows.flatMap((r) => [r.a, r.b]));
      return d.assessments.filter((a) => shown.has(a));
    },
  }),
  events: list({
    name: "events",
    id: "Event",
    item: eventSchema,
    summary: "The events",
    description:
      "Dated events in date order: those of the two leaders compared and the context events that belong to neither. The filters work as on the dashboard: the same query string lists the same events.",
    params: compareParams,
    exampleQuery: "?m=secret-police&from=1918&to=1938",
    select: (d, f) => {
      const shown = new Set<unknown>(compareView(d, f).events);
      return d.events.filter((e) => shown.has(e));
    },
  }),
  event: detail({
    name: "events",
    id: "EventDetail",
    resource: "event",
    item: eventSchema,
    summary: "One event",
    description: "An event by slug.",
    find: bySlug("events"),
    exampleSlug: first("events"),
  }),
  institutions: list({
    name: "institutions",
    id: "Institution",
    item: institutionSchema,
    summary: "The institutions",
    description: "Institutions with their predecessors and successors. `from`/`to` keep those that existed at some time in the years.",
    params: ["cat", "m", "from", "to", "q"],
    exampleQuery: "?m=secret-police",
    select: (d, f) => {
      const wanted = mechanismFilter(d, f);
      return d.institutions.filter(
        (i) =>
          about(wanted, i.mechanisms) &&
          overlaps(year(i.founded), i.dissolved === null ? Infinity : year(i.dissolved), f) &&
          matchesText(f.q, i.name, i.abbreviation, i.description),
      );
    },
  }),
  institution: detail({
    name: "institutions",
    id: "InstitutionDetail",
    resource: "institution",
    item: institutionSchema,
    summary: "One institution",
    description: "An institution by slug.",
    find: bySlug("institutions"),
    exampleSlug: first("institutions"),
  }),
  metrics: list({
    name: "metrics",
    id: "MetricSummary",
    item: metricSummarySchema,
    summary: "The yearly series",
    description: "The yearly series without their values: how many there are and the years they cover. Get one series for its values.",
    params: ["cat", "m", "q"],
    exampleQuery: "?m=mass-terror",
    select: (d, f) => {
      const wanted = mechanismFilter(d, f);
      return d.metrics
        .filter((m) => about(wanted, m.mechanisms) && matchesText(f.q, m.name, m.definition))
        .map(({ values, ...metric }) => ({
          ...metric,
          valueCount: values.length,
          firstYear: values[0]?.year ?? null,
          lastYear: values.at(-1)?.year ?? null,
        }));
    },
  }),
  metric: detail({
    name: "metrics",
    id: "MetricDetail",
    resource: "series",
    item: metricSchema,
    summary: "One yearly series",
    description: "A yearly series with all its values, each with its source. An earlier slug of a renamed series (one of its `aliases`) answers as its slug does.",
    find: (d, slug) => d.metrics.find((m) => m.slug === slug || m.aliases.includes(slug)),
    exampleSlug: first("metrics"),
  }),
  figures: list({
    name: "figures",
    id: "Figure",
    item: figureSchema,
    summary: "The contested figures",
    description: "Contested figures (famine deaths, executions…) with every author's estimate. `from`/`to` keep the figures whose years overlap them.",
    params: ["from", "to", "q"],
    exampleQuery: "?from=1930&to=1939",
    select: (d, f) => d.figures.filter((x) => overlaps(x.startYear, x.endYear, f) && matchesText(f.q, x.title, x.description)),
  }),
  sources: list({
    name: "sources",
    id: "Source",
    item: sourceSchema,
    summary: "The sources",
    description: "The bibliography: scholarly works, primary documents, datasets, encyclopedias and essays.",
    params: ["kind", "q"],
    exampleQuery: "?kind=dataset",
    select: (d, f) =>
      d.sources.filter((s) => (f.kind === null || s.kind === f.kind) && matchesText(f.q, s.authors, s.title, s.note)),
  }),
  source: detail({
    name: "sources",
    id: "SourceDetail",
    resource: "source",
    item: sourceDetailSchema,
    summary: "One source",
    description: "A source and the records that cite it, with the pages or chapters cited.",
    find: (d, slug) => {
      const source = d.sources.find((s) => s.slug === slug);
      return source && { ...source, citedBy: citingIndex(d).get(slug) ?? [] };
    },
    exampleSlug: first("sources"),
  }),
  claims: list({
    name: "claims",
    id: "Claim",
    item: claimSchema,
    summary: "The essay's claims",
    description: "The essay's claims, each with a verdict. Filtered as on the essay page (`verdict`, `m`).",
    params: ["cat", "m", "verdict", "q"],
    exampleQuery: "?verdict=contradicted",
    select: (d, f) => {
      const wanted = mechanismFilter(d, f);
      return d.claims.filter(
        (c) =>
          about(wanted, c.mechanisms) && (f.verdict === null || c.verdict === f.verdict) && matchesText(f.q, c.statement, c.explanation),
      );
    },
  }),
  interpretations: list({
    name: "interpretations",
    id: "Interpretation",
    item: interpretationSchema,
    summary: "The historians' interpretations",
    description: "How historians read the continuity between the two leaders.",
    params: ["cat", "m", "q"],
    exampleQuery: "?m=mass-terror",
    select: (d, f) => {
      const wanted = mechanismFilter(d, f);
      return d.interpretations.filter(
        (i) => about(wanted, i.mechanisms) && matchesText(f.q, i.historian, i.work, i.summary),
      );
    },
  }),
  argument: list({
    name: "argument",
    id: "ArgumentStep",
    item: argumentStepSchema,
    summary: "The guided argument",
    description:
      "The steps of the guided path through the continuity debate (/argument), in reading order: what the essay claims, what the evidence shows, what historians dispute, the compare view each step shows (`view`, a query string for `/`), questions for discussion and sources.",
    params: ["cat", "m", "q"],
    exampleQuery: "?m=secret-police",
    select: (d, f) => {
      // A step is about the mechanisms its view selects (every mechanism when it selects none).
      const wanted = mechanismFilter(d, f);
      return d.argument.filter((s) => {
        const view = new URLSearchParams(s.view);
        const about = (view.get("m") ?? "").split(",").filter(Boolean);
        const matches = wanted === null || about.length === 0 || about.some((m) => wanted.has(m));
        return matches && matchesText(f.q, s.title, s.essay, s.evidence, s.dispute);
      });
    },
  }),
  argumentStep: detail({
    name: "argument",
    id: "ArgumentStepDetail",
    resource: "argument step",
    item: argumentStepSchema,
    summary: "One step of the guided argument",
    description: "A step of the guided argument by slug.",
    find: bySlug("argument"),
    exampleSlug: first("argument"),
  }),
  changelog: list({
    name: "changelog",
    id: "ChangelogEntry",
    item: changelogEntrySchema,
    summary: "What changed between versions",
    description: "The dataset's versions, newest first, each with every correction (record, field, old and new value, reason, sources) and what was added.",
    params: [],
    select: (d) => d.changelog,
  }),
  dataset: {
    operationId: "getDataset",
    path: "/dataset",
    summary: "The whole dataset",
    description: "Everything the dashboard shows, in one document: the same data as every other endpoint together.",
    params: [],
    resource: null,
    needsDataset: true,
    responseId: "DatasetDocument",
    response: component(
      "DatasetDocument",
      "The whole dataset in `data`; in `meta` its version and how many records of each kind it holds.",
      z.strictObject({
        data: datasetSchema,
        meta: z.strictObject({ version, counts: z.strictObject(Object.fromEntries(collections.map((c) => [c, count]))) }),
      }),
    ),
    example: () => "/dataset",
    answer: (d) => ({
      data: d,
      meta: { version: d.dataset.version, counts: Object.fromEntries(collections.map((c) => [c, d[c].length])) },
    }),
  },
} satisfies Record<string, DataEndpoint>;

export const openApiDocumentSchema = component(
  "OpenApiDocument",
  "This document: the API described in OpenAPI 3.1.",
  z.looseObject({
    openapi: z.literal("3.1.0"),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    servers: z.array(z.looseObject({ url: z.string() })),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
    components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
  }),
);

export const openApiEndpoint: EndpointDoc = {
  operationId: "getOpenApiDocument",
  path: "/openapi.json",
  summary: "This API, described in OpenAPI 3.1",
  description: "The OpenAPI 3.1 document of this API, generated from the zod schemas the server validates its answers with.",
  params: [],
  resource: null,
  needsDataset: false,
  response: openApiDocumentSchema,
  responseId: "OpenApiDocument",
  example: () => "/openapi.json",
};

/** Every endpoint, in the order the documentation lists them. */
export const endpoints: readonly EndpointDoc[] = [...Object.values(dataEndpoints), openApiEndpoint];
