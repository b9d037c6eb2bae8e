// Reads prisma/data/, validates every file with the zod schemas, then checks the references
// between files. Returns the dataset or throws a DatasetError that lists every problem found,
// each naming the file, the record and what is wrong.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import {
  argumentStepSchema,
  assessmentSchema,
  categorySchema,
  claimSchema,
  datasetInfoSchema,
  eventSchema,
  figureSchema,
  institutionSchema,
  rubricSchema,
  interpretationSchema,
  leaderSchema,
  metricSchema,
  sourceSchema,
  type MetricValueRecord,
} from "./schema";
import { checkArgument } from "./argumentCheck";
import { crossCheck } from "./crossCheck";
import { changelogEntrySchema, checkChangelog } from "./changelogSchema";
import { locatorCoverage } from "./locatorCoverage";
import { DatasetError, type DatasetIssue } from "./DatasetError";

/** A record with the file it came from, so later checks can say where a problem is. */
export type Located<T> = T & { file: string };

export type Dataset = Awaited<ReturnType<typeof loadDataset>>;

export function loadDataset(dir: string) {
  const issues: DatasetIssue[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file) || file;

  function readJson(file: string): unknown {
    let raw: string;
    try {
      raw = readFileSync(file, "utf8");
    } catch {
      issues.push({ file: rel(file), message: "file is missing or unreadable" });
      return undefined;
    }
    try {
      return JSON.parse(raw);
    } catch (error) {
      issues.push({ file: rel(file), message: `is not valid JSON: ${(error as Error).message}` });
      return undefined;
    }
  }

  /** Validates an array file record by record, so one bad record does not hide the others. */
  function readArray<S extends z.ZodType>(file: string, schema: S): Located<z.output<S>>[] {
    const json = readJson(file);
    if (json === undefined) return [];
    if (!Array.isArray(json)) {
      issues.push({ file: rel(file), message: "must contain a JSON array of records" });
      return [];
    }
    const out: Located<z.output<S>>[] = [];
    json.forEach((item: unknown, index) => {
      const parsed = schema.safeParse(item);
      const name = recordName(item, index);
      if (parsed.success) out.push({ ...(parsed.data as object), file: rel(file) } as Located<z.output<S>>);
      else for (const issue of parsed.error.issues) issues.push(toIssue(rel(file), name, issue));
    });
    return out;
  }

  function readObject<S extends z.ZodType>(file: string, schema: S): Located<z.output<S>> | undefined {
    const json = readJson(file);
    if (json === undefined) return undefined;
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push(toIssue(rel(file), recordName(json, 0), issue));
      return undefined;
    }
    return { ...(parsed.data as object), file: rel(file) } as Located<z.output<S>>;
  }

  function jsonFilesIn(sub: string): string[] {
    const folder = path.join(dir, sub);
    try {
      if (!statSync(folder).isDirectory()) throw new Error();
    } catch {
      issues.push({ file: rel(folder), message: "folder is missing" });
      return [];
    }
    return readdirSync(folder)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => path.join(folder, f));
  }

  const info = readObject(path.join(dir, "dataset.json"), datasetInfoSchema);
  const leaders = readArray(path.join(dir, "leaders.json"), leaderSchema);
  const categories = readArray(path.join(dir, "categories.json"), categorySchema);
  const rubricFile = readObject(path.join(dir, "rubric.json"), rubricSchema);
  const rubric = (rubricFile?.levels ?? []).map((r) => ({ ...r, file: rubricFile!.file }));
  const relationTerms = (rubricFile?.relations ?? []).map((r) => ({ ...r, file: rubricFile!.file }));
  const institutions = readArray(path.join(dir, "institutions.json"), institutionSchema);
  const figures = readArray(path.join(dir, "figures.json"), figureSchema);
  const claims = readArray(path.join(dir, "claims.json"), claimSchema);
  const interpretations = readArray(path.join(dir, "interpretations.json"), interpretationSchema);
  const argument = readArray(path.join(dir, "argument.json"), argumentStepSchema);
  const changelog = readArray(path.join(dir, "changelog.json"), changelogEntrySchema);
  const sources = jsonFilesIn("sources").flatMap((f) => readArray(f, sourceSchema));
  const assessments = jsonFilesIn("assessments").flatMap((f) => readArray(f, assessmentSchema));
  const events = jsonFilesIn("events").flatMap((f) => readArray(f, eventSchema));
  const metrics = jsonFilesIn("metrics").flatMap((f) => {
    const metric = readObject(f, metricSchema);
    if (!metric) return [];
    if (metric.importCsv) {
      const csvFile = path.join(path.dirname(f), metric.importCsv.file);
      const imported = readCsvValues(csvFile, metric.importCsv, (message) =>
        issues.push({ file: rel(csvFile), record: metric.slug, message }),
      );
      metric.values = [...metric.values, ...imported].sort((a, b) => a.year - b.year);
    }
    return [metric];
  });

  const dataset = {
    info,
    leaders,
    categories,
    mechanisms: categories.flatMap((c) => c.mechanisms.map((m) => ({ ...m, category: c.slug, file: c.file }))),
    rubric,
    relationTerms,
    sources,
    assessments,
    events,
    institutions,
    metrics,
    figures,
    claims,
    interpretations,
    argument,
  };
  // References between files are only checked once every file is valid on its own; otherwise
  // one broken file would bury its own error under "unknown ..." errors everywhere else.
  if (issues.length === 0) {
    issues.push(...crossCheck(dataset), ...checkArgument(dataset), ...locatorCoverage(dataset).issues);
    issues.push(...checkChangelog(changelog, changelogContext(dir, dataset, info?.version)));
  }
  if (issues.length > 0) throw new DatasetError(issues);
  return { ...dataset, info: info!, changelog };
}

/** What the changelog check needs to know about the rest of the dataset. */
function changelogContext(
  dir: string,
  d: { [kind: string]: unknown },
  datasetVersion: string | undefined,
): Parameters<typeof checkChangelog>[1] {
  const recordsByFile = new Map<string, Set<string>>();
  const sources = new Set<string>();
  const essaySources = new Set<string>();
  const kinds = ["leaders", "categories", "rubric", "sources", "assessments", "events", "institutions", "metrics", "figures", "claims", "interpretations", "argument"];
  for (const kind of kinds) {
    for (const r of d[kind] as ({ file: string } & Record<string, unknown>)[]) {
      const file = path.relative(dir, path.resolve(r.file)).split(path.sep).join("/");
      const key = typeof r.slug === "string" ? r.slug : typeof r.leader === "string" ? `${r.leader}/${String(r.mechanism)}` : String(r.level);
      if (!recordsByFile.has(file)) recordsByFile.set(file, new Set());
      recordsByFile.get(file)!.add(key);
      // A renamed series keeps the corrections filed under its old slug.
      if (Array.isArray(r.aliases)) for (const alias of r.aliases) recordsByFile.get(file)!.add(String(alias));
      if (kind === "sources") {
        sources.add(key);
        if (r.kind === "essay") essaySources.add(key);
      }
    }
  }
  recordsByFile.set("dataset.json", new Set(["dataset"]));
  recordsByFile.set("changelog.json", new Set());
  return { datasetVersion, recordsByFile, sources, essaySources };
}

function recordName(item: unknown, index: number): string {
  if (item && typeof item === "object") {
    const o = item as Record<string, unknown>;
    for (const key of ["slug", "level"]) {
      if (typeof o[key] === "string" || typeof o[key] === "number") return `#${index + 1} "${String(o[key])}"`;
    }
    if (typeof o.leader === "string" && typeof o.mechanism === "string") {
      return `#${index + 1} "${o.leader} × ${o.mechanism}"`;
    }
  }
  return `#${index + 1}`;
}

function toIssue(file: string, record: string, issue: z.core.$ZodIssue): DatasetIssue {
  const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return { file, record, message: `${where}${issue.message}` };
}

/** Reads a CSV file's year and value columns into metric values. */
function readCsvValues(
  file: string,
  spec: { yearColumn: string; valueColumn: string; source: string; locator?: string },
  report: (message: string) => void,
): MetricValueRecord[] {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    report("CSV file is missing or unreadable");
    return [];
  }
  let rows: string[][];
  try {
    // Blank lines are skipped; lines may differ in length (a short one is reported below).
    rows = parse(raw, { skip_empty_lines: true, skip_records_with_empty_values: true, trim: true, relax_column_count: true });
  } catch (error) {
    report(`not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  const header = rows.shift() ?? [];
  const yi = header.indexOf(spec.yearColumn);
  const vi = header.indexOf(spec.valueColumn);
  if (yi < 0 || vi < 0) {
    report(`CSV header must have columns "${spec.yearColumn}" and "${spec.valueColumn}"`);
    return [];
  }
  const values: MetricValueRecord[] = [];
  rows.forEach((row, i) => {
    const y = Number(row[yi]);
    const v = Number(row[vi]);
    if (!Number.isInteger(y) || row[vi] === undefined || row[vi] === "" || !Number.isFinite(v)) {
      report(`line ${i + 2}: year and value must be numbers`);
      return;
    }
    values.push({ year: y, best: v, source: spec.source, locator: spec.locator });
  });
  return values;
}
