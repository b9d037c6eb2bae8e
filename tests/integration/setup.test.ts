// db:setup against real SQLite files in a temporary folder, built by the committed migrations.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/dataset/load";
import { copyData, realDataDir } from "../support/dataFixture";
import { runTsx } from "../support/runScript";

const tmp = mkdtempSync(path.join(tmpdir(), "setup-test-"));
const dbFile = path.join(tmp, "dashboard.db");
const env = { DATABASE_URL: `file:${dbFile}` };
const dataset = loadDataset(realDataDir);

function tableDump(file: string): string {
  const db = new Database(file, { readonly: true });
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name")
    .all() as { name: string }[];
  const dump = tables.map(({ name }) => `${name}:${JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all())}`).join("\n");
  db.close();
  return dump;
}

function count(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  const row = db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number };
  db.close();
  return row.n;
}

let firstRun: ReturnType<typeof runTsx>;
beforeAll(() => {
  firstRun = runTsx("prisma/setup.ts", env);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("npm run db:setup", () => {
  it("creates, migrates and seeds a new database", () => {
    expect(firstRun.status, firstRun.output).toBe(0);
    expect(firstRun.stdout).toMatch(/seeded with dataset/);
    expect(count(dbFile, "Leader")).toBe(dataset.leaders.length);
    expect(count(dbFile, "Mechanism")).toBe(dataset.mechanisms.length);
    expect(count(dbFile, "Assessment")).toBe(dataset.assessments.length);
    expect(count(dbFile, "Event")).toBe(dataset.events.length);
    expect(count(dbFile, "Institution")).toBe(dataset.institutions.length);
    expect(count(dbFile, "Source")).toBe(dataset.sources.length);
    expect(count(dbFile, "Claim")).toBe(dataset.claims.length);
    expect(count(dbFile, "MetricValue")).toBe(dataset.metrics.reduce((n, m) => n + m.values.length, 0));
  });

  it("leaves no broken reference and cites every record", () => {
    const db = new Database(dbFile, { readonly: true });
    expect(db.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
    for (const [table, column] of [
      ["Leader", "leaderId"],
      ["Assessment", "assessmentId"],
      ["Event", "eventId"],
      ["Institution", "institutionId"],
      ["Metric", "metricId"],
      ["Claim", "claimId"],
      ["Interpretation", "interpretationId"],
    ] as const) {
      const uncited = db.prepare(`SELECT COUNT(*) AS n FROM "${table}" t WHERE NOT EXISTS (SELECT 1 FROM Citation c WHERE c."${column}" = t.id)`).get() as { n: number };
      expect(uncited.n, `${table} rows without a citation`).toBe(0);
    }
    db.close();
  });

  it("changes nothing when run a second time", () => {
    const before = tableDump(dbFile);
    const second = runTsx("prisma/setup.ts", env);
    expect(second.status, second.output).toBe(0);
    expect(second.stdout).toMatch(/is up to date \(no pending migrations/);
    expect(tableDump(dbFile)).toBe(before);
  });

  it("applies pending migrations to an existing database file that has none applied", () => {
    const bare = path.join(tmp, "bare.db");
    new Database(bare).close();
    const run = runTsx("prisma/setup.ts", { DATABASE_URL: `file:${bare}` });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toMatch(/seeded with dataset/);
    expect(count(bare, "_prisma_migrations")).toBe(readdirSync("prisma/migrations").filter((f) => !f.includes(".")).length);
    expect(count(bare, "Leader")).toBe(dataset.leaders.length);
  }, 60_000);

  it("refuses invalid data and leaves the database as it was", () => {
    const broken = copyData();
    broken.edit("leaders.json", (json) => (json as { sources: unknown }[]).map((l) => ({ ...l, sources: [] })));
    const before = tableDump(dbFile);
    const run = runTsx("prisma/setup.ts", { ...env, DATA_DIR: broken.dir });
    broken.cleanup();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/leaders\.json › #\d+ "lenin": sources: must cite at least one source/);
    expect(run.stderr).toMatch(/The database was not changed/);
    expect(tableDump(dbFile)).toBe(before);
  });

  it("reloads the dataset in one go when the files changed", () => {
    const changed = copyData();
    changed.edit("dataset.json", (json) => ({ ...(json as object), version: "9.9.9" }));
    // A new version is described in the changelog, whose newest entry must carry it.
    changed.edit("changelog.json", (json) => (json as { version: string }[]).map((e, i) => (i === 0 ? { ...e, version: "9.9.9" } : e)));
    const run = runTsx("prisma/setup.ts", { ...env, DATA_DIR: changed.dir });
    changed.cleanup();
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toMatch(/reloaded with dataset 9\.9\.9/);
    expect(count(dbFile, "Event")).toBe(dataset.events.length);
  });

  it("refuses a file that is not a SQLite database and does not touch it", () => {
    const bogus = path.join(tmp, "bogus.db");
    writeFileSync(bogus, "this is not a database, just text ".repeat(100));
    const before = readFileSync(bogus);
    const run = runTsx("prisma/setup.ts", { DATABASE_URL: `file:${bogus}` });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is not a usable SQLite database .*npm run db:reset/s);
    expect(readFileSync(bogus).equals(before)).toBe(true);
    expect(statSync(bogus).size).toBe(before.length);
  });

  it("with --reset (npm run db:reset) deletes the database and rebuilds it from the files", () => {
    const db = new Database(dbFile);
    db.prepare("DELETE FROM Event").run();
    db.close();
    const reset = runTsx("prisma/setup.ts", env, { args: ["--reset"] });
    expect(reset.status, reset.output).toBe(0);
    expect(reset.stdout).toMatch(/deleted .*\(--reset\)/);
    expect(reset.stdout).toMatch(/seeded with dataset/);
    expect(count(dbFile, "Event")).toBe(dataset.events.length);
  }, 60_000);
});
