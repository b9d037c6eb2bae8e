// The API's answers (lib/api/respond.ts): status, body and Cache-Control class. Their ETag and the
// 304 come from the layer in front of Next.js, tested in tests/unit/conditional.test.ts and
// tests/integration/responseCache.test.ts.
import { describe, expect, it } from "vitest";
import { internalError, invalidParameters, jsonResponse, notFound, unavailable } from "@/lib/api/respond";
import { databaseProblem } from "@/lib/databaseProblem";
import { CACHE_CONTROL } from "@/lib/server/cachePolicy";

const body = { data: [{ slug: "cheka" }], meta: { version: "1.0.0" } };

describe("jsonResponse", () => {
  it("answers JSON with the public Cache-Control", async () => {
    const response = jsonResponse(200, body);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe(CACHE_CONTROL.public);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect(await response.json()).toEqual(body);
  });
});

describe("the error answers", () => {
  it("400 and 404 list the issues and are revalidated before reuse", async () => {
    const issues = [{ parameter: "from", reason: "not a year" }];
    const bad = invalidParameters(issues);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "invalid_parameters", issues });
    expect(bad.headers.get("cache-control")).toBe("no-cache");

    const missing = notFound([{ parameter: "slug", reason: 'no event "nope" in the dataset' }]);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: "not_found" });
    expect(missing.headers.get("cache-control")).toBe("no-cache");
  });

  it("503 gives the problem's title only, asks to retry and is never stored", async () => {
    const response = unavailable(databaseProblem("missing"));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: "unavailable", message: "The dashboard's database is missing." });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBe("30");
  });

  it("500 (a bug) says so plainly, is never stored, and does not ask to retry", async () => {
    const response = internalError();
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "internal_error", message: "The server failed to build this answer. The error has been logged." });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBeNull();
  });
});
