// The route handlers when the database file is missing: a JSON 503 with the reason, and the
// endpoints that need no database still answer.
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { invalidParametersSchema, notFoundSchema, unavailableSchema } from "@/lib/api/schemas";

const missing = path.join(tmpdir(), `api-handlers-${process.pid}-missing.db`);

beforeAll(() => {
  vi.resetModules();
  // lib/db.ts keeps its client on globalThis outside production; start from a fresh one.
  delete (globalThis as { db?: unknown }).db;
  vi.stubEnv("DATABASE_URL", `file:${missing}`);
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  delete (globalThis as { db?: unknown }).db;
});

const get = (url: string) => new Request(`http://localhost${url}`);
const slug = (value: string) => ({ params: Promise.resolve({ slug: value }) });

describe("with the database file missing", () => {
  it("a list answers 503 with the problem's title and no file path, never stored", async () => {
    const { GET } = await import("@/app/api/v1/events/route");
    const response = await GET(get("/api/v1/events?m=secret-police"));
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(unavailableSchema.parse(JSON.parse(text))).toEqual({ error: "unavailable", message: "The dashboard's database is missing." });
    expect(text).not.toMatch(/missing\.db|tmp|Error|at /);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("a record answers 503 too", async () => {
    const { GET } = await import("@/app/api/v1/mechanisms/[slug]/route");
    expect((await GET(get("/api/v1/mechanisms/secret-police"), slug("secret-police"))).status).toBe(503);
  });

  it("the OpenAPI document and the unknown paths need no database", async () => {
    const openapi = await import("@/app/api/v1/openapi.json/route");
    const document = await openapi.GET(get("/api/v1/openapi.json"));
    expect(document.status).toBe(200);
    expect(await document.json()).toMatchObject({ openapi: "3.1.0", servers: [{ url: "/api/v1" }] });
    const refused = await openapi.GET(get("/api/v1/openapi.json?format=yaml"));
    expect(invalidParametersSchema.parse(await refused.json()).issues).toEqual([
      { parameter: "format", reason: "unknown parameter; this endpoint takes no parameters" },
    ]);

    const unknown = await import("@/app/api/v1/[[...path]]/route");
    const response = await unknown.GET(get("/api/v1/nope"), { params: Promise.resolve({ path: ["nope"] }) });
    expect(response.status).toBe(404);
    expect(notFoundSchema.parse(await response.json()).issues).toEqual([
      { parameter: "path", reason: 'no endpoint "/api/v1/nope"; the endpoints are listed in /api/v1/openapi.json' },
    ]);
  });
});
