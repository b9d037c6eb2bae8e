import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { DataPackage } from "@/lib/export/dataPackage";
import { columnsOf, datasetZip } from "@/lib/export/datasetZip";
import { exportCatalog as catalog } from "../support/exportCatalog";
import { dataProblems, descriptorProblems } from "../support/frictionless";
import { parseCsv, parseCsvRecords } from "../support/parseCsv";

const folder = "lenin-vs-stalin-dataset-1.0.0";
const files = Object.fromEntries(Object.entries(unzipSync(datasetZip(catalog, { siteUrl: "https://example.org/" }))).map(([name, bytes]) => [name, strFromU8(bytes)]));
const file = (name: string) => files[`${folder}/${name}`] ?? "";
const descriptor = JSON.parse(file("datapackage.json")) as DataPackage;
const tableResources = descriptor.resources.filter((r) => r.type === "table");

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

const bibliography = ["sources.bib", "sources.ris", "sources.json"];

describe("dataset zip", () => {
  it("unpacks into one folder named after the version: a CSV per table, datapackage.json, CITATION.cff, README.md and the bibliography files", () => {
    expect(Object.keys(files).sort()).toEqual([...tables, ...bibliography, "README.md", "datapackage.json", "CITATION.cff"].map((f) => `${folder}/${f}`).sort());
  });

  it("is a Frictionless Data Package: the descriptor passes the Data Package, Data Resource and Table Schema JSON Schemas", () => {
    expect(descriptorProblems(descriptor)).toEqual([]);
    expect(descriptor).toMatchObject({ $schema: "https://datapackage.org/profiles/2.0/datapackage.json", name: "lenin-vs-stalin-dataset", version: "1.0.0", homepage: "https://example.org/" });
    expect(tableResources.map((r) => r.path)).toEqual(tables);
    expect(descriptor.resources.filter((r) => r.type !== "table").map((r) => r.path)).toEqual(bibliography);
  });

  it("describes every column of every CSV, in the order of its header row, with a type, a description and no value written as an empty cell", () => {
    for (const r of tableResources) {
      const [header] = parseCsv(file(r.path));
      expect(header, r.path).toEqual(r.schema!.fields.map((f) => f.name));
      expect(r.schema!.missingValues, r.path).toEqual([""]);
      for (const field of r.schema!.fields) {
        expect(field.description, `${r.path} ${field.name}`).not.toBe("");
        expect(field.type, `${r.path} ${field.name}`).toMatch(/^(string|integer|number|boolean|list)$/);
      }
    }
  });

  it("keeps every CSV to its Table Schema: types, required values, primary keys unique, foreign keys resolving", () => {
    expect(dataProblems(descriptor, file)).toEqual([]);
    const schemaOf = (name: string) => tableResources.find((r) => r.name === name)!.schema!;
    expect(schemaOf("assessments").primaryKey).toEqual(["leader", "mechanism"]);
    expect(schemaOf("metric_values")).toMatchObject({ primaryKey: ["metric", "year"] });
    expect(schemaOf("events").foreignKeys).toContainEqual({ fields: ["leader"], reference: { resource: "leaders", fields: ["slug"] } });
    expect(schemaOf("citations").foreignKeys).toContainEqual({ fields: ["source"], reference: { resource: "sources", fields: ["slug"] } });
    expect(schemaOf("events").fields.find((f) => f.name === "date")).toMatchObject({ type: "string", constraints: { required: true, pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" } });
    expect(schemaOf("events").fields.find((f) => f.name === "mechanisms")).toMatchObject({ type: "list", delimiter: "; ", itemType: "string" });
  });

  it("the CSV check fails on a file that breaks its schema", () => {
    const broken = (name: string, change: (text: string) => string) => (path: string) => (path === name ? change(file(path)) : file(path));
    expect(dataProblems(descriptor, broken("assessments.csv", (t) => t.replace("lenin,censorship,4", "lenin,censorship,four")))).toEqual([
      'assessments.csv row 2, intensity: "four" is not an integer',
      'assessments.csv row 2: intensity ["four"] is not in intensity_levels',
    ]);
    expect(dataProblems(descriptor, broken("metric_values.csv", (t) => t.replace("executions,sentences,1937", "executions,sentences,1921")))).toContain(
      'metric_values.csv row 3: primary key ["executions","1921"] repeated',
    );
    expect(dataProblems(descriptor, broken("events.csv", (t) => t.replace(/\r\nkronstadt,1921-03/, "\r\nkronstadt,")))).toContain("events.csv row 4, date: required, but empty");
    expect(dataProblems(descriptor, broken("citations.csv", (t) => t.replace("conquest-1990", "nobody-1999")))[0]).toMatch(/source \["nobody-1999"\] is not in sources/);
    expect(descriptorProblems({ ...descriptor, resources: [...descriptor.resources, descriptor.resources[0]] })).toEqual(["resource name leaders is not unique"]);
    expect(descriptorProblems({ resources: [{ name: "Bad Name", path: "/etc/passwd" }] })).not.toEqual([]);
  });

  it("lets a text field that may be empty in the data be empty in its CSV: the argument's default view", () => {
    const withDefaultView = { ...catalog, argument: catalog.argument.map((step) => ({ ...step, view: "" })) };
    const zipped = Object.fromEntries(Object.entries(unzipSync(datasetZip(withDefaultView))).map(([name, bytes]) => [name, strFromU8(bytes)]));
    expect(dataProblems(descriptor, (path) => zipped[`${folder}/${path}`])).toEqual([]);
    expect(parseCsvRecords(zipped[`${folder}/argument_steps.csv`]!)[0]?.view).toBe("");
  });

  it("gives every yearly value and estimate its unit", () => {
    expect(parseCsvRecords(file("metric_values.csv")).map((v) => v.unit)).toEqual(["sentences", "sentences"]);
    expect(new Set(parseCsvRecords(file("figure_estimates.csv")).map((e) => e.unit)).size).toBe(1);
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
    expect(descriptor).toMatchObject({ title: "Test dataset", version: "1.0.0" });
    expect(descriptor.description).toContain("Test dataset, version 1.0.0 (2026).");
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

  it("has a CITATION.cff with the dataset's title, version and release date", () => {
    const cff = parseYaml(file("CITATION.cff")) as Record<string, unknown>;
    expect(cff).toMatchObject({
      "cff-version": "1.2.0",
      type: "dataset",
      title: "Test dataset",
      version: "1.0.0",
      "date-released": "2026-11-26",
      authors: [{ name: expect.any(String) }],
      url: "https://example.org",
      "repository-artifact": "https://example.org/download/dataset.zip",
    });
    expect(cff.message).toContain("Test dataset, version 1.0.0 (2026).");
  });

  it("lists the bibliography in the README, grouped by kind, each reference as the site writes it", () => {
    const readme = file("README.md");
    expect(readme).toContain("- Conquest, R. (1990) The Great Terror: A Reassessment. Oxford University Press.");
    expect(readme).toContain("- Popov, V.P. (1992) “State terror in Soviet Russia,” Otechestvennye arkhivy [Preprint]. Available at: https://example.org/popov.");
    expect(readme.indexOf("### Scholarly works")).toBeLessThan(readme.indexOf("### Primary documents"));
    expect(file("sources.bib")).toContain("@book{conquest-1990,");
    expect(JSON.parse(file("sources.json")).map((s: { id: string }) => s.id)).toEqual(["conquest-1990", "pipes-1990", "popov-1992"]);
  });

  it("writes values as the metadata describes them: lists with '; ', booleans, empty cells for no value", () => {
    const assessments = parseCsvRecords(file("assessments.csv"));
    expect(assessments.find((a) => a.leader === "stalin" && a.mechanism === "secret-police")?.institutions).toBe("cheka; nkvd");
    const events = parseCsvRecords(file("events.csv"));
    expect(events.find((e) => e.slug === "february")).toMatchObject({ leader: "", magnitude_best: "" });
    expect(events.find((e) => e.slug === "kronstadt")?.description).toBe('About Kronstädt rising, "quoted", with a comma.');
    expect(parseCsvRecords(file("metrics.csv"))[0]?.additive).toBe("true");
    expect(parseCsvRecords(file("metric_values.csv")).map((v) => `${v.metric} ${v.year} ${v.best} ${v.unit}`)).toEqual(["executions 1921 9701 sentences", "executions 1937 353074 sentences"]);
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
