// The whole dataset as a zip: one CSV per table, described by a Frictionless Data Package
// (datapackage.json, lib/export/dataPackage.ts), how to cite it (README.md, CITATION.cff) and its
// bibliography for reference managers (sources.bib, .ris, .json). The tables are the records of
// lib/dataset/records.ts: every field of a record is either a column (its description taken from
// the record's schema), several columns, or left out with a reason (columnsOf demands one of the
// three for each field, so a new field fails the typecheck until the zip says what to do with it).
import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import type { z } from "zod";
import * as records from "../dataset/records";
import type { Catalog } from "../queries/catalog";
import { bibliographyFile, bibliographyFileNames, bibliographyFiles } from "../sources/bibliographyFiles";
import { formatReferences } from "../sources/formatReferences";
import { groupSources } from "../sources/groupSources";
import { citationCff } from "./citationCff";
import { dataPackage } from "./dataPackage";
import { datasetFileStem } from "./fileNames";

/** "list" cells hold several values separated by "; " (slugs unless the description says otherwise). */
export type ColumnType = "string" | "integer" | "number" | "boolean" | "date" | "list";
type Cell = string | number | boolean | null | undefined | readonly string[];

/** `required`: every row has a value (an empty cell is no value). */
type Column<T> = { name: string; type: ColumnType; description: string; required: boolean; value: (row: T) => Cell };
export type ColumnMetadata = Omit<Column<never>, "value">;
/** Columns whose values are values of another table's columns (its file without .csv). */
export type ForeignKey = { fields: string[]; table: string; references: string[] };
/** The columns that identify a row, and the columns that point into other tables. */
export type TableKeys = { primaryKey?: string[]; foreignKeys?: ForeignKey[] };

export type Table = { file: string; description: string; columns: ColumnMetadata[]; cells: Cell[][] } & TableKeys;

function table<T>(file: string, description: string, rows: readonly T[], columns: Column<T>[], keys: TableKeys = {}): Table {
  return {
    file,
    description,
    columns: columns.map(({ name, type, description, required }) => ({ name, type, description, required })),
    cells: rows.map((row) => columns.map((c) => c.value(row))),
    ...keys,
  };
}

const col = <T,>(name: string, type: ColumnType, description: string, value: (row: T) => Cell, { required = false } = {}): Column<T> => ({
  name,
  type,
  description,
  required,
  value,
});
/** `fields` hold values of `table`'s `references` (its slug unless said otherwise). */
const ref = (fields: string | string[], table: string, references: string | string[] = "slug"): ForeignKey => ({
  fields: [fields].flat(),
  table,
  references: [references].flat(),
});
const bySlug = { primaryKey: ["slug"] };

/** What the zip does with one field of a record: a column of this type, these columns, or nothing (and why). */
type FieldSpec<T> = ColumnType | Column<T>[] | { omit: string };
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The columns of a record's table, in the order of `spec`, which must say what happens to every
 * field of the record. A plain column takes the field's snake_case name and the description its
 * schema gives, and is required unless the schema lets the field be null (lists never are: a list
 * may be empty).
 */
export function columnsOf<T>(schema: z.ZodObject, spec: { [K in keyof T]-?: FieldSpec<T> }): Column<T>[] {
  return (Object.entries(spec) as [keyof T & string, FieldSpec<T>][]).flatMap(([key, field]) => {
    if (Array.isArray(field)) return field;
    if (typeof field === "object") return [];
    const shape = schema.shape[key];
    const description = shape?.description;
    if (!shape || !description) throw new Error(`records: the field ${key} has no description`);
    const required = field !== "list" && !shape.safeParse(null).success && !shape.safeParse(undefined).success;
    return [col<T>(snake(key), field, description, (row) => row[key] as Cell, { required })];
  });
}

const parent = <T,>(name: string, description: string, value: (row: T) => string): Column<T> => col<T>(name, "string", description, value, { required: true });

type Citing = { sources: readonly { source: string; locator: string | null; note?: string | null }[] };
const inCitations = { omit: "one row per citation in citations.csv" } as const;

/** The tables of the zip, in the order they are listed in the README and metadata. */
export function datasetTables(catalog: Catalog): Table[] {
  const { leaders, categories, mechanisms, rubric, assessments, events, institutions, metrics, figures, sources, claims, interpretations, argument, changelog } = catalog;

  const citations: { table: string; record: string; source: string; locator: string | null; note: string | null }[] = [];
  const cite = (tableName: string, record: string, row: Citing) => {
    for (const c of row.sources) citations.push({ table: tableName, record, source: c.source, locator: c.locator, note: c.note ?? null });
  };
  for (const l of leaders) {
    cite("leaders", l.slug, l);
    for (const t of l.tenureDatings) cite("tenure_datings", `${l.slug}/${t.label}`, t);
  }
  for (const a of assessments) cite("assessments", `${a.leader}/${a.mechanism}`, a);
  for (const e of events) cite("events", e.slug, e);
  for (const i of institutions) cite("institutions", i.slug, i);
  for (const m of metrics) cite("metrics", m.slug, m);
  for (const c of claims) cite("claims", c.slug, c);
  for (const i of interpretations) cite("interpretations", i.slug, i);
  for (const s of argument) cite("argument_steps", s.slug, s);
  for (const e of changelog) for (const c of e.corrections) cite("changelog_corrections", `${e.version}/${c.record}/${c.field}`, c);

  type Leader = Catalog["leaders"][number];
  type Tenure = Leader["tenureDatings"][number] & { leader: string };
  type Event = Catalog["events"][number];
  type Institution = Catalog["institutions"][number];
  type Metric = Catalog["metrics"][number];
  type MetricValue = Metric["values"][number] & { metric: string; unit: string };
  type Figure = Catalog["figures"][number];
  type Estimate = Figure["estimates"][number] & { figure: string; unit: string };
  type Lineage = Institution["predecessors"][number] & { institution: string };
  type Citation = (typeof citations)[number];
  type Correction = Catalog["changelog"][number]["corrections"][number] & { version: string };
  type Addition = Catalog["changelog"][number]["additions"][number] & { version: string };
  const asJson = (value: unknown) => (value === null ? null : JSON.stringify(value));
  const magnitude = (field: keyof NonNullable<Event["magnitude"]>, type: ColumnType) => {
    const description = records.magnitudeRecord.shape[field].description ?? field;
    return col<Event>(`magnitude_${field}`, type, `The event's size: ${description.charAt(0).toLowerCase()}${description.slice(1)}`, (e) => e.magnitude?.[field]);
  };

  // One entry per collection of the catalog, so a new collection fails the typecheck until the
  // zip says which tables hold it; citations.csv, which gathers every record's sources, comes last.
  const byCollection: { [K in keyof Catalog]-?: Table[] } = {
    dataset: [], // README.md, datapackage.json and CITATION.cff
    leaders: [
      table(
        "leaders.csv",
        "The leaders compared, with the dates of their time in power used by the dashboard.",
        leaders,
        columnsOf<Leader>(records.leaderRecord, {
          slug: "string",
          name: "string",
          fullName: "string",
          born: "date",
          died: "date",
          powerStart: "date",
          powerEnd: "date",
          convention: "string",
          tenureDatings: { omit: "one row per dating in tenure_datings.csv" },
          sources: inCitations,
        }),
        bySlug,
      ),
      table(
        "tenure_datings.csv",
        "Alternative datings of each leader's time in power, with their rationale.",
        leaders.flatMap((l) => l.tenureDatings.map((t) => ({ ...t, leader: l.slug }))),
        [
          parent<Tenure>("leader", "Leader (leaders.slug).", (t) => t.leader),
          ...columnsOf<Tenure>(records.tenureDatingRecord, {
            leader: { omit: "the first column" },
            label: "string",
            start: "date",
            end: "date",
            rationale: "string",
            default: [col<Tenure>("is_default", "boolean", "Whether the dashboard uses this dating.", (t) => t.default, { required: true })],
            sources: inCitations,
          }),
        ],
        { foreignKeys: [ref("leader", "leaders")] },
      ),
    ],
    categories: [
      table(
        "categories.csv",
        "The groups the mechanisms fall into (tools of power, policies, goals).",
        categories,
        columnsOf<Catalog["categories"][number]>(records.categoryRecord, { slug: "string", name: "string", description: "string" }),
        bySlug,
      ),
    ],
    mechanisms: [
      table(
        "mechanisms.csv",
        "The tools of power, policies and goals the leaders are compared on.",
        mechanisms,
        columnsOf<Catalog["mechanisms"][number]>(records.mechanismRecord, { slug: "string", name: "string", category: "string", description: "string" }),
        { ...bySlug, foreignKeys: [ref("category", "categories")] },
      ),
    ],
    rubric: [
      table(
        "intensity_levels.csv",
        "The written 0–5 rubric the intensity scores follow.",
        rubric,
        columnsOf<Catalog["rubric"][number]>(records.rubricLevelRecord, { level: "integer", label: "string", description: "string" }),
        { primaryKey: ["level"] },
      ),
    ],
    relationTerms: [
      table(
        "relation_terms.csv",
        "The rubric's relation words: what a leader did with a mechanism, against what the regime before him left.",
        catalog.relationTerms,
        columnsOf<Catalog["relationTerms"][number]>(records.relationTermRecord, { relation: "string", description: "string" }),
        { primaryKey: ["relation"] },
      ),
    ],
    assessments: [
      table(
        "assessments.csv",
        "How each leader used each mechanism: one row per leader and mechanism.",
        assessments,
        columnsOf<Catalog["assessments"][number]>(records.assessmentRecord, {
          leader: "string",
          mechanism: "string",
          intensity: "integer",
          intensityRationale: "string",
          startYear: "integer",
          endYear: "integer",
          relation: "string",
          summary: "string",
          institutions: "list",
          sources: inCitations,
        }),
        {
          primaryKey: ["leader", "mechanism"],
          foreignKeys: [ref("leader", "leaders"), ref("mechanism", "mechanisms"), ref("intensity", "intensity_levels", "level"), ref("relation", "relation_terms", "relation")],
        },
      ),
    ],
    events: [
      table(
        "events.csv",
        "Dated events, each attributed to a leader (or to neither) and to one or more mechanisms.",
        events,
        columnsOf<Event>(records.eventRecord, {
          slug: "string",
          date: "date",
          precision: "string",
          oldStyleDate: "date",
          title: "string",
          description: "string",
          leader: "string",
          mechanisms: "list",
          magnitude: [
            magnitude("low", "number"),
            magnitude("best", "number"),
            magnitude("high", "number"),
            magnitude("unit", "string"),
            magnitude("note", "string"),
          ],
          sources: inCitations,
        }),
        { ...bySlug, foreignKeys: [ref("leader", "leaders")] },
      ),
    ],
    institutions: [
      table(
        "institutions.csv",
        "Institutions of the party-state (secret police, camps, organs of censorship and so on).",
        institutions,
        columnsOf<Institution>(records.institutionRecord, {
          slug: "string",
          name: "string",
          abbreviation: "string",
          founded: "date",
          dissolved: "date",
          description: "string",
          mechanisms: "list",
          predecessors: { omit: "one row per link in institution_lineage.csv" },
          successors: { omit: "the same links as institution_lineage.csv, read the other way" },
          sources: inCitations,
        }),
        bySlug,
      ),
      table(
        "institution_lineage.csv",
        "Which institution succeeded which: one row per predecessor link.",
        institutions.flatMap((i) => i.predecessors.map((p) => ({ ...p, institution: i.slug }))),
        [
          parent<Lineage>("institution", "The successor (institutions.slug).", (l) => l.institution),
          ...columnsOf<Lineage>(records.predecessorRecord, {
            institution: { omit: "the first column" },
            slug: [col<Lineage>("predecessor", "string", "The institution it succeeded (institutions.slug).", (l) => l.slug, { required: true })],
            note: "string",
          }),
        ],
        { primaryKey: ["institution", "predecessor"], foreignKeys: [ref("institution", "institutions"), ref("predecessor", "institutions")] },
      ),
    ],
    metrics: [
      table(
        "metrics.csv",
        "Yearly series (the values are in metric_values.csv).",
        metrics,
        columnsOf<Metric>(records.metricRecord, {
          slug: "string",
          aliases: "list",
          name: "string",
          unit: "string",
          definition: "string",
          caveats: "string",
          additive: "boolean",
          mechanisms: "list",
          values: { omit: "one row per year in metric_values.csv" },
          sources: inCitations,
        }),
        bySlug,
      ),
      table(
        "metric_values.csv",
        "The values of the yearly series: one row per series and year, in the series' unit.",
        metrics.flatMap((m) => m.values.map((v) => ({ ...v, metric: m.slug, unit: m.unit }))),
        [
          parent<MetricValue>("metric", "Series (metrics.slug).", (v) => v.metric),
          parent<MetricValue>("unit", "Unit of the values (the series' unit, metrics.unit).", (v) => v.unit),
          ...columnsOf<MetricValue>(records.metricValueRecord, {
            metric: { omit: "the first column" },
            unit: { omit: "the second column" },
            year: "integer",
            low: "number",
            best: "number",
            high: "number",
            source: "string",
            locator: "string",
            rangeSource: "string",
            rangeLocator: "string",
            note: "string",
          }),
        ],
        { primaryKey: ["metric", "year"], foreignKeys: [ref("metric", "metrics"), ref("source", "sources")] },
      ),
    ],
    figures: [
      table(
        "figures.csv",
        "Contested totals (the competing estimates are in figure_estimates.csv).",
        figures,
        columnsOf<Figure>(records.figureRecord, {
          slug: "string",
          title: "string",
          unit: "string",
          startYear: "integer",
          endYear: "integer",
          description: "string",
          estimates: { omit: "one row per estimate in figure_estimates.csv" },
        }),
        bySlug,
      ),
      table(
        "figure_estimates.csv",
        "Each source's estimate of a contested figure, in the figure's unit.",
        figures.flatMap((f) => f.estimates.map((e) => ({ ...e, figure: f.slug, unit: f.unit }))),
        [
          parent<Estimate>("figure", "Figure (figures.slug).", (e) => e.figure),
          parent<Estimate>("unit", "Unit of the estimates (the figure's unit, figures.unit).", (e) => e.unit),
          ...columnsOf<Estimate>(records.figureEstimateRecord, {
            figure: { omit: "the first column" },
            unit: { omit: "the second column" },
            attribution: "string",
            low: "number",
            best: "number",
            high: "number",
            source: "string",
            locator: "string",
            note: "string",
          }),
        ],
        { foreignKeys: [ref("figure", "figures"), ref("source", "sources")] },
      ),
    ],
    claims: [
      table(
        "claims.csv",
        "Claims of the essay the dashboard checks, with a verdict.",
        claims,
        columnsOf<Catalog["claims"][number]>(records.claimRecord, {
          slug: "string",
          statement: "string",
          verdict: "string",
          explanation: "string",
          leaders: "list",
          mechanisms: "list",
          sources: inCitations,
        }),
        bySlug,
      ),
    ],
    interpretations: [
      table(
        "interpretations.csv",
        "Historians' positions on continuity between the two leaders.",
        interpretations,
        columnsOf<Catalog["interpretations"][number]>(records.interpretationRecord, {
          slug: "string",
          historian: "string",
          work: "string",
          year: "integer",
          position: "string",
          summary: "string",
          mechanisms: "list",
          sources: inCitations,
        }),
        bySlug,
      ),
    ],
    sources: [
      table(
        "sources.csv",
        "The bibliography: every work cited anywhere in the dataset.",
        sources,
        columnsOf<Catalog["sources"][number]>(records.sourceRecord, {
          slug: "string",
          kind: "string",
          authors: "string",
          title: "string",
          year: "integer",
          publisher: "string",
          journal: "string",
          url: "string",
          note: "string",
        }),
        bySlug,
      ),
    ],
    argument: [
      table(
        "argument_steps.csv",
        "The guided argument (/argument): its steps in reading order.",
        argument,
        columnsOf<Catalog["argument"][number]>(records.argumentStepRecord, {
          slug: "string",
          title: "string",
          stance: "string",
          essay: "string",
          evidence: "string",
          dispute: "string",
          // "" is the default view, and an empty cell is no value: the one text field a row may leave empty.
          view: [col<Catalog["argument"][number]>("view", "string", 'The compare view the step shows, as the query string of its address ("?m=secret-police"); empty for the default view.', (s) => s.view)],
          display: "string",
          claims: "list",
          interpretations: "list",
          questions: [
            col<Catalog["argument"][number]>("questions", "string", 'Questions for discussion, separated by " | ".', (s) => s.questions.join(" | "), { required: true }),
          ],
          sources: inCitations,
        }),
        bySlug,
      ),
    ],
    changelog: [
      table(
        "changelog_corrections.csv",
        "Every correction between versions of the dataset: the record and field, the old and new value, and why.",
        changelog.flatMap((e) => e.corrections.map((c) => ({ ...c, version: e.version }))),
        [
          parent<Correction>("version", "The version that made the correction.", (c) => c.version),
          ...columnsOf<Correction>(records.changelogCorrectionRecord, {
            version: { omit: "the first column" },
            file: "string",
            record: "string",
            field: "string",
            old: [col<Correction>("old", "string", "The value before the correction, as JSON; empty if there was none.", (c) => asJson(c.old))],
            new: [col<Correction>("new", "string", "The value after the correction, as JSON; empty if it was withdrawn.", (c) => asJson(c.new))],
            reason: "string",
            sources: inCitations,
          }),
        ],
      ),
      table(
        "changelog_additions.csv",
        "What each version added, summarised by kind.",
        changelog.flatMap((e) => e.additions.map((a) => ({ ...a, version: e.version }))),
        [
          parent<Addition>("version", "The version that made the addition.", (a) => a.version),
          ...columnsOf<Addition>(records.changelogAdditionRecord, { version: { omit: "the first column" }, summary: "string", files: "list", records: "list" }),
        ],
      ),
    ],
  };
  return [
    ...Object.values(byCollection).flat(),
    table(
      "citations.csv",
      "Which source supports which record: one row per citation.",
      citations,
      [
        col<Citation>("table", "string", "Table of the cited record (without .csv).", (c) => c.table, { required: true }),
        col<Citation>(
          "record",
          "string",
          "The record's identifier: its slug, or leader/mechanism for assessments and leader/label for tenure datings.",
          (c) => c.record,
          { required: true },
        ),
        ...columnsOf<Citation>(records.citationRecord, {
          table: { omit: "the first column" },
          record: { omit: "the second column" },
          source: "string",
          locator: "string",
          note: "string",
        }),
      ],
      { foreignKeys: [ref("source", "sources")] },
    ),
  ];
}

const csvCell = (v: Cell): string | number => (v == null ? "" : typeof v === "boolean" ? String(v) : Array.isArray(v) ? v.join("; ") : (v as string | number));

export function tableCsv(t: Table): string {
  return stringify([t.columns.map((c) => c.name), ...t.cells.map((row) => row.map(csvCell))], { record_delimiter: "\r\n" });
}

/** Where the zip's README points readers on the dashboard; an absolute address when the site's is known. */
export type ZipOptions = { siteUrl?: string };

export function datasetReadme(catalog: Catalog, tables: Table[] = datasetTables(catalog), { siteUrl }: ZipOptions = {}): string {
  const { title, version, citation } = catalog.dataset;
  const changesPage = `${siteUrl?.replace(/\/$/, "") ?? ""}/changes`;
  const changes = catalog.changelog.flatMap((e) => [
    `- **${e.version}** (${e.date}): ${e.summary} ${e.corrections.length} correction${e.corrections.length === 1 ? "" : "s"}.`,
  ]);
  const references = formatReferences(catalog.sources, "text");
  const bibliography = groupSources(catalog.sources).flatMap((g) => [`### ${g.label}`, "", ...g.sources.map((s) => `- ${references.get(s.slug)}`), ""]);
  return [
    `# ${title}`,
    "",
    `Version ${version}.`,
    "",
    "## How to cite",
    "",
    citation,
    "",
    "`CITATION.cff` says the same in the Citation File Format, which GitHub, Zenodo and reference managers read.",
    "When you use a figure, please also cite the source the dataset gives for it (see `citations.csv` and the bibliography below).",
    "",
    "## What changed",
    "",
    `If you cited an earlier version, every correction since, with the old value, the new value and the reason, is in \`changelog_corrections.csv\` and on the dashboard's \"What changed\" page: <${changesPage}>.`,
    "",
    ...changes,
    "",
    "## Files",
    "",
    "The folder is a Frictionless Data Package: `datapackage.json` describes every CSV file with a Table Schema (each column's name, type, description and whether it may be empty; the columns that identify a row and those that point into other files), so tools such as frictionless-py or R's frictionless package can read and check it.",
    "Every table is UTF-8 CSV with a header row. An empty cell means no value; list cells hold several values separated by \"; \"; dates are Gregorian, cut to their precision (yyyy-mm-dd, yyyy-mm or yyyy); yearly values and estimates carry their unit in a `unit` column.",
    "",
    ...tables.map((t) => `- \`${t.file}\` (${t.cells.length} rows): ${t.description}`),
    ...Object.entries(bibliographyFiles).map(([file, { label }]) => `- \`${file}\`: the bibliography below as ${label}, for reference managers.`),
    "",
    "## Sources",
    "",
    ...bibliography,
  ].join("\n");
}

/** The zip's files, under one folder named after the dataset's version. */
export function datasetFiles(catalog: Catalog, options: ZipOptions = {}): Record<string, string> {
  const tables = datasetTables(catalog);
  const folder = datasetFileStem(catalog.dataset.version);
  return {
    [`${folder}/README.md`]: datasetReadme(catalog, tables, options),
    [`${folder}/datapackage.json`]: `${JSON.stringify(dataPackage(catalog, tables, options), null, 2)}\n`,
    [`${folder}/CITATION.cff`]: citationCff(catalog, options),
    ...Object.fromEntries(tables.map((t) => [`${folder}/${t.file}`, tableCsv(t)])),
    ...Object.fromEntries(bibliographyFileNames.map((file) => [`${folder}/${file}`, bibliographyFile(catalog.sources, file)])),
  };
}

export function datasetZip(catalog: Catalog, options: ZipOptions = {}): Uint8Array {
  const files = Object.fromEntries(Object.entries(datasetFiles(catalog, options)).map(([name, text]) => [name, strToU8(text)]));
  // A fixed time for every entry (fflate's default is now), as local fields like any zip time: the
  // same data gives the same bytes, whenever and wherever it is made.
  return zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) });
}
