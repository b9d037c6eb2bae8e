import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { columnsOf, datasetZip, type ColumnType, type DatasetMetadata } from "@/lib/export/datasetZip";
import { exportCatalog as catalog } from "../support/exportCatalog";
import { parseCsv, parseCsvRecords } from "../support/parseCsv";

const folder = "lenin-vs-stalin-dataset-1.0.0";
const files = Object.fromEntries(Object.entries(unzipSync(datasetZip(catalog, { siteUrl: "https://example.org/" }))).map(([name, bytes]) => [name, strFromU8(bytes)]));
const file = (name: string) => files[`${folder}/${name}`] ?? "";
const metadata = JSON.parse(file("metadata.json")) as DatasetMetadata;

const tables = [
  "leaders.csv",
  "tenure_datings.csv",
  "categories.csv",
  "mechanisms.csv",
  "intensity_levels.csv",
  "relation_terms.csv",
  "assessments.csv",
  "events.csv",
  "institutions.csv",
  "institution_lineage.csv",
  "metrics.csv",
  "metric_values.csv",
  "figures.csv",
  "figure_estimates.csv",
  "claims.csv",
  "interpretations.csv",
  "sources.csv",
  "argument_steps.csv",
  "changelog_corrections.csv",
  "changelog_additions.csv",
  "citations.csv",
];

describe("dataset zip", () => {
  it("unpacks into one folder named after the version, with a CSV per table, metadata.json and README.md", () => {
    expect(Object.keys(files).sort()).toEqual([...tables, "README.md", "metadata.json"].map((f) => `${folder}/${f}`).sort());
  });

  it("describes every column of every CSV, in the order of its header row", () => {
    expect(metadata.tables.map((t) => t.file)).toEqual(tables);
    for (const table of metadata.tables) {
      const [header, ...rows] = parseCsv(file(table.file));
      expect(header, table.file).toEqual(table.columns.map((c) => c.name));
      expect(rows.length, table.file).toBe(table.rows);
      for (const column of table.columns) expect(column.description, `${table.file} ${column.name}`).not.toBe("");
      for (const row of rows) expect(row, table.file).toHaveLength(header!.length);
    }
  });

  it("writes every cell as its column's declared type says", () => {
    const fits: Record<ColumnType, RegExp> = {
      string: /[\s\S]*/,
      integer: /^-?\d+$/,
      number: /^-?\d+(\.\d+)?$/,
      boolean: /^(true|false)$/,
      date: /^\d{4}(-\d{2}(-\d{2})?)?$/,
      list: /^[^;]+(; [^;]+)*$/,
    };
    let checked = 0;
    for (const table of metadata.tables) {
      for (const record of parseCsvRecords(file(table.file))) {
        for (const column of table.columns) {
          const cell = record[column.name] ?? "";
          if (cell === "") continue;
          expect(cell, `${table.file} ${column.name}`).toMatch(fits[column.type]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("cannot leave a field of a record unaccounted for (checked by the typecheck)", () => {
    type Row = { slug: string; name: string };
    const schema = z.strictObject({ slug: z.string().meta({ description: "Slug." }), name: z.string().meta({ description: "Name." }) });
    // @ts-expect-error: "name" is neither a column nor left out with a reason.
    columnsOf<Row>(schema, { slug: "string" });
    expect(columnsOf<Row>(schema, { slug: "string", name: { omit: "not wanted" } }).map((c) => c.name)).toEqual(["slug"]);
    expect(() => columnsOf<Row>(z.strictObject({ slug: z.string(), name: z.string() }), { slug: "string", name: "string" })).toThrow(/no description/);
  });

  it("says how to cite the dataset and which version it is", () => {
    expect(metadata).toMatchObject({ title: "Test dataset", version: "1.0.0", citation: "Test dataset, version 1.0.0 (2026)." });
    const readme = file("README.md");
    expect(readme).toContain("# Test dataset");
    expect(readme).toContain("Version 1.0.0.");
    expect(readme).toMatch(/## How to cite\n\nTest dataset, version 1\.0\.0 \(2026\)\./);
  });

  it("points from the README to what changed, with each version's summary", () => {
    const readme = file("README.md");
    expect(readme).toContain("## What changed");
    expect(readme).toContain("- **1.0.0** (2026-11-26): A corrected count. 1 correction.");
    expect(readme).toContain("<https://example.org/changes>");
    expect(parseCsvRecords(file("changelog_corrections.csv"))).toEqual([
      { version: "1.0.0", file: "metrics/executions.json", record: "executions", field: "values[1937].best", old: "350000", new: "353074", reason: "The archival count, not a rounded one." },
    ]);
  });

  it("lists the bibliography in the README, grouped by kind", () => {
    const readme = file("README.md");
    expect(readme).toContain("- Robert Conquest (1990). *The Great Terror: A Reassessment*. Oxford University Press.");
    expect(readme).toContain("- V. P. Popov (1992). State terror in Soviet Russia. *Otechestvennye arkhivy*. <https://example.org/popov>");
    expect(readme.indexOf("### Scholarly works")).toBeLessThan(readme.indexOf("### Primary documents"));
  });

  it("writes values as the metadata describes them: lists with '; ', booleans, empty cells for no value", () => {
    const assessments = parseCsvRecords(file("assessments.csv"));
    expect(assessments.find((a) => a.leader === "stalin" && a.mechanism === "secret-police")?.institutions).toBe("cheka; nkvd");
    const events = parseCsvRecords(file("events.csv"));
    expect(events.find((e) => e.slug === "february")).toMatchObject({ leader: "", magnitude_best: "" });
    expect(events.find((e) => e.slug === "kronstadt")?.description).toBe('About Kronstädt rising, "quoted", with a comma.');
    expect(parseCsvRecords(file("metrics.csv"))[0]?.additive).toBe("true");
    expect(parseCsvRecords(file("metric_values.csv")).map((v) => `${v.metric} ${v.year} ${v.best}`)).toEqual(["executions 1921 9701", "executions 1937 353074"]);
    expect(parseCsvRecords(file("institution_lineage.csv"))).toEqual([{ institution: "nkvd", predecessor: "cheka", note: "Through the GPU and OGPU." }]);
  });

  it("keeps every citation with the record it supports", () => {
    const citations = parseCsvRecords(file("citations.csv"));
    expect(citations).toContainEqual({ table: "assessments", record: "lenin/censorship", source: "conquest-1990", locator: "p. 12", note: "" });
    expect(citations).toContainEqual({ table: "claims", record: "cheka-founded", source: "pipes-1990", locator: "p. 800", note: "" });
    expect(citations.filter((c) => c.table === "tenure_datings")).toHaveLength(2);
    const known = new Set(catalog.sources.map((s) => s.slug));
    expect(citations.every((c) => known.has(c.source ?? ""))).toBe(true);
  });
});
