// Security headers (proxy.ts, lib/security/, lib/server/answer.ts) on every kind of response, and
// the compare page still working under its Content-Security-Policy in Chromium. There is no nonce:
// a page may run exactly its own inline scripts, named by their hashes, whoever rendered it.
import { createHash } from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";
import { BROKEN_URL } from "./servers";
import { contentSecurityPolicy } from "@/lib/security/contentSecurityPolicy";

const BROKEN = BROKEN_URL;

function directives(response: APIResponse): Map<string, string[]> {
  const csp = response.headers()["content-security-policy"];
  expect(csp, `Content-Security-Policy on ${response.url()}`).toBeTruthy();
  return new Map(
    csp!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectSecurityHeaders(response: APIResponse, { framable = false } = {}) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toMatch(/camera=\(\)/);
  expect(headers["permissions-policy"]).toMatch(/microphone=\(\)/);
  expect(headers["permissions-policy"]).toMatch(/geolocation=\(\)/);

  const csp = directives(response);
  const scripts = csp.get("script-src") ?? [];
  // 'self', then only the hashes of the page's own inline scripts: no nonce, no 'strict-dynamic'.
  expect(scripts[0]).toBe("'self'");
  for (const source of scripts.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  expect(csp.get("frame-ancestors")).toEqual(framable ? ["*"] : ["'none'"]);
  if (!framable && headers["x-frame-options"]) expect(headers["x-frame-options"]).toBe("DENY");
}

test.describe("security headers", () => {
  for (const [name, path, status] of [
    ["the compare page", "/?m=censorship&from=1918&to=1938", 200],
    ["a mechanism page", "/mechanisms/secret-police", 200],
    ["the link preview image", "/og?m=censorship", 200],
    ["an unknown address", "/no-such-page", 404],
    ["an unknown mechanism", "/mechanisms/no-such-mechanism", 404],
    ["an address that cannot be percent-decoded", "/mechanisms/%E0%A4%A", 400],
  ] as const) {
    test(`on ${name}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      expectSecurityHeaders(response);
    });
  }

  test("on the JSON API, its errors included", async ({ request }) => {
    for (const [path, status] of [
      ["/api/v1/events?m=secret-police", 200],
      ["/api/v1/events?from=abc", 400],
      ["/api/v1/no-such-endpoint", 404],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      expect(response.headers()["content-type"]).toMatch(/^application\/json/);
      expectSecurityHeaders(response);
    }
  });

  test("a page allows exactly its own inline scripts, and is the same page on the second request", async ({ request }) => {
    const path = `/?m=censorship&q=csp-${Date.now()}-${Math.random()}`;
    const rendered = await request.get(path);
    const kept = await request.get(path);
    const html = await kept.text();
    expect(html).toBe(await rendered.text());
    expect(kept.headers()["content-security-policy"]).toBe(rendered.headers()["content-security-policy"]);
    expectSecurityHeaders(kept);
    expect(html).not.toContain("nonce=");

    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline.length).toBeGreaterThan(0);
    const expected = new Set(inline.map((code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`));
    const allowed = directives(kept).get("script-src")!;
    expect(new Set(allowed.slice(1))).toEqual(expected);
  });

  test("static assets are not sniffed either (next.config.js headers)", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const asset = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeTruthy();
    const response = await request.get(asset!);
    expect(response.status()).toBe(200);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("embeds may be framed by other sites, pages may not", async ({ request }) => {
    const embed = await request.get("/embed/chart");
    expect(embed.status()).toBe(200);
    expectSecurityHeaders(embed, { framable: true });
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
  });

  test("the development policy alone allows eval", () => {
    const dev = contentSecurityPolicy({ scripts: { nonce: "abc" }, dev: true, embeddable: false });
    const production = contentSecurityPolicy({ scripts: { nonce: "abc" }, dev: false, embeddable: false });
    expect(dev).toContain("'unsafe-eval'");
    expect(production).not.toContain("unsafe-eval");
    expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
  });
});

test("the compare page works under its Content-Security-Policy", async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });

  // Rendered for the first visit, sent from memory from the third on (an address is kept once
  // asked for again): the same page under the same policy each time. The unknown key "ref" is
  // ignored by the page and makes the address new on every run.
  const unique = `/?m=censorship,secret-police,mass-terror&from=1918&to=1938&ref=${Date.now()}`;
  for (const visit of ["first", "second", "third"]) {
    const response = await page.goto(unique);
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
    expect(response?.headers()["content-security-policy"]).not.toMatch(/nonce|strict-dynamic|script-src[^;]*unsafe-inline/);
    await page.getByRole("navigation", { name: "Charts" }).getByRole("link", { name: "Yearly figures" }).click();
    await expect(page).toHaveURL(/chart=series/);
    const panel = page.locator("#panel-series");
    // The chart is drawn by a lazily loaded client chunk: it only appears if scripts may run.
    await expect(panel.locator('[role="figure"] svg').first()).toBeVisible();
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations, `policy violations on the ${visit} visit`).toEqual([]);
  }
  expect(consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
});

test.describe("with the database file missing", () => {
  test("the API answers 503 in JSON without a file path or stack trace", async ({ request }) => {
    const response = await request.get(`${BROKEN}/api/v1/events?m=secret-police`);
    expect(response.status()).toBe(503);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expectSecurityHeaders(response);
    const text = await response.text();
    const body = JSON.parse(text) as { error?: string; message?: string };
    expect(body.error).toBe("unavailable");
    expect(body.message).toMatch(/database/i);
    expect(text).not.toMatch(/does-not-exist|\.db\b|tests\/\.tmp|\/tmp\/|node_modules|SqliteError|\bat \S+ \(|Error:/);
  });

  test("the explanation is never stored by anyone: it must go once the database is back", async ({ request }) => {
    // The pages that read the database per request; prerendered pages keep their built data.
    for (const path of ["/?m=censorship", "/essay", "/embed/chart", "/og?m=censorship", "/api/v1/events", "/download/table.csv"]) {
      for (let i = 0; i < 3; i++) {
        const response = await request.get(BROKEN + path);
        expect(response.headers()["cache-control"], path).toBe("no-store");
        expectSecurityHeaders(response, { framable: path.startsWith("/embed/") });
      }
    }
    const page = await request.get(`${BROKEN}/?m=censorship`);
    expect(await page.text()).toContain("database is missing");
  });

  test("a prerendered page keeps serving the data it was built with", async ({ request }) => {
    // The e2e build has no SITE_URL, so the pages with link previews (the mechanism pages, the
    // argument, /sources) name the request's origin and are rendered per request; /api is not.
    for (const path of ["/api"]) {
      const response = await request.get(BROKEN + path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["cache-control"], path).toMatch(/^public, /);
      expect(await response.text(), path).not.toContain("database is missing");
    }
  });
});
