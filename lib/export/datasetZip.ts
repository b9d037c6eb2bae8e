// The whole dataset as a zip: one CSV per table, metadata.json describing every column, and a
// README with how to cite it and its bibliography. The tables are the records of
// lib/dataset/records.ts: every field of a record is either a column (its description taken from
// the record's schema), several columns, or left out with a reason (columnsOf demands one of the
// three for each field, so a new field fails the typecheck until the zip says what to do with it).
import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import type { z } from "zod";
import * as records from "../dataset/records";
import type { Catalog } from "../queries/catalog";
import { groupSources } from "../sources/groupSources";
import { datasetFileStem } from "./fileNames";

/** "list" cells hold several values separated by "; " (slugs unless the description says otherwise). */
export type ColumnType = "string" | "integer" | "number" | "boolean" | "date" | "list";
type Cell = string | number | boolean | null | undefined | readonly string[];

type Column<T> = { name: string; type: ColumnType; description: string; value: (row: T) => Cell };
export type ColumnMetadata = { name: string; type: ColumnType; description: string };
export type TableMetadata = { file: string; description: string; rows: number; columns: ColumnMetadata[] };
export type DatasetMetadata = {
  title: string;
  version: string;
  citation: string;
  conventions: Record<string, string>;
  tables: TableMetadata[];
};

type Table = { file: string; description: string; columns: ColumnMetadata[]; cells: Cell[][] };

function table<T>(file: string, description: string, rows: readonly T[], columns: Column<T>[]): Table {
  return {
    file,
    description,
    columns: columns.map(({ name, type, description }) => ({ name, type, description })),
    cells: rows.map((row) => columns.map((c) => c.value(row))),
  };
}

const col = <T,>(name: string, type: ColumnType, description: string, value: (row: T) => Cell): Column<T> => ({ name, type, description, value });

/** What the zip does with one field of a record: a column of this type, these columns, or nothing (and why). */
type FieldSpec<T> = ColumnType | Column<T>[] | { omit: string };
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The columns of a record's table, in the order of `spec`, which must say what happens to every
 * field of the record. A plain column takes the field's snake_case name and the description its
 * schema gives.
 */
export function columnsOf<T>(schema: z.ZodObject, spec: { [K in keyof T]-?: FieldSpec<T> }): Column<T>[] {
  return (Object.entries(spec) as [keyof T & string, FieldSpec<T>][]).flatMap(([key, field]) => {
    if (Array.isArray(field)) return field;
    if (typeof field === "object") return [];
    const description = schema.shape[key]?.description;
    if (!description) throw new Error(`records: the field ${key} has no description`);
    return [col<T>(snake(key), field, description, (row) => row[key] as Cell)];
  });
}

const parent = <T,>(name: string, description: string, value: (row: T) => string): Column<T> => col<T>(name, "string", description, value);

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
  type MetricValue = Metric["values"][number] & { metric: string };
  type Figure = Catalog["figures"][number];
  type Estimate = Figure["estimates"][number] & { figure: string };
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
    dataset: [], // README.md and metadata.json
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
            default: [col<Tenure>("is_default", "boolean", "Whether the dashboard uses this dating.", (t) => t.default)],
            sources: inCitations,
          }),
        ],
      ),
    ],
    categories: [
      table(
        "categories.csv",
        "The groups the mechanisms fall into (tools of power, policies, goals).",
        categories,
        columnsOf<Catalog["categories"][number]>(records.categoryRecord, { slug: "string", name: "string", description: "string" }),
      ),
    ],
    mechanisms: [
      table(
        "mechanisms.csv",
        "The tools of power, policies and goals the leaders are compared on.",
        mechanisms,
        columnsOf<Catalog["mechanisms"][number]>(records.mechanismRecord, { slug: "string", name: "string", category: "string", description: "string" }),
      ),
    ],
    rubric: [
      table(
        "intensity_levels.csv",
        "The written 0–5 rubric the intensity scores follow.",
        rubric,
        columnsOf<Catalog["rubric"][number]>(records.rubricLevelRecord, { level: "integer", label: "string", description: "string" }),
      ),
    ],
    relationTerms: [
      table(
        "relation_terms.csv",
        "The rubric's relation words: what a leader did with a mechanism, against what the regime before him left.",
        catalog.relationTerms,
        columnsOf<Catalog["relationTerms"][number]>(records.relationTermRecord, { relation: "string", description: "string" }),
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
      ),
      table(
        "institution_lineage.csv",
        "Which institution succeeded which: one row per predecessor link.",
        institutions.flatMap((i) => i.predecessors.map((p) => ({ ...p, institution: i.slug }))),
        [
          parent<Lineage>("institution", "The successor (institutions.slug).", (l) => l.institution),
          ...columnsOf<Lineage>(records.predecessorRecord, {
            institution: { omit: "the first column" },
            slug: [col<Lineage>("predecessor", "string", "The institution it succeeded (institutions.slug).", (l) => l.slug)],
            note: "string",
          }),
        ],
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
      ),
      table(
        "metric_values.csv",
        "The values of the yearly series: one row per series and year.",
        metrics.flatMap((m) => m.values.map((v) => ({ ...v, metric: m.slug }))),
        [
          parent<MetricValue>("metric", "Series (metrics.slug).", (v) => v.metric),
          ...columnsOf<MetricValue>(records.metricValueRecord, {
            metric: { omit: "the first column" },
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
      ),
      table(
        "figure_estimates.csv",
        "Each source's estimate of a contested figure.",
        figures.flatMap((f) => f.estimates.map((e) => ({ ...e, figure: f.slug }))),
        [
          parent<Estimate>("figure", "Figure (figures.slug).", (e) => e.figure),
          ...columnsOf<Estimate>(records.figureEstimateRecord, {
            figure: { omit: "the first column" },
            attribution: "string",
            low: "number",
            best: "number",
            high: "number",
            source: "string",
            locator: "string",
            note: "string",
          }),
        ],
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
          view: "string",
          display: "string",
          claims: "list",
          interpretations: "list",
          questions: [
            col<Catalog["argument"][number]>("questions", "string", 'Questions for discussion, separated by " | ".', (s) => s.questions.join(" | ")),
          ],
          sources: inCitations,
        }),
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
    table("citations.csv", "Which source supports which record: one row per citation.", citations, [
      col<Citation>("table", "string", "Table of the cited record (without .csv).", (c) => c.table),
      col<Citation>(
        "record",
        "string",
        "The record's identifier: its slug, or leader/mechanism for assessments and leader/label for tenure datings.",
        (c) => c.record,
      ),
      ...columnsOf<Citation>(records.citationRecord, {
        table: { omit: "the first column" },
        record: { omit: "the second column" },
        source: "string",
        locator: "string",
        note: "string",
      }),
    ]),
  ];
}

const csvCell = (v: Cell): string | number => (v == null ? "" : typeof v === "boolean" ? String(v) : Array.isArray(v) ? v.join("; ") : (v as string | number));

export function tableCsv(t: Table): string {
  return stringify([t.columns.map((c) => c.name), ...t.cells.map((row) => row.map(csvCell))], { record_delimiter: "\r\n" });
}

export function datasetMetadata(catalog: Catalog, tables: Table[] = datasetTables(catalog)): DatasetMetadata {
  return {
    title: catalog.dataset.title,
    version: catalog.dataset.version,
    citation: catalog.dataset.citation,
    conventions: {
      encoding: "UTF-8, comma-separated, RFC 4180 quoting, a header row in every file.",
      missing: "An empty cell means no value.",
      date: "ISO 8601 Gregorian dates cut to their precision: yyyy-mm-dd, yyyy-mm or yyyy.",
      list: 'Several values in one cell, separated by "; ".',
      boolean: "true or false.",
    },
    tables: tables.map((t) => ({ file: t.file, description: t.description, rows: t.cells.length, columns: t.columns })),
  };
}

function sourceLine(s: Catalog["sources"][number]): string {
  const where = [s.journal ? `*${s.journal}*` : null, s.publisher].filter(Boolean).join(", ");
  return `- ${s.authors} (${s.year}). ${s.journal ? s.title : `*${s.title}*`}.${where ? ` ${where}.` : ""}${s.url ? ` <${s.url}>` : ""}`;
}

/** Where the zip's README points readers on the dashboard; an absolute address when the site's is known. */
export type ZipOptions = { siteUrl?: string };

export function datasetReadme(catalog: Catalog, tables: Table[] = datasetTables(catalog), { siteUrl }: ZipOptions = {}): string {
  const { title, version, citation } = catalog.dataset;
  const changesPage = `${siteUrl?.replace(/\/$/, "") ?? ""}/changes`;
  const changes = catalog.changelog.flatMap((e) => [
    `- **${e.version}** (${e.date}): ${e.summary} ${e.corrections.length} correction${e.corrections.length === 1 ? "" : "s"}.`,
  ]);
  const bibliography = groupSources(catalog.sources).flatMap((g) => [`### ${g.label}`, "", ...g.sources.map(sourceLine), ""]);
  return [
    `# ${title}`,
    "",
    `Version ${version}.`,
    "",
    "## How to cite",
    "",
    citation,
    "",
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
    "Every file is UTF-8 CSV with a header row. `metadata.json` describes every column of every file (name, type, description).",
    "An empty cell means no value; list cells hold several values separated by \"; \"; dates are Gregorian, cut to their precision (yyyy-mm-dd, yyyy-mm or yyyy).",
    "",
    ...tables.map((t) => `- \`${t.file}\` (${t.cells.length} rows): ${t.description}`),
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
    [`${folder}/metadata.json`]: `${JSON.stringify(datasetMetadata(catalog, tables), null, 2)}\n`,
    ...Object.fromEntries(tables.map((t) => [`${folder}/${t.file}`, tableCsv(t)])),
  };
}

export function datasetZip(catalog: Catalog, options: ZipOptions = {}): Uint8Array {
  const files = Object.fromEntries(Object.entries(datasetFiles(catalog, options)).map(([name, text]) => [name, strToU8(text)]));
  // A fixed time for every entry (fflate's default is now), as local fields like any zip time: the
  // same data gives the same bytes, whenever and wherever it is made.
  return zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) });
}
