// The table and the event list of a view as downloadable records: exactly the rows the page
// shows for the same URL (same filters, same sort), one record builder for CSV and JSON.
import { stringify } from "csv-stringify/sync";
import { buildCompareView, type CompareRow } from "../compare/buildCompareView";
import { describeView } from "../compare/describeView";
import type { Catalog, CatalogAssessment, CatalogEvent, CitationRef } from "../queries/catalog";
import { sortRows } from "../compare/sortKeys";
import { citationText, indexSources } from "../sources/citationLabel";
import { downloadView } from "./exportLinks";
import { serializeView, type ViewState } from "../url/compareUrl";

/** A value of a record: lists stay lists in JSON and become "a; b" in CSV. */
export type ExportValue = string | number | null | string[];
export type ExportRecord = Record<string, ExportValue>;
export type ExportTable = { columns: string[]; rows: ExportRecord[] };


type Lookups = { source: (ref: CitationRef) => string; institution: (slug: string) => string };

function lookups(catalog: Pick<Catalog, "sources" | "institutions">): Lookups {
  const sources = indexSources(catalog.sources);
  const institutions = new Map(catalog.institutions.map((i) => [i.slug, i.abbreviation ?? i.name]));
  return {
    // The label the page shows: "Conquest (1990), p. 12".
    source: (ref) => citationText(ref, sources),
    institution: (slug) => institutions.get(slug) ?? slug,
  };
}

const years = (a: CatalogAssessment) =>
  a.startYear != null && a.endYear != null ? `${a.startYear}–${a.endYear}` : a.startYear != null ? String(a.startYear) : "";

const sideColumns = ["intensity", "years", "summary", "institutions", "relation", "sources"] as const;

/** One record per mechanism: its name and category, then each leader's assessment. */
export function tableExport(catalog: Catalog, view: ViewState): ExportTable {
  const model = buildCompareView(catalog, view);
  const look = lookups(catalog);
  const sides = [
    { prefix: model.leaderA.slug, pick: (r: CompareRow) => r.a },
    { prefix: model.leaderB.slug, pick: (r: CompareRow) => r.b },
  ];
  const columns = ["mechanism", "mechanism_slug", "category", ...sides.flatMap((s) => sideColumns.map((c) => `${s.prefix}_${c}`))];
  const rows = sortRows(model.rows, view.sort).map((r) => {
    const record: ExportRecord = { mechanism: r.mechanism.name, mechanism_slug: r.mechanism.slug, category: r.mechanism.categoryName };
    for (const side of sides) {
      const a = side.pick(r);
      record[`${side.prefix}_intensity`] = a?.intensity ?? null;
      record[`${side.prefix}_years`] = a ? years(a) : null;
      record[`${side.prefix}_summary`] = a?.summary ?? null;
      record[`${side.prefix}_institutions`] = a ? a.institutions.map(look.institution) : [];
      record[`${side.prefix}_relation`] = a?.relation ?? null;
      record[`${side.prefix}_sources`] = a ? a.sources.map(look.source) : [];
    }
    return record;
  });
  return { columns, rows };
}

export const eventColumns = [
  "date",
  "old_style_date",
  "title",
  "leader",
  "mechanisms",
  "magnitude_low",
  "magnitude_best",
  "magnitude_high",
  "magnitude_unit",
  "magnitude_note",
  "description",
  "sources",
  "slug",
] as const;

/** One record per event of the view's event list, in date order. */
export function eventsExport(catalog: Catalog, view: ViewState): ExportTable {
  const model = buildCompareView(catalog, view);
  const look = lookups(catalog);
  const leaderName = new Map(catalog.leaders.map((l) => [l.slug, l.name]));
  const mechanismName = new Map(catalog.mechanisms.map((m) => [m.slug, m.name]));
  const rows = model.events.map((e: CatalogEvent) => {
    const record: Record<(typeof eventColumns)[number], ExportValue> = {
      date: e.date,
      old_style_date: e.oldStyleDate,
      title: e.title,
      leader: e.leader === null ? null : (leaderName.get(e.leader) ?? e.leader),
      mechanisms: e.mechanisms.map((m) => mechanismName.get(m) ?? m),
      magnitude_low: e.magnitude?.low ?? null,
      magnitude_best: e.magnitude?.best ?? null,
      magnitude_high: e.magnitude?.high ?? null,
      magnitude_unit: e.magnitude?.unit ?? null,
      magnitude_note: e.magnitude?.note ?? null,
      description: e.description,
      sources: e.sources.map(look.source),
      slug: e.slug,
    };
    return record;
  });
  return { columns: [...eventColumns], rows };
}

/** RFC 4180 CSV with a header row; lists are joined with "; ", missing values left empty. */
export function toCsv(table: ExportTable): string {
  const cell = (v: ExportValue | undefined) => (v == null ? "" : Array.isArray(v) ? v.join("; ") : v);
  return stringify([table.columns, ...table.rows.map((r) => table.columns.map((c) => cell(r[c])))], { record_delimiter: "\r\n" });
}

/** The JSON download: what the rows are (the view, in words and as a link) and the rows. */
export function toJson(catalog: Catalog, view: ViewState, contents: "table" | "events", table: ExportTable, notices: string[] = []) {
  const { title } = describeView(view, catalog);
  return {
    title: `${contents === "table" ? "Mechanisms compared" : "Events"}: ${title}`,
    view: `/${serializeView(downloadView(view))}`,
    dataset: catalog.dataset,
    notices,
    columns: table.columns,
    rows: table.rows,
  };
}
