// db:setup against real SQLite files in a temporary folder, built by the committed migrations.
// The suite's one database (tests/integration/buildDatabase.ts) is itself a db:setup run on a new
// file: the first test checks that run; the others run the script again on copies of its file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadDataset } from "@/lib/dataset/load";
import { copyData, realDataDir } from "../support/dataFixture";
import { builtDatabase, copyBuiltDatabase, countRows as count, tableDump } from "../support/database";
import { runTsx } from "../support/runScript";

const tmp = mkdtempSync(path.join(tmpdir(), "setup-test-"));
// The tests below change this copy in turn: run again, refuse bad data, reload, reset.
const dbFile = copyBuiltDatabase(path.join(tmp, "dashboard.db"));
const env = { DATABASE_URL: `file:${dbFile}` };
const dataset = loadDataset(realDataDir);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("npm run db:setup", () => {
  it("creates, migrates and seeds a new database", () => {
    // The globalSetup's run succeeded, or no test would have started.
    const built = builtDatabase();
    expect(inject("builtDatabase").setupStdout).toMatch(/seeded with dataset/);
    expect(count(built, "_prisma_migrations")).toBe(migrationCount());
    expect(count(built, "Leader")).toBe(dataset.leaders.length);
    expect(count(built, "Mechanism")).toBe(dataset.mechanisms.length);
    expect(count(built, "Assessment")).toBe(dataset.assessments.length);
    expect(count(built, "Event")).toBe(dataset.events.length);
    expect(count(built, "Institution")).toBe(dataset.institutions.length);
    expect(count(built, "Source")).toBe(dataset.sources.length);
    expect(count(built, "Claim")).toBe(dataset.claims.length);
    expect(count(built, "MetricValue")).toBe(dataset.metrics.reduce((n, m) => n + m.values.length, 0));
  });

  it("leaves no broken reference and cites every record", () => {
    const db = new Database(builtDatabase(), { readonly: true });
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
    expect(count(bare, "_prisma_migrations")).toBe(migrationCount());
    expect(count(bare, "Leader")).toBe(dataset.leaders.length);
  });

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
  });
});

/** The committed migrations: one folder each (migration_lock.toml is the only file beside them). */
function migrationCount(): number {
  return readdirSync("prisma/migrations", { withFileTypes: true }).filter((e) => e.isDirectory()).length;
}
