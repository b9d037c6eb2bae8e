// Errors answered in their class, through a real API route on real SQLite files: a database that is
// missing, unreadable, damaged, locked or not migrated is an outage (503, Retry-After, never
// stored, one log line saying what to run); a query the schema does not allow
// (PrismaClientValidationError) or a TypeError is a bug (500, logged once), never an outage.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { builtDatabase, copyBuiltDatabase } from "../support/database";

const tmp = mkdtempSync(path.join(tmpdir(), "database-errors-"));
// The integration suite's one database (read only): copies of it are damaged, locked, emptied.
const good = builtDatabase();

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.doUnmock("@/lib/queries/catalog");
  vi.resetModules();
  delete (globalThis as { db?: unknown }).db;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** GET /api/v1/leaders with the server's database at `file`; the response and what was logged. */
async function askLeaders(file: string) {
  vi.resetModules();
  delete (globalThis as { db?: unknown }).db;
  vi.stubEnv("DATABASE_URL", `file:${file}`);
  const log = vi.spyOn(console, "error").mockImplementation(() => {});
  const { GET } = await import("@/app/api/v1/leaders/route");
  const response = await GET(new Request("http://localhost/api/v1/leaders"));
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  return { response, body: (await response.json()) as { error: string; message: string }, lines: log.mock.calls.map((c) => c.map(String).join(" ")) };
}

function copyOfGood(name: string): string {
  return copyBuiltDatabase(path.join(tmp, name));
}

describe("a database outage: 503 with what to run", () => {
  const cases: [string, () => string, RegExp, RegExp][] = [
    ["missing", () => path.join(tmp, "never-created.db"), /missing/, /does not exist: run `npm run db:setup`/],
    ["unreadable (a folder where the file should be)", () => (mkdirSync(path.join(tmp, "folder.db"), { recursive: true }), path.join(tmp, "folder.db")), /cannot be read/, /cannot be opened.*`npm run db:reset`/],
    ["damaged (not SQLite)", () => (writeFileSync(path.join(tmp, "garbage.db"), "not a database ".repeat(400)), path.join(tmp, "garbage.db")), /damaged/, /not a valid SQLite database: run `npm run db:reset`/],
    [
      "not migrated (a table missing)",
      () => {
        const file = copyOfGood("old.db");
        const db = new Database(file);
        db.exec('DROP TABLE "Leader"');
        db.close();
        return file;
      },
      /out of date/,
      /missing tables: run `npm run db:setup`/,
    ],
  ];
  for (const [what, make, title, hint] of cases) {
    it(what, async () => {
      const { response, body, lines } = await askLeaders(make());
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(body.error).toBe("unavailable");
      expect(body.message).toMatch(title);
      expect(lines).toEqual([expect.stringMatching(hint)]);
    });
  }

  it("locked by another process (an exclusive transaction held open)", async () => {
    const file = copyOfGood("locked.db");
    const holder = new Database(file);
    holder.exec("BEGIN EXCLUSIVE");
    holder.exec('DELETE FROM "Leader" WHERE 0');
    try {
      const { response, body, lines } = await askLeaders(file);
      expect(response.status).toBe(503);
      expect(body.message).toMatch(/busy/);
      expect(lines).toEqual([expect.stringMatching(/locked by another process/)]);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  }, 20_000);
});

describe("a bug while reading: 500, logged once, never an outage", () => {
  it("a query the schema does not allow (PrismaClientValidationError)", async () => {
    vi.doMock("@/lib/queries/catalog", async () => {
      const { db } = await import("@/lib/db");
      return { getCatalog: async () => db.leader.findMany({ where: { noSuchField: 1 } as never }) };
    });
    const { response, body, lines } = await askLeaders(good);
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
    expect(body.error).toBe("internal_error");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[bug\] GET \/api\/v1\/leaders failed: PrismaClientValidationError/);
  });

  it("a TypeError", async () => {
    vi.doMock("@/lib/queries/catalog", () => ({ getCatalog: async () => (undefined as unknown as { leaders: [] }).leaders }));
    const { response, lines } = await askLeaders(good);
    expect(response.status).toBe(500);
    expect(lines).toEqual([expect.stringMatching(/^\[bug\] GET \/api\/v1\/leaders failed: TypeError/)]);
  });
});
