// The whole dataset as a zip: one CSV per table, metadata.json describing every column, and a
// README with how to cite it and its bibliography. Each column is declared once (name, type,
// description, value), so the CSV headers and the metadata cannot drift apart.
import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
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

const col = <T>(name: string, type: ColumnType, description: string, value: (row: T) => Cell): Column<T> => ({ name, type, description, value });

type Citing = { sources: readonly { source: string; locator: string | null; note?: string | null }[] };

/** The tables of the zip, in the order they are listed in the README and metadata. */
export function datasetTables(catalog: Catalog): Table[] {
  const { leaders, categories, mechanisms, rubric, assessments, events, institutions, metrics, figures, sources, claims, interpretations } = catalog;

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

  type Leader = Catalog["leaders"][number];
  type Tenure = Leader["tenureDatings"][number] & { leader: string };
  type Institution = Catalog["institutions"][number];
  type Metric = Catalog["metrics"][number];
  type MetricValue = Metric["values"][number] & { metric: string };
  type Figure = Catalog["figures"][number];
  type Estimate = Figure["estimates"][number] & { figure: string };
  type Lineage = { institution: string; predecessor: string; note: string | null };

  return [
    table("leaders.csv", "The leaders compared, with the dates of their time in power used by the dashboard.", leaders, [
      col<Leader>("slug", "string", "Identifier of the leader, used in other tables.", (l) => l.slug),
      col<Leader>("name", "string", "Short name.", (l) => l.name),
      col<Leader>("full_name", "string", "Full name.", (l) => l.fullName),
      col<Leader>("born", "date", "Date of birth (Gregorian).", (l) => l.born),
      col<Leader>("died", "date", "Date of death (Gregorian).", (l) => l.died),
      col<Leader>("power_start", "date", "Start of the time in power under the dashboard's default dating.", (l) => l.powerStart),
      col<Leader>("power_end", "date", "End of the time in power under the dashboard's default dating.", (l) => l.powerEnd),
      col<Leader>("convention", "string", "Why these dates were chosen.", (l) => l.convention),
    ]),
    table(
      "tenure_datings.csv",
      "Alternative datings of each leader's time in power, with their rationale.",
      leaders.flatMap((l) => l.tenureDatings.map((t) => ({ ...t, leader: l.slug }))),
      [
        col<Tenure>("leader", "string", "Leader (leaders.slug).", (t) => t.leader),
        col<Tenure>("label", "string", "Name of the dating; with the leader it identifies the row.", (t) => t.label),
        col<Tenure>("start", "date", "Start of the time in power under this dating.", (t) => t.start),
        col<Tenure>("end", "date", "End of the time in power under this dating.", (t) => t.end),
        col<Tenure>("rationale", "string", "Why this dating is argued for.", (t) => t.rationale),
        col<Tenure>("is_default", "boolean", "Whether the dashboard uses this dating.", (t) => t.default),
      ],
    ),
    table("categories.csv", "The groups the mechanisms fall into (tools of power, policies, goals).", categories, [
      col<Catalog["categories"][number]>("slug", "string", "Identifier of the category.", (c) => c.slug),
      col<Catalog["categories"][number]>("name", "string", "Name.", (c) => c.name),
      col<Catalog["categories"][number]>("description", "string", "What the category covers.", (c) => c.description),
    ]),
    table("mechanisms.csv", "The tools of power, policies and goals the leaders are compared on.", mechanisms, [
      col<Catalog["mechanisms"][number]>("slug", "string", "Identifier of the mechanism, used in other tables.", (m) => m.slug),
      col<Catalog["mechanisms"][number]>("name", "string", "Name.", (m) => m.name),
      col<Catalog["mechanisms"][number]>("category", "string", "Category (categories.slug).", (m) => m.category),
      col<Catalog["mechanisms"][number]>("description", "string", "What the mechanism is.", (m) => m.description),
    ]),
    table("intensity_levels.csv", "The written 0–5 rubric the intensity scores follow.", rubric, [
      col<Catalog["rubric"][number]>("level", "integer", "Score from 0 (absent) to 5 (extreme).", (r) => r.level),
      col<Catalog["rubric"][number]>("label", "string", "Short name of the level.", (r) => r.label),
      col<Catalog["rubric"][number]>("description", "string", "What a mechanism must show to score this level.", (r) => r.description),
    ]),
    table("assessments.csv", "How each leader used each mechanism: one row per leader and mechanism.", assessments, [
      col<Catalog["assessments"][number]>("leader", "string", "Leader (leaders.slug).", (a) => a.leader),
      col<Catalog["assessments"][number]>("mechanism", "string", "Mechanism (mechanisms.slug).", (a) => a.mechanism),
      col<Catalog["assessments"][number]>("intensity", "integer", "Score on the 0–5 rubric (intensity_levels.level).", (a) => a.intensity),
      col<Catalog["assessments"][number]>("intensity_rationale", "string", "Why the score was given.", (a) => a.intensityRationale),
      col<Catalog["assessments"][number]>("start_year", "integer", "First year the assessment covers; empty if not given.", (a) => a.startYear),
      col<Catalog["assessments"][number]>("end_year", "integer", "Last year the assessment covers; empty if not given.", (a) => a.endYear),
      col<Catalog["assessments"][number]>(
        "relation",
        "string",
        "How this leader's use relates to the other's: originated, inherited, expanded, transformed, reversed, new or absent.",
        (a) => a.relation,
      ),
      col<Catalog["assessments"][number]>("summary", "string", "Summary of the evidence.", (a) => a.summary),
      col<Catalog["assessments"][number]>("institutions", "list", "Institutions involved (institutions.slug).", (a) => a.institutions),
    ]),
    table("events.csv", "Dated events, each attributed to a leader (or to neither) and to one or more mechanisms.", events, [
      col<Catalog["events"][number]>("slug", "string", "Identifier of the event.", (e) => e.slug),
      col<Catalog["events"][number]>("date", "date", "Gregorian (new-style) date, cut to its precision: yyyy-mm-dd, yyyy-mm or yyyy.", (e) => e.date),
      col<Catalog["events"][number]>("precision", "string", "Precision of the date: day, month or year.", (e) => e.precision),
      col<Catalog["events"][number]>("old_style_date", "date", "Julian (old-style) date, for events before February 1918; empty otherwise.", (e) => e.oldStyleDate),
      col<Catalog["events"][number]>("title", "string", "Short title.", (e) => e.title),
      col<Catalog["events"][number]>("description", "string", "What happened.", (e) => e.description),
      col<Catalog["events"][number]>("leader", "string", "Leader responsible (leaders.slug); empty when attributed to neither.", (e) => e.leader),
      col<Catalog["events"][number]>("mechanisms", "list", "Mechanisms the event belongs to (mechanisms.slug).", (e) => e.mechanisms),
      col<Catalog["events"][number]>("magnitude_low", "number", "Lowest estimate of the event's size; empty if none.", (e) => e.magnitude?.low),
      col<Catalog["events"][number]>("magnitude_best", "number", "Best estimate of the event's size; empty if none.", (e) => e.magnitude?.best),
      col<Catalog["events"][number]>("magnitude_high", "number", "Highest estimate of the event's size; empty if none.", (e) => e.magnitude?.high),
      col<Catalog["events"][number]>("magnitude_unit", "string", "What the magnitude counts (e.g. people executed).", (e) => e.magnitude?.unit),
      col<Catalog["events"][number]>("magnitude_note", "string", "Note on the estimates.", (e) => e.magnitude?.note),
    ]),
    table("institutions.csv", "Institutions of the party-state (secret police, camps, organs of censorship and so on).", institutions, [
      col<Institution>("slug", "string", "Identifier of the institution.", (i) => i.slug),
      col<Institution>("name", "string", "Full name.", (i) => i.name),
      col<Institution>("abbreviation", "string", "Usual abbreviation; empty if none.", (i) => i.abbreviation),
      col<Institution>("founded", "date", "Date founded (yyyy-mm-dd, yyyy-mm or yyyy).", (i) => i.founded),
      col<Institution>("dissolved", "date", "Date dissolved or renamed; empty if it outlived the period.", (i) => i.dissolved),
      col<Institution>("description", "string", "What it did.", (i) => i.description),
      col<Institution>("mechanisms", "list", "Mechanisms it served (mechanisms.slug).", (i) => i.mechanisms),
    ]),
    table(
      "institution_lineage.csv",
      "Which institution succeeded which: one row per predecessor link.",
      institutions.flatMap((i) => i.predecessors.map((p) => ({ institution: i.slug, predecessor: p.slug, note: p.note }))),
      [
        col<Lineage>("institution", "string", "The successor (institutions.slug).", (l) => l.institution),
        col<Lineage>("predecessor", "string", "The institution it succeeded (institutions.slug).", (l) => l.predecessor),
        col<Lineage>("note", "string", "How the one became the other.", (l) => l.note),
      ],
    ),
    table("metrics.csv", "Yearly series (the values are in metric_values.csv).", metrics, [
      col<Metric>("slug", "string", "Identifier of the series.", (m) => m.slug),
      col<Metric>("name", "string", "Name.", (m) => m.name),
      col<Metric>("unit", "string", "Unit of the values.", (m) => m.unit),
      col<Metric>("definition", "string", "What is measured.", (m) => m.definition),
      col<Metric>("caveats", "string", "Limits of the data.", (m) => m.caveats),
      col<Metric>("additive", "boolean", "Whether yearly values can be added up over a tenure.", (m) => m.additive),
      col<Metric>("mechanisms", "list", "Mechanisms the series bears on (mechanisms.slug).", (m) => m.mechanisms),
    ]),
    table(
      "metric_values.csv",
      "The values of the yearly series: one row per series and year.",
      metrics.flatMap((m) => m.values.map((v) => ({ ...v, metric: m.slug }))),
      [
        col<MetricValue>("metric", "string", "Series (metrics.slug).", (v) => v.metric),
        col<MetricValue>("year", "integer", "Calendar year.", (v) => v.year),
        col<MetricValue>("low", "number", "Lowest estimate; empty if only a best value is given.", (v) => v.low),
        col<MetricValue>("best", "number", "Best estimate.", (v) => v.best),
        col<MetricValue>("high", "number", "Highest estimate; empty if only a best value is given.", (v) => v.high),
        col<MetricValue>("source", "string", "Source of the value (sources.slug).", (v) => v.source),
        col<MetricValue>("locator", "string", "Where in the source (page, table, variable).", (v) => v.locator),
        col<MetricValue>("note", "string", "Note on the value.", (v) => v.note),
      ],
    ),
    table("figures.csv", "Contested totals (the competing estimates are in figure_estimates.csv).", figures, [
      col<Figure>("slug", "string", "Identifier of the figure.", (f) => f.slug),
      col<Figure>("title", "string", "What is counted.", (f) => f.title),
      col<Figure>("unit", "string", "Unit of the estimates.", (f) => f.unit),
      col<Figure>("start_year", "integer", "First year covered.", (f) => f.startYear),
      col<Figure>("end_year", "integer", "Last year covered.", (f) => f.endYear),
      col<Figure>("description", "string", "Why the figure is contested.", (f) => f.description),
    ]),
    table(
      "figure_estimates.csv",
      "Each source's estimate of a contested figure.",
      figures.flatMap((f) => f.estimates.map((e) => ({ ...e, figure: f.slug }))),
      [
        col<Estimate>("figure", "string", "Figure (figures.slug).", (e) => e.figure),
        col<Estimate>("attribution", "string", "Who gives the estimate.", (e) => e.attribution),
        col<Estimate>("low", "number", "Lowest value; empty if not given.", (e) => e.low),
        col<Estimate>("best", "number", "Best value; empty if not given.", (e) => e.best),
        col<Estimate>("high", "number", "Highest value; empty if not given.", (e) => e.high),
        col<Estimate>("source", "string", "Source (sources.slug).", (e) => e.source),
        col<Estimate>("locator", "string", "Where in the source.", (e) => e.locator),
        col<Estimate>("note", "string", "Note on the estimate.", (e) => e.note),
      ],
    ),
    table("claims.csv", "Claims of the essay the dashboard checks, with a verdict.", claims, [
      col<Catalog["claims"][number]>("slug", "string", "Identifier of the claim.", (c) => c.slug),
      col<Catalog["claims"][number]>("statement", "string", "The claim as made.", (c) => c.statement),
      col<Catalog["claims"][number]>("verdict", "string", "supported, partly-supported, disputed or contradicted.", (c) => c.verdict),
      col<Catalog["claims"][number]>("explanation", "string", "Why, with reference to the evidence.", (c) => c.explanation),
      col<Catalog["claims"][number]>("leaders", "list", "Leaders the claim is about (leaders.slug).", (c) => c.leaders),
      col<Catalog["claims"][number]>("mechanisms", "list", "Mechanisms the claim is about (mechanisms.slug).", (c) => c.mechanisms),
    ]),
    table("interpretations.csv", "Historians' positions on continuity between the two leaders.", interpretations, [
      col<Catalog["interpretations"][number]>("slug", "string", "Identifier of the interpretation.", (i) => i.slug),
      col<Catalog["interpretations"][number]>("historian", "string", "Historian (or school).", (i) => i.historian),
      col<Catalog["interpretations"][number]>("work", "string", "The work that states the position.", (i) => i.work),
      col<Catalog["interpretations"][number]>("year", "integer", "Year of the work.", (i) => i.year),
      col<Catalog["interpretations"][number]>("position", "string", "continuity, discontinuity, social-history, revisionist or mixed.", (i) => i.position),
      col<Catalog["interpretations"][number]>("summary", "string", "The argument in brief.", (i) => i.summary),
      col<Catalog["interpretations"][number]>("mechanisms", "list", "Mechanisms it bears on (mechanisms.slug).", (i) => i.mechanisms),
    ]),
    table("sources.csv", "The bibliography: every work cited anywhere in the dataset.", sources, [
      col<Catalog["sources"][number]>("slug", "string", "Identifier of the source, used in citations.csv and elsewhere.", (s) => s.slug),
      col<Catalog["sources"][number]>("kind", "string", "scholarly, primary, dataset, encyclopedia or essay.", (s) => s.kind),
      col<Catalog["sources"][number]>("authors", "string", "Authors or editors as on the title page.", (s) => s.authors),
      col<Catalog["sources"][number]>("title", "string", "Title.", (s) => s.title),
      col<Catalog["sources"][number]>("year", "integer", "Year of publication (of the edition cited).", (s) => s.year),
      col<Catalog["sources"][number]>("publisher", "string", "Publisher; empty for articles.", (s) => s.publisher),
      col<Catalog["sources"][number]>("journal", "string", "Journal, for articles.", (s) => s.journal),
      col<Catalog["sources"][number]>("url", "string", "Where to find it online, if anywhere.", (s) => s.url),
      col<Catalog["sources"][number]>("note", "string", "Note on the source.", (s) => s.note),
    ]),
    table("citations.csv", "Which source supports which record: one row per citation.", citations, [
      col<(typeof citations)[number]>("table", "string", "Table of the cited record (without .csv).", (c) => c.table),
      col<(typeof citations)[number]>(
        "record",
        "string",
        "The record's identifier: its slug, or leader/mechanism for assessments and leader/label for tenure datings.",
        (c) => c.record,
      ),
      col<(typeof citations)[number]>("source", "string", "Source (sources.slug).", (c) => c.source),
      col<(typeof citations)[number]>("locator", "string", "Where in the source (page, chapter, section).", (c) => c.locator),
      col<(typeof citations)[number]>("note", "string", "Note on the citation.", (c) => c.note),
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

export function datasetReadme(catalog: Catalog, tables: Table[] = datasetTables(catalog)): string {
  const { title, version, citation } = catalog.dataset;
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
export function datasetFiles(catalog: Catalog): Record<string, string> {
  const tables = datasetTables(catalog);
  const folder = datasetFileStem(catalog.dataset.version);
  return {
    [`${folder}/README.md`]: datasetReadme(catalog, tables),
    [`${folder}/metadata.json`]: `${JSON.stringify(datasetMetadata(catalog, tables), null, 2)}\n`,
    ...Object.fromEntries(tables.map((t) => [`${folder}/${t.file}`, tableCsv(t)])),
  };
}

export function datasetZip(catalog: Catalog): Uint8Array {
  const files = Object.fromEntries(Object.entries(datasetFiles(catalog)).map(([name, text]) => [name, strToU8(text)]));
  // A fixed time for every entry (fflate's default is now), as local fields like any zip time: the
  // same data gives the same bytes, whenever and wherever it is made.
  return zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) });
}
