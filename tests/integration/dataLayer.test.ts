// The data layer and the database-failure handling, against real SQLite files: the suite's one
// database (read only) and copies of it that a test changes or breaks.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { contentHash } from "@/lib/dataset/contentHash";
import { loadDataset } from "@/lib/dataset/load";
import { seedDatabase } from "@/lib/dataset/seedDatabase";
import { createPrismaClient } from "@/lib/prismaClient";
import { copyData, realDataDir } from "../support/dataFixture";
import { builtDatabase, copyBuiltDatabase } from "../support/database";
import { runTsx } from "../support/runScript";

const tmp = mkdtempSync(path.join(tmpdir(), "data-layer-"));
const good = builtDatabase();
const dataset = loadDataset(realDataDir);

/** Imports the data layer afresh with DATABASE_URL pointing at `file`. */
async function dataLayerFor(file: string) {
  vi.resetModules();
  // lib/db.ts keeps its client on globalThis outside production; start from a fresh one.
  delete (globalThis as { db?: unknown }).db;
  vi.stubEnv("DATABASE_URL", `file:${file}`);
  const { getLeaders } = await import("@/lib/queries/leaders");
  const { getDatasetExport } = await import("@/lib/queries/datasetExport");
  const { withDatabase } = await import("@/lib/queries/withDatabase");
  const { getCatalog } = await import("@/lib/queries/catalog");
  const { db } = await import("@/lib/db");
  return { getLeaders, getDatasetExport, getCatalog, withDatabase, db };
}

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(tmp, { recursive: true, force: true });
});

describe("data layer", () => {
  it("reads the leaders with their alternative datings", async () => {
    const { getLeaders, db } = await dataLayerFor(good);
    const leaders = await getLeaders();
    await db.$disconnect();
    expect(leaders.map((l) => l.slug)).toEqual(dataset.leaders.map((l) => l.slug));
    const stalin = leaders.find((l) => l.slug === "stalin");
    expect(stalin?.tenureDatings.map((t) => t.start)).toEqual(expect.arrayContaining(["1924-01-21", "1929-11"]));
    expect(stalin?.tenureDatings.filter((t) => t.isDefault)).toHaveLength(1);
  });
});

describe("the catalog (the whole dataset, kept in memory)", () => {
  it("is read once while the data is unchanged, and read again once db:setup loads changed files", async () => {
    const file = copyBuiltDatabase(path.join(tmp, "reload.db"));
    const { getCatalog, db } = await dataLayerFor(file);
    const first = await getCatalog();
    expect(await getCatalog()).toBe(first);

    // What db:setup does with changed files (setup.test.ts runs the script itself): load them
    // and seed them in one transaction, with their content hash.
    const data = copyData();
    data.edit("leaders.json", (leaders) => (leaders as { name: string }[]).map((l, i) => (i === 0 ? { ...l, name: "Renamed for the test" } : l)));
    const loader = createPrismaClient(file);
    try {
      await seedDatabase(loader, loadDataset(data.dir), contentHash(data.dir));
    } finally {
      await loader.$disconnect();
      data.cleanup();
    }

    const second = await getCatalog();
    await db.$disconnect();
    expect(second).not.toBe(first);
    expect(second.leaders[0]?.name).toBe("Renamed for the test");
    expect(first.leaders[0]?.name).not.toBe("Renamed for the test");
  });
});

describe("when the database is unusable, the page gets a reason and the log gets a hint", () => {
  async function problemFor(file: string) {
    const { getLeaders, withDatabase, db } = await dataLayerFor(file);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await withDatabase(getLeaders);
    const lines = log.mock.calls.map((c) => String(c[0]));
    log.mockRestore();
    await db.$disconnect().catch(() => {});
    return { result, lines };
  }

  it("missing file", async () => {
    const { result, lines } = await problemFor(path.join(tmp, "nope.db"));
    expect(result).toMatchObject({ ok: false, problem: { kind: "missing", title: "The dashboard's database is missing." } });
    expect(lines).toEqual([expect.stringMatching(/nope\.db: the database file does not exist: run `npm run db:setup`$/)]);
  });

  it("file that is not a database", async () => {
    const bogus = path.join(tmp, "bogus.db");
    writeFileSync(bogus, "not a database ".repeat(200));
    const { result, lines } = await problemFor(bogus);
    expect(result).toMatchObject({ ok: false, problem: { kind: "corrupt" } });
    expect(lines).toEqual([expect.stringMatching(/not a valid SQLite database: run `npm run db:reset`$/)]);
  });

  it("database that was never migrated", async () => {
    const empty = path.join(tmp, "empty.db");
    new Database(empty).close();
    const { result, lines } = await problemFor(empty);
    expect(result).toMatchObject({ ok: false, problem: { kind: "not-migrated" } });
    expect(lines).toEqual([expect.stringMatching(/run `npm run db:setup` to apply migrations$/)]);
  });

  it("database migrated but with no dataset", async () => {
    const bare = copyBuiltDatabase(path.join(tmp, "bare.db"));
    const db = new Database(bare);
    db.exec("PRAGMA foreign_keys = OFF; DELETE FROM Citation; DELETE FROM TenureDating; DELETE FROM ClaimLeader; DELETE FROM Assessment; DELETE FROM Event; DELETE FROM Leader;");
    db.close();
    const { result } = await problemFor(bare);
    expect(result).toMatchObject({ ok: false, problem: { kind: "not-seeded" } });
  });

  it("explanations carry no file path or stack trace", async () => {
    const { result } = await problemFor(path.join(tmp, "nope.db"));
    if (result.ok) throw new Error("expected a problem");
    expect(JSON.stringify(result.problem)).not.toMatch(/\/tmp|\bat \w+ \(|Error:/);
  });
});

describe("npm run data:export", () => {
  it("prints the dataset read from the database, matching the files it came from", () => {
    const run = runTsx("prisma/export.ts", { DATABASE_URL: `file:${good}` }, { tsxArgs: ["--conditions=react-server"] });
    expect(run.status, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as Record<string, unknown[]> & { dataset: { version: string } };
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(["leaders", "categories", "mechanisms", "assessments", "events", "institutions", "metrics", "sources", "claims", "interpretations"]),
    );
    expect(doc.dataset.version).toBe(dataset.info.version);
    expect(doc.sources).toHaveLength(dataset.sources.length);
    expect(doc.assessments).toHaveLength(dataset.assessments.length);

    // Every event comes back with its date, leader, mechanisms and citations as written.
    const events = doc.events as { slug: string; date: string; title: string; leader: string | null; mechanisms: string[]; sources: { source: string; locator: string | null }[] }[];
    expect(events).toHaveLength(dataset.events.length);
    for (const e of dataset.events) {
      const out = events.find((x) => x.slug === e.slug);
      expect(out, e.slug).toBeDefined();
      expect(out?.date).toBe(e.date);
      expect(out?.title).toBe(e.title);
      expect(out?.leader).toBe(e.leader);
      expect([...(out?.mechanisms ?? [])].sort()).toEqual([...e.mechanisms].sort());
      expect(out?.sources.map((s) => s.source)).toEqual(e.sources.map((s) => s.source));
    }

    // Every series comes back with its old slugs, and every value with its year, range, source and
    // the second publication its range comes from.
    type Value = { year: number; low: number | null; best: number; high: number | null; source: string; rangeSource: string | null; rangeLocator: string | null };
    const metrics = doc.metrics as { slug: string; aliases: string[]; values: Value[] }[];
    for (const m of dataset.metrics) {
      const out = metrics.find((x) => x.slug === m.slug);
      expect(out?.aliases).toEqual(m.aliases);
      expect(out?.values.map((v) => [v.year, v.low, v.best, v.high, v.source, v.rangeSource, v.rangeLocator])).toEqual(
        // In year order, whatever the order of the file (executions.json lists 1918 and 1919 last).
        [...m.values].sort((x, y) => x.year - y.year).map((v) => [v.year, v.low ?? null, v.best, v.high ?? null, v.source, v.rangeSource ?? null, v.rangeLocator ?? null]),
      );
    }
    expect(metrics.find((m) => m.slug === "death-sentences")?.aliases).toEqual(["executions"]);
    expect(metrics.find((m) => m.slug === "death-sentences")?.values.find((v) => v.year === 1941)).toMatchObject({
      source: "popov-1992",
      rangeSource: "luneev-1997",
      rangeLocator: "p. 180",
    });
  });
});
