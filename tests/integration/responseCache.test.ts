// The layer in front of Next.js (lib/server/answerLayer.ts) with its response cache
// (lib/cache/responseCache.ts), over real HTTP with a stand-in for Next.js's handler that answers
// every content type the server sends. The rule under test: one address, one answer. The same
// bytes and headers (but Date) whether the answer was rendered now, kept in memory, or sent by
// another instance; binary answers untouched; a CSP naming the page's own inline scripts; 304.
import { createHash } from "node:crypto";
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { NO_STORE_MARKER } from "@/lib/cache/noStore";
import { createResponseCache } from "@/lib/cache/responseCache";
import { createAnswerLayer } from "@/lib/server/answerLayer";
import { contentSecurityPolicy } from "@/lib/security/contentSecurityPolicy";

const SCRIPTS = ['self.__next_f.push([1,"payload é"])', '$RC("B:0","S:0")'];
const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>${"evidence ".repeat(2_000)}</p><script>${SCRIPTS[0]}</script><script>${SCRIPTS[1]}</script></body></html>`;
// A PNG signature, then bytes that are not valid UTF-8 (decoding them as text would change them).
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from([0x00, 0xff, 0xfe, 0x80, 0xc3, 0x28]), Buffer.alloc(3_000, 0x9f)]);
const ZIP = Buffer.from(zipSync({ "dataset/README.md": strToU8("# Dataset\n".repeat(200)), "dataset/leaders.csv": strToU8("slug,name\nlenin,Lenin\n") }));
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${'<rect width="32" height="32"/>'.repeat(60)}</svg>`;

type Stub = { status?: number; type: string; body: string | Buffer; headers?: Record<string, string>; delayMs?: number };

/** What the stand-in for Next.js answers at each path. */
const ROUTES: Record<string, Stub> = {
  "/": { type: "text/html; charset=utf-8", body: PAGE },
  "/embed/chart": { type: "text/html; charset=utf-8", body: PAGE },
  "/api/v1/events": { type: "application/json; charset=utf-8", body: JSON.stringify({ data: Array(200).fill({ slug: "cheka" }) }) },
  "/download/table.csv": { type: "text/csv; charset=utf-8; header=present", body: "mechanism,lenin\n".repeat(300), headers: { "content-disposition": 'attachment; filename="t.csv"' } },
  "/og": { type: "image/png", body: PNG },
  "/icon.svg": { type: "image/svg+xml", body: SVG },
  "/download/dataset.zip": { type: "application/zip", body: ZIP },
  "/_next/static/chunks/a.js": { type: "application/javascript; charset=UTF-8", body: "console.log(1);".repeat(200) },
  "/broken": { type: "text/html; charset=utf-8", body: `<html><head>${NO_STORE_MARKER}/></head><body>The database is missing.</body></html>` },
  "/api/v1/unavailable": { status: 503, type: "application/json", body: '{"error":"unavailable"}', headers: { "cache-control": "no-store", "retry-after": "30" } },
  "/missing": { status: 404, type: "text/html; charset=utf-8", body: "<html><body>Not found</body></html>" },
  "/slow": { type: "text/html; charset=utf-8", body: PAGE, delayMs: 100 },
};

const CONFIG_POLICY = contentSecurityPolicy({ scripts: { hashes: [] }, dev: false, embeddable: false });

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

/** One server instance: the layer (with a cache unless maxBytes is 0) in front of the stand-in. */
async function instance(maxBytes = 8 * 1024 * 1024, perOrigin = false) {
  const renders: string[] = [];
  const render = async (req: IncomingMessage, res: ServerResponse) => {
    renders.push(req.url ?? "");
    const path = (req.url ?? "/").split("?")[0]!;
    // A page naming the site's address as a request gives it (lib/site/siteOrigin.ts without SITE_URL).
    const named = `<html><head><meta property="og:image" content="${req.headers["x-forwarded-proto"] ?? "http"}://${req.headers["x-forwarded-host"] ?? req.headers.host}/og"></head></html>`;
    const stub = path === "/named" ? { type: "text/html; charset=utf-8", body: named } : (ROUTES[path] ?? ROUTES["/missing"]!);
    if (stub.delayMs) await new Promise((r) => setTimeout(r, stub.delayMs));
    res.statusCode = stub.status ?? 200;
    // What Next.js sends that must not reach the answer: its per-render policy, its own cache's
    // state, a file time of this machine.
    res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
    res.setHeader("x-nextjs-cache", renders.length === 1 ? "MISS" : "HIT");
    res.setHeader("last-modified", new Date(Date.now() - renders.length * 1000).toUTCString());
    res.setHeader("content-type", stub.type);
    // What next.config.js puts on every answer; the layer replaces it on pages only.
    res.setHeader("content-security-policy", CONFIG_POLICY);
    for (const [name, value] of Object.entries(stub.headers ?? {})) res.setHeader(name, value);
    const body = Buffer.from(stub.body);
    // Written in pieces that split multi-byte characters, as a stream is.
    res.write(body.subarray(0, 101));
    res.end(body.subarray(101));
  };
  // Next.js stands behind the layer on a port of its own, as in server.ts.
  const stub = createServer((req, res) => void render(req, res));
  await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
  const cache = maxBytes > 0 ? createResponseCache({ maxBytes }) : undefined;
  const handle = createAnswerLayer({ upstream: { host: "127.0.0.1", port: (stub.address() as AddressInfo).port }, cache, perOrigin });
  const server = createServer((req, res) => void handle(req, res));
  servers.push(stub, server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, renders, cache };
}

type Got = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A raw HTTP request (fetch would decompress and hide the encoding). */
function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** The answer as a comparable value: status, every header but Date and the hop-by-hop ones, body. */
const answerOf = ({ status, headers, body }: Got) => ({
  status,
  headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !["date", "connection", "keep-alive"].includes(name))),
  body: body.toString("base64"),
});

const sha256 = (code: string) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`;

describe("one address, one answer", () => {
  const kinds = ["/", "/api/v1/events", "/download/table.csv", "/og", "/icon.svg", "/download/dataset.zip", "/_next/static/chunks/a.js"];
  for (const encoding of ["identity", "gzip, deflate, br", "gzip"]) {
    it.each(kinds)(`%s: the same bytes and headers rendered, kept, and from a second instance (Accept-Encoding: ${encoding})`, async (path) => {
      const one = await instance();
      const two = await instance();
      const headers = { "accept-encoding": encoding };
      // Kept from the second request for an address on (the first may be a one-off).
      const rendered = await get(one.base + path, headers);
      const renderedAgain = await get(one.base + path, headers);
      const kept = await get(one.base + path, headers);
      const keptAgain = await get(one.base + path, headers);
      const elsewhere = await get(two.base + path, headers);
      expect(rendered.status).toBe(200);
      expect(one.renders).toHaveLength(2);
      expect(one.cache?.stats()).toMatchObject({ hits: 2, misses: 2 });
      expect(answerOf(renderedAgain)).toEqual(answerOf(rendered));
      expect(answerOf(kept)).toEqual(answerOf(rendered));
      expect(answerOf(keptAgain)).toEqual(answerOf(rendered));
      expect(answerOf(elsewhere)).toEqual(answerOf(rendered));
      // ...and the same as with no cache at all.
      const uncached = await instance(0);
      expect(answerOf(await get(uncached.base + path, headers))).toEqual(answerOf(rendered));
    });
  }

  it("sends binary answers untouched: a PNG is still the same PNG on the 2nd and 3rd request", async () => {
    const { base } = await instance();
    for (let i = 0; i < 3; i++) {
      for (const encoding of ["identity", "gzip, br"]) {
        const png = await get(`${base}/og?m=censorship`, { "accept-encoding": encoding });
        expect(png.headers["content-type"]).toBe("image/png");
        // Already compressed: sent as it is, whatever the client accepts.
        expect(png.headers["content-encoding"]).toBeUndefined();
        expect(png.body.equals(PNG), `request ${i + 1}, ${encoding}`).toBe(true);
      }
      const zip = await get(`${base}/download/dataset.zip`);
      expect(zip.body.equals(ZIP)).toBe(true);
    }
  });

  it("drops what belongs to one render or one machine, and sets the site's policy", async () => {
    const { base } = await instance();
    const page = await get(`${base}/`);
    expect(page.headers["x-nextjs-cache"]).toBeUndefined();
    expect(page.headers["last-modified"]).toBeUndefined();
    expect(page.headers["cache-control"]).toBe("public, max-age=300, s-maxage=86400, stale-while-revalidate=3600");
    expect(page.headers.etag).toMatch(/^"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/);
    expect(page.headers.vary).toMatch(/Accept-Encoding/);
    const file = await get(`${base}/_next/static/chunks/a.js`);
    expect(file.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("allows exactly the page's own inline scripts by their hashes, and no inline script elsewhere", async () => {
    const { base } = await instance();
    for (let i = 0; i < 2; i++) {
      const page = await get(`${base}/`);
      const policy = String(page.headers["content-security-policy"]);
      expect(policy).toContain(`script-src 'self' ${SCRIPTS.map(sha256).join(" ")};`);
      expect(policy).not.toMatch(/unsafe-inline'[^;]*;[^;]*style-src|nonce|strict-dynamic|unsafe-eval/);
      expect(/script-src[^;]*'unsafe-inline'/.test(policy)).toBe(false);
      expect(policy).toContain("frame-ancestors 'none'");
    }
    expect(String((await get(`${base}/embed/chart`)).headers["content-security-policy"])).toContain("frame-ancestors *");
    // Other answers keep the policy next.config.js gives every route: no inline script at all.
    expect((await get(`${base}/api/v1/events`)).headers["content-security-policy"]).toBe(CONFIG_POLICY);
    expect(CONFIG_POLICY).toContain("script-src 'self';");
  });

  it("answers If-None-Match with 304, the same headers and no body; HEAD with the headers alone", async () => {
    const { base } = await instance();
    for (const path of kinds) {
      const full = await get(base + path);
      const revalidated = await get(base + path, { "if-none-match": String(full.headers.etag) });
      expect(revalidated.status, path).toBe(304);
      expect(revalidated.body.length).toBe(0);
      expect(revalidated.headers.etag).toBe(full.headers.etag);
      expect(revalidated.headers["cache-control"]).toBe(full.headers["cache-control"]);
      expect((await get(base + path, { "if-none-match": '"other"' })).status).toBe(200);
      const head = await get(base + path, {}, "HEAD");
      expect(head.body.length).toBe(0);
      expect(answerOf(head).headers).toEqual(answerOf(full).headers);
    }
  });

  it("compresses text with brotli or gzip as the client accepts, honouring q=0", async () => {
    const { base } = await instance();
    const br = await get(`${base}/`, { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    const gz = await get(`${base}/`, { "accept-encoding": "br;q=0, gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(PAGE);
    const plain = await get(`${base}/`, { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    expect(br.headers.etag).toBe(plain.headers.etag);
  });

  it("never keeps a problem (no-store) or an error, and says so to every cache", async () => {
    const { base, renders } = await instance();
    for (const [path, status, policy] of [
      ["/broken", 200, "no-store"],
      ["/api/v1/unavailable", 503, "no-store"],
      ["/missing", 404, "no-cache"],
    ] as const) {
      const first = await get(base + path);
      const again = await get(base + path);
      expect(first.status, path).toBe(status);
      expect(again.headers["cache-control"], path).toBe(policy);
      expect(renders.filter((r) => r === path), path).toHaveLength(2);
    }
    expect((await get(`${base}/api/v1/unavailable`)).headers["retry-after"]).toBe("30");
  });

  it("keeps an address only once it is asked for again: one-off addresses never fill the memory", async () => {
    const { base, cache, renders } = await instance();
    for (let i = 0; i < 50; i++) await get(`${base}/?once=${i}`);
    expect(cache!.stats()).toMatchObject({ entries: 0, bytes: 0 });
    await get(`${base}/?once=7`);
    await get(`${base}/?once=7`);
    expect(cache!.stats().entries).toBe(1);
    expect(renders).toHaveLength(51);
  });

  it("lets many simultaneous requests for a new address share one render, all with the same answer", async () => {
    const { base, renders } = await instance();
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(`${base}/slow`)));
    expect(renders).toHaveLength(1);
    expect(new Set(answers.map((a) => JSON.stringify(answerOf(a))))).toHaveProperty("size", 1);
  });

  it("passes client navigations (RSC) and other methods to Next.js as they are, never kept", async () => {
    const { base, renders } = await instance();
    await get(`${base}/`, { rsc: "1" });
    await get(`${base}/`, { rsc: "1" });
    const post = await get(`${base}/`, {}, "POST");
    expect(renders).toHaveLength(3);
    // As Next.js sent it: its own headers, no ETag or policy of the layer's.
    expect(post.headers["x-nextjs-cache"]).toBeDefined();
    expect(post.headers.etag).toBeUndefined();
    expect(post.headers["content-security-policy"]).toBe(CONFIG_POLICY);
  });

  it("stays within its memory bound, dropping the least recently used answers", async () => {
    const size = Buffer.byteLength(PAGE);
    const { base, cache, renders } = await instance(size * 2 + 2_000);
    for (const path of ["/?a", "/?b", "/?c", "/?d"]) for (let i = 0; i < 2; i++) await get(base + path);
    expect(cache!.stats().entries).toBeLessThanOrEqual(2);
    expect(cache!.stats().bytes).toBeLessThanOrEqual(size * 2 + 2_000);
    await get(`${base}/?d`);
    expect(renders).toHaveLength(8);
    await get(`${base}/?a`);
    expect(renders).toHaveLength(9);
  });

  it("without SITE_URL: keeps answers per origin, says so to caches, and refuses a Host that names no address", async () => {
    const { base, renders } = await instance(8 * 1024 * 1024, true);
    const named = (host: string, extra: Record<string, string> = {}) => get(`${base}/named`, { host, ...extra });
    for (let i = 0; i < 2; i++) {
      await named("site.example");
      await named("attacker.example");
      await named("site.example", { "x-forwarded-host": "attacker.example", "x-forwarded-proto": "https" });
    }
    expect(renders).toHaveLength(6);
    // Each origin kept its own answer: the attacker's never reaches a visitor of the site.
    const page = await named("site.example");
    expect(renders).toHaveLength(6);
    expect(page.body.toString()).toContain('content="http://site.example/og"');
    expect((await named("attacker.example")).body.toString()).toContain("http://attacker.example/og");
    expect((await named("x", { "x-forwarded-host": "attacker.example", "x-forwarded-proto": "https" })).body.toString()).toContain("https://attacker.example/og");
    expect(page.headers.vary).toBe("RSC, Accept-Encoding, Host, X-Forwarded-Host, X-Forwarded-Proto");

    for (const host of ['evil.example"><script>alert(1)</script>', "a b", "site.example:99999", "-bad.example", "site.example/path"]) {
      const refused = await named(host);
      expect(refused.status, host).toBe(400);
      expect(refused.headers["cache-control"]).toBe("no-store");
    }
    expect((await named("site.example", { "x-forwarded-proto": "javascript" })).status).toBe(400);
    expect(renders).toHaveLength(6);
  });

  it("with SITE_URL: the Host plays no part in the answer or its key", async () => {
    const { base, renders } = await instance();
    await get(`${base}/`, { host: "one.example" });
    await get(`${base}/`, { host: "two.example" });
    const kept = await get(`${base}/`, { host: "three.example" });
    expect(renders).toHaveLength(2);
    expect(kept.headers.vary).toBe("RSC, Accept-Encoding");
  });
});
