// The dataset's changelog (prisma/data/changelog.json): one entry per version, newest first,
// each listing what changed since the version before it. Corrections name the record and the
// field they touch, with the old value, the new value, the reason and the sources that decided
// it, so that anyone who cited an earlier version can see what moved. Additions may be
// summarised by kind.
import { z } from "zod";
import type { DatasetIssue } from "./DatasetError";
import { citation } from "./schema";

const text = z.string().trim().min(1, "must not be empty");
const version = z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version like 1.1.0");
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be yyyy-mm-dd")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "is not a real calendar date");
/** A file under prisma/data/, written relative to it: "metrics/executions.json". */
const dataFile = z
  .string()
  .regex(/^(?:[a-z0-9-]+\/)?[a-z0-9-]+\.json$/, 'must be a JSON file under prisma/data/, e.g. "metrics/executions.json"');
const json: z.ZodType<unknown> = z.json();

export const changelogCorrectionSchema = z.strictObject({
  kind: z.literal("correction"),
  file: dataFile,
  /** The record's slug; for an assessment "leader/mechanism". */
  record: text,
  /** The field, as a path into the record: "values[1924].best", "magnitude.note", "leader". */
  field: text,
  old: json,
  new: json,
  reason: text,
  sources: z.array(citation).min(1, "a correction must cite the source that decided it"),
});

export const changelogAdditionSchema = z.strictObject({
  kind: z.literal("addition"),
  /** What was added, summarised: "6 yearly series: ...". */
  summary: text,
  /** The files the additions went into. */
  files: z.array(dataFile).min(1),
  /** The slugs added, when they are few enough to list. */
  records: z.array(text).optional(),
});

export const changelogChangeSchema = z.discriminatedUnion("kind", [changelogCorrectionSchema, changelogAdditionSchema]);

export const changelogEntrySchema = z.strictObject({
  version,
  date: day,
  summary: text,
  changes: z.array(changelogChangeSchema).min(1, "a version must list at least one change"),
});

export type ChangelogEntry = z.output<typeof changelogEntrySchema>;
export type ChangelogCorrection = z.output<typeof changelogCorrectionSchema>;

const versionKey = (v: string) => v.split(".").map(Number);
function compareVersions(a: string, b: string): number {
  const [x, y] = [versionKey(a), versionKey(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * Checks the changelog against the rest of the dataset: newest version first and equal to
 * dataset.json's, dates that do not go backwards, every corrected record present in the file
 * named, every cited source known and not the essay alone.
 */
export function checkChangelog(
  entries: (ChangelogEntry & { file: string })[],
  context: {
    datasetVersion: string | undefined;
    /** Record keys by data file ("metrics/executions.json" → {"executions"}). */
    recordsByFile: Map<string, Set<string>>;
    sources: Set<string>;
    essaySources: Set<string>;
  },
): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  if (entries.length === 0) return issues;
  const file = entries[0]!.file;
  const add = (record: string, message: string) => issues.push({ file, record, message });

  const latest = entries[0]!;
  if (context.datasetVersion && latest.version !== context.datasetVersion) {
    add(`"${latest.version}"`, `the newest entry must be dataset.json's version (${context.datasetVersion})`);
  }
  entries.forEach((entry, i) => {
    const next = entries[i + 1];
    if (next && compareVersions(entry.version, next.version) <= 0) {
      add(`"${entry.version}"`, `versions must be listed newest first, each once (${entry.version} comes before ${next.version})`);
    }
    if (next && entry.date < next.date) add(`"${entry.version}"`, `dated ${entry.date}, before the older version ${next.version} (${next.date})`);
    entry.changes.forEach((change, j) => {
      const where = `"${entry.version}" change ${j + 1}`;
      if (change.kind === "addition") {
        for (const f of change.files) if (!context.recordsByFile.has(f)) add(where, `unknown data file "${f}"`);
        return;
      }
      const records = context.recordsByFile.get(change.file);
      if (!records) add(where, `unknown data file "${change.file}"`);
      else if (!records.has(change.record)) add(where, `no record "${change.record}" in ${change.file}`);
      for (const c of change.sources) if (!context.sources.has(c.source)) add(where, `unknown source "${c.source}"`);
      if (change.sources.every((c) => context.essaySources.has(c.source))) {
        add(where, "cites only the essay: add the scholarly or primary source that decided the correction");
      }
      if (JSON.stringify(change.old) === JSON.stringify(change.new)) add(where, "old and new values are the same");
    });
  });
  return issues;
}
