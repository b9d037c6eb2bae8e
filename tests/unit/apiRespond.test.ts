import { describe, expect, it } from "vitest";
import { cacheControl, etagMatches, etagOf, invalidParameters, jsonResponse, notFound, unavailable } from "@/lib/api/respond";
import { databaseProblem } from "@/lib/databaseProblem";

const get = (headers: Record<string, string> = {}) => new Request("http://localhost/api/v1/events", { headers });
const body = { data: [{ slug: "cheka" }], meta: { version: "1.0.0" } };

describe("etagOf", () => {
  it("gives the same body the same ETag, and another body another", () => {
    expect(etagOf(JSON.stringify(body))).toBe(etagOf(JSON.stringify({ ...body })));
    expect(etagOf(JSON.stringify(body))).not.toBe(etagOf(JSON.stringify({ ...body, meta: { version: "1.0.1" } })));
    expect(etagOf("x")).toMatch(/^W\/"[\w-]+"$/);
  });
});

describe("etagMatches", () => {
  const tag = etagOf("x");
  const opaque = tag.slice(2);
  it.each([
    [tag, true],
    [opaque, true],
    [`W/"other", ${tag}`, true],
    ["*", true],
    ['W/"other"', false],
    ["", false],
  ])("If-None-Match: %s → %s", (header, expected) => {
    expect(etagMatches(header, tag)).toBe(expected);
  });
  it("is false without the header", () => expect(etagMatches(null, tag)).toBe(false));
});

describe("jsonResponse", () => {
  it("answers JSON with an ETag of the body and a public Cache-Control", async () => {
    const response = jsonResponse(get(), 200, body);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300, stale-while-revalidate=3600");
    const text = await response.text();
    expect(JSON.parse(text)).toEqual(body);
    expect(response.headers.get("etag")).toBe(etagOf(text));
  });

  it("answers 304 with no body when If-None-Match names the ETag", async () => {
    const etag = jsonResponse(get(), 200, body).headers.get("etag") ?? "";
    const response = jsonResponse(get({ "If-None-Match": etag }), 200, body);
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toBe(etag);
    expect(response.headers.get("cache-control")).toBe(cacheControl.ok);
  });

  it("answers 200 again when the body changed", () => {
    const etag = jsonResponse(get(), 200, body).headers.get("etag") ?? "";
    expect(jsonResponse(get({ "If-None-Match": etag }), 200, { ...body, data: [] }).status).toBe(200);
  });

  it("never answers an error with 304", () => {
    const issues = [{ parameter: "from", reason: "not a year" }];
    const etag = invalidParameters(get(), issues).headers.get("etag") ?? "";
    expect(invalidParameters(get({ "If-None-Match": etag }), issues).status).toBe(400);
  });
});

describe("the error answers", () => {
  it("400 and 404 list the issues and are revalidated before reuse", async () => {
    const issues = [{ parameter: "from", reason: "not a year" }];
    const bad = invalidParameters(get(), issues);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "invalid_parameters", issues });
    expect(bad.headers.get("cache-control")).toBe("no-cache");
    expect(bad.headers.get("etag")).toBeTruthy();

    const missing = notFound(get(), [{ parameter: "slug", reason: 'no event "nope" in the dataset' }]);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: "not_found" });
    expect(missing.headers.get("cache-control")).toBe("no-cache");
  });

  it("503 gives the problem's title only and is never stored", async () => {
    const response = unavailable(get(), databaseProblem("missing"));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: "unavailable", message: "The dashboard's database is missing." });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("etag")).toBeTruthy();
    expect(response.headers.get("retry-after")).toBe("30");
  });
});
