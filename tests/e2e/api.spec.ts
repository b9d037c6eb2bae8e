import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIResponse } from "@playwright/test";
import { BROKEN_URL } from "./servers";
import { API_BASE, endpoints } from "@/lib/api/endpoints";
import { datasetSchema, invalidParametersSchema, notFoundSchema, unavailableSchema, type ApiDataset } from "@/lib/api/schemas";
import { loadDataset } from "@/lib/dataset/load";
import { realDataDir } from "../support/dataFixture";

// The files the server's database was built from: expected counts come from here, so records
// added to the data never break a test, and a list that comes back empty always does.
const data = loadDataset(realDataDir);

type OpenApi = {
  openapi: string;
  paths: Record<string, { get: { responses: Record<string, { content?: { "application/json": { schema: { $ref: string } } } }> } }>;
  components: { schemas: Record<string, unknown> };
};

function expectCacheHeaders(response: APIResponse, cacheControl: string) {
  // A strong ETag, made by the layer in front of Next.js from the body's bytes.
  expect(response.headers()["etag"]).toMatch(/^"[^"]+"$/);
  expect(response.headers()["cache-control"]).toBe(cacheControl);
}
// The server's one policy for public answers (lib/server/cachePolicy.ts).
const OK_CACHE = "public, max-age=300, s-maxage=86400, stale-while-revalidate=3600";

async function issuesOf(response: APIResponse) {
  expect(response.status()).toBe(400);
  expect(response.headers()["content-type"]).toContain("application/json");
  return invalidParametersSchema.parse(await response.json()).issues;
}

test("every endpoint answers 200 with a body of the schema its OpenAPI path names", async ({ request }) => {
  const documentResponse = await request.get(`${API_BASE}/openapi.json`);
  expect(documentResponse.status()).toBe(200);
  const document = (await documentResponse.json()) as OpenApi;
  expect(document.openapi).toBe("3.1.0");
  const dataset: ApiDataset = datasetSchema.parse((await (await request.get(`${API_BASE}/dataset`)).json()).data);
  expect(endpoints.length).toBeGreaterThan(0);
  expect(Object.keys(document.paths).sort()).toEqual(endpoints.map((e) => e.path).sort());

  for (const endpoint of endpoints) {
    const ref = document.paths[endpoint.path]?.get.responses["200"]?.content?.["application/json"].schema.$ref;
    expect(ref, `the document describes ${endpoint.path}`).toBe(`#/components/schemas/${endpoint.responseId}`);
    expect(document.components.schemas[endpoint.responseId]).toBeDefined();

    // The example request (real slugs, the endpoint's filters) and, for lists, the bare path.
    const urls = new Set([`${API_BASE}${endpoint.example(dataset)}`, ...(endpoint.path.includes("{") ? [] : [`${API_BASE}${endpoint.path}`])]);
    for (const url of urls) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-type"], url).toBe("application/json; charset=utf-8");
      expectCacheHeaders(response, OK_CACHE);
      const parsed = endpoint.response.safeParse(await response.json());
      expect(parsed.error?.issues ?? [], url).toEqual([]);
    }
  }
});

test("the lists answer every record when no filter is given", async ({ request }) => {
  const dataset = datasetSchema.parse((await (await request.get(`${API_BASE}/dataset`)).json()).data);
  expect(dataset.dataset.version).toBe(data.info.version);
  for (const name of ["leaders", "mechanisms", "metrics", "sources", "claims", "interpretations"] as const) {
    // As many as the files hold (never none), in the dataset answer and in the list.
    expect(data[name].length, name).toBeGreaterThan(0);
    expect(dataset[name], name).toHaveLength(data[name].length);
    const body = await (await request.get(`${API_BASE}/${name}`)).json();
    expect(body.data, name).toHaveLength(data[name].length);
    expect(body.meta, name).toMatchObject({ version: data.info.version, count: data[name].length, total: data[name].length });
  }
  // The lists below keep the default view's years; the dataset answer holds every record.
  for (const name of ["events", "figures", "institutions"] as const) expect(dataset[name], name).toHaveLength(data[name].length);
  // Events follow the dashboard: with no filter, the default view's (Lenin's, Stalin's and neither's, 1917–1953).
  const shown = dataset.events.filter((e) => (e.leader === null || e.leader === "lenin" || e.leader === "stalin") && e.date >= "1917" && e.date < "1954");
  expect(shown.length).toBeGreaterThan(100);
  const events = await (await request.get(`${API_BASE}/events`)).json();
  expect(events.meta).toMatchObject({ count: shown.length, total: dataset.events.length });
  // Contested figures too: those whose years meet 1917–1953.
  const figures = dataset.figures.filter((f) => f.startYear <= 1953 && f.endYear >= 1917);
  expect(figures.length).toBeGreaterThan(0);
  expect((await (await request.get(`${API_BASE}/figures`)).json()).meta).toMatchObject({ count: figures.length, total: dataset.figures.length });
  // Institutions too: those in being at some time in 1917–1953.
  const inBeing = dataset.institutions.filter((i) => i.founded < "1954" && (i.dissolved === null || i.dissolved >= "1917"));
  expect(inBeing.length).toBeGreaterThan(0);
  expect((await (await request.get(`${API_BASE}/institutions`)).json()).meta).toMatchObject({ count: inBeing.length, total: dataset.institutions.length });
  // The other leaders' events, over their years.
  const outer = await (await request.get(`${API_BASE}/events?a=nicholas-ii&b=khrushchev&from=1894&to=1964`)).json();
  const outerEvents = dataset.events.filter((e) => e.leader === null || e.leader === "nicholas-ii" || e.leader === "khrushchev");
  expect(outer.meta.count).toBe(outerEvents.length);
});

test("filters: the events of the secret police from 1918 to 1938, and the other lists' filters", async ({ request }) => {
  const body = await (await request.get(`${API_BASE}/events?m=secret-police&from=1918&to=1938`)).json();
  expect(body.meta.filters).toEqual({ a: "lenin", b: "stalin", cat: "all", m: ["secret-police"], from: 1918, to: 1938, q: "" });
  // The events of the two leaders compared and those that belong to neither, as on the page.
  const secretPolice = data.events.filter((e) => {
    const year = Number(e.date.slice(0, 4));
    return e.mechanisms.includes("secret-police") && year >= 1918 && year <= 1938 && (e.leader === null || ["lenin", "stalin"].includes(e.leader));
  });
  expect(secretPolice.length).toBeGreaterThan(0);
  expect(body.data.map((e: { slug: string }) => e.slug).sort()).toEqual(secretPolice.map((e) => e.slug).sort());
  expect(body.meta.count).toBe(body.data.length);
  expect(body.meta.total).toBe(data.events.length);
  for (const event of body.data as { date: string; mechanisms: string[] }[]) {
    expect(event.mechanisms).toContain("secret-police");
    const year = Number(event.date.slice(0, 4));
    expect(year).toBeGreaterThanOrEqual(1918);
    expect(year).toBeLessThanOrEqual(1938);
  }

  const search = await (await request.get(`${API_BASE}/events?q=kronstadt`)).json();
  expect(search.data.length).toBeGreaterThan(0);
  expect(search.data[0].title).toMatch(/Kronstadt/);

  const policy = await (await request.get(`${API_BASE}/mechanisms?cat=policy`)).json();
  const policies = data.mechanisms.filter((m) => m.category === "policy").map((m) => m.slug);
  expect(policies.length).toBeGreaterThan(0);
  expect(policy.data.map((m: { slug: string }) => m.slug)).toEqual(policies);
  expect(policy.data.map((m: { category: string }) => m.category)).toEqual(Array(policy.data.length).fill("policy"));

  const pair = await (await request.get(`${API_BASE}/assessments?m=secret-police`)).json();
  expect(pair.data.map((a: { leader: string; mechanism: string }) => `${a.leader}:${a.mechanism}`).sort()).toEqual([
    "lenin:secret-police",
    "stalin:secret-police",
  ]);

  const contradicted = await (await request.get(`${API_BASE}/claims?verdict=contradicted`)).json();
  expect(contradicted.data.length).toBeGreaterThan(0);
  expect(contradicted.data).toHaveLength(data.claims.filter((c) => c.verdict === "contradicted").length);
  for (const claim of contradicted.data) expect(claim.verdict).toBe("contradicted");

  const datasets = await (await request.get(`${API_BASE}/sources?kind=dataset`)).json();
  expect(datasets.data.length).toBeGreaterThan(0);
  expect(datasets.data).toHaveLength(data.sources.filter((x) => x.kind === "dataset").length);
  for (const source of datasets.data) expect(source.kind).toBe("dataset");

  const thirties = await (await request.get(`${API_BASE}/figures?from=1930&to=1939`)).json();
  expect(thirties.data.length).toBeGreaterThan(0);
  expect(thirties.data).toHaveLength(data.figures.filter((f) => f.startYear <= 1939 && f.endYear >= 1930).length);
  for (const figure of thirties.data) expect(figure.startYear <= 1939 && figure.endYear >= 1930).toBe(true);
});

test("bad parameters are answered 400, naming each one", async ({ request }) => {
  expect(await issuesOf(await request.get(`${API_BASE}/events?from=abc`))).toEqual([{ parameter: "from", reason: "not a year" }]);
  expect(await issuesOf(await request.get(`${API_BASE}/events?m=nope`))).toEqual([{ parameter: "m", reason: 'unknown mechanism "nope"' }]);
  expect(await issuesOf(await request.get(`${API_BASE}/events?bogus=1`))).toEqual([
    { parameter: "bogus", reason: "unknown parameter; this endpoint takes a, b, cat, m, from, to, q" },
  ]);

  // A year before the first the dashboard covers (1894).
  const all = await request.get(`${API_BASE}/events?from=abc&m=nope&bogus=1&to=1800`);
  expectCacheHeaders(all, "no-cache");
  expect((await issuesOf(all)).map((i) => i.parameter)).toEqual(["from", "m", "bogus", "to"]);

  expect(await issuesOf(await request.get(`${API_BASE}/claims?verdict=maybe`))).toEqual([
    { parameter: "verdict", reason: "must be one of supported, partly-supported, disputed, contradicted" },
  ]);
  expect((await issuesOf(await request.get(`${API_BASE}/leaders?from=1918`)))[0]?.parameter).toBe("from");
  expect((await issuesOf(await request.get(`${API_BASE}/events/cheka-founded?x=1`)))[0]?.parameter).toBe("x");
  expect((await issuesOf(await request.get(`${API_BASE}/openapi.json?v=2`)))[0]?.parameter).toBe("v");
});

test("unknown records and paths are answered 404 in JSON", async ({ request }) => {
  for (const [path, parameter] of [
    ["/mechanisms/nope", "slug"],
    ["/events/nope", "slug"],
    ["/sources/nope", "slug"],
    ["/nope", "path"],
    ["/mechanisms/nope/extra", "path"],
  ] as const) {
    const response = await request.get(`${API_BASE}${path}`);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"], path).toContain("application/json");
    expectCacheHeaders(response, "no-cache");
    const body = notFoundSchema.parse(await response.json());
    expect(body.issues[0]?.parameter, path).toBe(parameter);
  }
});

test("an ETag sent back in If-None-Match gets 304 with no body", async ({ request }) => {
  for (const url of [`${API_BASE}/events?m=secret-police`, `${API_BASE}/mechanisms/secret-police`, `${API_BASE}/openapi.json`]) {
    const first = await request.get(url);
    const etag = first.headers()["etag"] ?? "";
    expect(etag, url).not.toBe("");
    const again = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(again.status(), url).toBe(304);
    expect((await again.body()).length, url).toBe(0);
    expect(again.headers()["etag"], url).toBe(etag);

    const stale = await request.get(url, { headers: { "If-None-Match": '"something-else"' } });
    expect(stale.status(), url).toBe(200);
  }
  const other = await request.get(`${API_BASE}/events?m=censorship`);
  const events = await request.get(`${API_BASE}/events?m=secret-police`);
  expect(other.headers()["etag"]).not.toBe(events.headers()["etag"]);
});

test("the API page lists every endpoint with a working example and links the OpenAPI document", async ({ page, request }) => {
  // Every example is requested, then axe walks the page: more than 30 s on busy cores.
  test.slow();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/api");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("JSON API");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByRole("link", { name: `${API_BASE}/openapi.json` }).first()).toHaveAttribute("href", `${API_BASE}/openapi.json`);
  for (const endpoint of endpoints) {
    await expect(page.getByRole("heading", { level: 3, name: `GET ${API_BASE}${endpoint.path}`, exact: true })).toBeVisible();
  }
  // Each query parameter is described once, and every endpoint's mention of one links to it.
  for (const name of new Set(endpoints.flatMap((e) => e.params))) await expect(page.locator(`[id="param-${name}"]`)).toHaveCount(1);
  const targets = await page.locator('a[href^="#param-"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!.slice(1)));
  expect(targets.length).toBeGreaterThanOrEqual(endpoints.filter((e) => e.params.length > 0).length);
  for (const id of new Set(targets)) await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
  // Folded answers are out of the accessibility tree until opened: count them all.
  const answers = page.getByRole("region", { name: /^Answer to GET /, includeHidden: true });
  expect(await answers.count()).toBe(endpoints.length + 1);
  // The answers are folded; a click on "The answer" shows one.
  const withSlug = answers.filter({ hasText: '"secret-police"' }).first();
  await expect(withSlug).toBeHidden();
  await withSlug.locator("xpath=../summary").click();
  await expect(withSlug).toBeVisible();
  // Each example reads as the JSON it is (the page writes it out escaped by hand).
  for (const text of await answers.allTextContents()) expect(() => JSON.parse(text), text.slice(0, 80)).not.toThrow();

  // Every example request is a real URL that answers (but the one showing a 400).
  const examples = await page.locator(`a[href^="${API_BASE}/"]`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(examples.length).toBeGreaterThan(endpoints.length);
  for (const href of new Set(examples)) expect((await request.get(href)).status(), href).toBe(href.includes("bogus") ? 400 : 200);

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test.describe("with the database file missing", () => {
  test.use({ baseURL: BROKEN_URL });

  test("the data endpoints answer 503 with the reason and nothing else; the document still answers", async ({ request }) => {
    for (const path of ["/events", "/mechanisms/secret-police", "/dataset", "/events?from=abc"]) {
      const response = await request.get(`${API_BASE}${path}`);
      expect(response.status(), path).toBe(503);
      expectCacheHeaders(response, "no-store");
      const text = await response.text();
      expect(unavailableSchema.parse(JSON.parse(text))).toEqual({ error: "unavailable", message: "The dashboard's database is missing." });
      expect(text).not.toMatch(/does-not-exist\.db|SqliteError|at Object\.|node_modules/);
    }
    expect((await request.get(`${API_BASE}/openapi.json`)).status()).toBe(200);
  });
});

test("a renamed series' old slug answers as its new one: /metrics/executions is /metrics/death-sentences", async ({ request }) => {
  const [old, current] = await Promise.all([request.get(`${API_BASE}/metrics/executions`), request.get(`${API_BASE}/metrics/death-sentences`)]);
  expect(old.status()).toBe(200);
  expect(await old.json()).toEqual(await current.json());
  expect((await old.json()).data).toMatchObject({ slug: "death-sentences", aliases: ["executions"] });
});
