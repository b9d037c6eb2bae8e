// Faults not covered by setup.test.ts and dataLayer.test.ts: a database location that cannot be
// written, a DATABASE_URL that is not SQLite, bad data given to `npx prisma db seed`, and a
// database left by an older version of the schema. Real SQLite files in a temporary folder:
// copies of the suite's one database (tests/integration/buildDatabase.ts).
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { copyData } from "../support/dataFixture";
import { copyBuiltDatabase, tableDump } from "../support/database";
import { runTsx } from "../support/runScript";

const root = path.resolve(import.meta.dirname, "../..");
const tmp = mkdtempSync(path.join(tmpdir(), "faults-"));
// The seed is given bad data against this copy, which must come out unchanged.
const good = copyBuiltDatabase(path.join(tmp, "good.db"));
// Root ignores permission bits (tests run as root in CI), so "cannot write here" needs a place
// that refuses everyone: /proc takes no new files.
const isRoot = process.getuid?.() === 0;

/** `npx prisma db seed`: the Prisma CLI runs the seed command of prisma.config.ts (tsx prisma/seed.ts). */
function prismaDbSeed(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "db", "seed"], {
    cwd: root,
    env: { ...process.env, PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`, ...env },
    encoding: "utf8",
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(tmp, { recursive: true, force: true });
});

describe("npm run db:setup where the database cannot be written", () => {
  it("says so when the folder cannot be created (a file stands where the folder should be)", () => {
    const plainFile = path.join(tmp, "not-a-folder");
    writeFileSync(plainFile, "a regular file\n");
    const run = runTsx("prisma/setup.ts", { DATABASE_URL: `file:${path.join(plainFile, "dashboard.db")}` });
    expect(run.status, run.output).toBe(1);
    expect(run.stderr).toMatch(/cannot create the folder for \S*not-a-folder\/dashboard\.db/);
    expect(run.stderr).toMatch(/Set DATABASE_URL to a writable location/);
    expect(readFileSync(plainFile, "utf8")).toBe("a regular file\n");
  });

  it("says so when the folder exists but takes no new file", () => {
    let folder = "/proc/self";
    if (!isRoot) {
      folder = path.join(tmp, "read-only");
      mkdirSync(folder);
      chmodSync(folder, 0o555);
    }
    const target = path.join(folder, "dashboard.db");
    const run = runTsx("prisma/setup.ts", { DATABASE_URL: `file:${target}` });
    expect(run.status, run.output).toBe(1);
    // The problem (this location cannot be written) and the fix (point DATABASE_URL elsewhere),
    // not Prisma's "External error".
    expect(run.stderr).toMatch(/not writable/i);
    expect(run.stderr).toMatch(/set DATABASE_URL to a writable/i);
    expect(run.stderr).not.toMatch(/External error/);
    expect(existsSync(target)).toBe(false);
  });

  it("refuses a DATABASE_URL that is not a SQLite file", () => {
    const run = runTsx("prisma/setup.ts", { DATABASE_URL: "postgres://localhost/dashboard" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/DATABASE_URL must be a SQLite file URL such as "file:\.\/prisma\/dashboard\.db"/);
  });
});

describe("npx prisma db seed with bad input", () => {
  it("refuses a data file that breaks the rules and leaves the database as it was", () => {
    const broken = copyData();
    broken.edit("leaders.json", (json) => (json as { sources: unknown }[]).map((l) => ({ ...l, sources: [] })));
    const before = tableDump(good);
    const run = prismaDbSeed({ DATABASE_URL: `file:${good}`, DATA_DIR: broken.dir });
    broken.cleanup();
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/leaders\.json › #\d+ "lenin": sources: must cite at least one source/);
    expect(tableDump(good)).toBe(before);
  });

  it("refuses a data file that is not JSON and leaves the database as it was", () => {
    const broken = copyData();
    writeFileSync(path.join(broken.dir, "leaders.json"), '[{ "slug": "lenin", ');
    const before = tableDump(good);
    const run = prismaDbSeed({ DATABASE_URL: `file:${good}`, DATA_DIR: broken.dir });
    broken.cleanup();
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/leaders\.json.*is not valid JSON/);
    expect(tableDump(good)).toBe(before);
  });

  it("refuses a database that does not exist yet instead of leaving an empty file behind", () => {
    const missing = path.join(tmp, "never-set-up.db");
    const run = prismaDbSeed({ DATABASE_URL: `file:${missing}` });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/npm run db:setup/);
    expect(existsSync(missing)).toBe(false);
  });
});

describe("a database left by an older version of the schema", () => {
  it("is reported to the page as out of date, with the fix in the log", async () => {
    const older = copyBuiltDatabase(path.join(tmp, "older.db"));
    const db = new Database(older);
    db.exec('ALTER TABLE "Leader" DROP COLUMN "convention"');
    db.close();

    vi.resetModules();
    delete (globalThis as { db?: unknown }).db;
    vi.stubEnv("DATABASE_URL", `file:${older}`);
    const { getLeaders } = await import("@/lib/queries/leaders");
    const { withDatabase } = await import("@/lib/queries/withDatabase");
    const { db: client } = await import("@/lib/db");
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await withDatabase(getLeaders);
    const lines = log.mock.calls.map((c) => String(c[0]));
    log.mockRestore();
    await client.$disconnect();

    expect(result).toMatchObject({ ok: false, problem: { kind: "not-migrated", title: "The dashboard's database is out of date." } });
    expect(lines).toEqual([expect.stringMatching(/older\.db: the database is missing tables: run `npm run db:setup` to apply migrations$/)]);
    if (!result.ok) expect(JSON.stringify(result.problem)).not.toMatch(/older\.db|convention|\/tmp/);
  });
});

describe("data that fails its own schema (a bug, not an outage)", () => {
  it("is answered 500 by the API with a plain message, logged once as a bug, never 503", async () => {
    vi.resetModules();
    // What the database gives back no longer fits the API's schema (toApiDataset parses it with zod).
    vi.doMock("@/lib/queries/catalog", () => ({ getCatalog: async () => ({ dataset: { version: "1.0.0" }, leaders: [{ slug: 42 }] }) }));
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { GET } = await import("@/app/api/v1/events/route");
      const response = await GET(new Request("http://localhost/api/v1/events?m=secret-police"));
      expect(response.status).toBe(500);
      expect(response.headers.get("retry-after")).toBeNull();
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ error: "internal_error", message: "The server failed to build this answer. The error has been logged." });
      // One line, with the error itself (Node prints its stack).
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]?.[0]).toBe("[bug] GET /api/v1/events failed:");
      expect((log.mock.calls[0]?.[1] as Error).name).toBe("ZodError");
    } finally {
      log.mockRestore();
      vi.doUnmock("@/lib/queries/catalog");
    }
  });

  it("is thrown on by withDatabase, which answers only database failures", async () => {
    vi.resetModules();
    const { withDatabase } = await import("@/lib/queries/withDatabase");
    const { z } = await import("zod");
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(withDatabase(async () => z.object({ slug: z.string() }).parse({ slug: 42 }))).rejects.toThrow(z.ZodError);
      await expect(withDatabase(async () => (undefined as unknown as { x: number }).x)).rejects.toThrow(TypeError);
      expect(log).not.toHaveBeenCalled();
      // A database failure is still a problem to explain (503), with its one log line.
      const missing = await withDatabase(async () => {
        throw Object.assign(new Error("unable to open database file"), { code: "SQLITE_CANTOPEN" });
      });
      // "missing", or "unreadable" when the configured file is there after all (withDatabase looks).
      expect(missing).toMatchObject({ ok: false, problem: { kind: expect.stringMatching(/^(missing|unreadable)$/) } });
      expect(log).toHaveBeenCalledTimes(1);
    } finally {
      log.mockRestore();
    }
  });
});
