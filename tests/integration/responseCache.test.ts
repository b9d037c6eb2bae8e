// The response cache in front of Next.js (lib/cache/responseCache.ts), over real HTTP with a
// stand-in for Next.js's handler, so each rule can be checked on its own: what is kept and what is
// not, that concurrent requests for one address cause one render, compression, ETags, HEAD.
import { createHash } from "node:crypto";
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { CACHE_STATUS_HEADER, createResponseCache, type Render } from "@/lib/cache/responseCache";
import { NO_STORE_MARKER } from "@/lib/cache/noStore";

const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" nonce="n0nce"></script></head><body><p>${"evidence ".repeat(2_000)}</p><script nonce="n0nce">self.__next_f.push([1,"payload"])</script><script>$RC("B:0","S:0")</script></body></html>`;

const KEPT = PAGE.replaceAll(' nonce="n0nce"', "");

type Answer = { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number };

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves `answer(path)` through the cache; counts the renders. */
async function start(answer: (url: string) => Answer, maxBytes = 8 * 1024 * 1024) {
  const cache = createResponseCache({ maxBytes });
  const renders: string[] = [];
  const render: Render = async (req: IncomingMessage, res: ServerResponse) => {
    renders.push(req.url ?? "");
    const a = answer(req.url ?? "");
    if (a.delayMs) await new Promise((r) => setTimeout(r, a.delayMs));
    res.statusCode = a.status ?? 200;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-security-policy", "default-src 'self'; script-src 'self' 'nonce-n0nce' 'strict-dynamic'; frame-ancestors 'none'");
    res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
    for (const [name, value] of Object.entries(a.headers ?? {})) res.setHeader(name, value);
    // Written in pieces, as a streamed render is.
    const body = a.body ?? PAGE;
    res.write(body.slice(0, 100));
    res.end(body.slice(100));
  };
  server = createServer((req, res) => void cache.handle(req, res, render));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, renders, cache };
}

/** A raw HTTP request (fetch would decompress and hide the encoding). */
function get(url: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("response cache", () => {
  it("renders an address once, then sends the same page from memory", async () => {
    const { base, renders } = await start(() => ({}));
    const first = await get(`${base}/?m=censorship`);
    const second = await get(`${base}/?m=censorship`);
    expect(first.headers[CACHE_STATUS_HEADER]).toBe("miss");
    expect(second.headers[CACHE_STATUS_HEADER]).toBe("hit");
    expect(first.body.toString()).toBe(PAGE);
    // The same page, less the first render's nonce (the copy's scripts are allowed by hash).
    expect(second.body.toString()).toBe(KEPT);
    expect(renders).toEqual(["/?m=censorship"]);
    // Another address is another page.
    await get(`${base}/?m=purges`);
    expect(renders).toHaveLength(2);
  });

  it("swaps the render's nonce for the hashes of the page's inline scripts", async () => {
    const { base } = await start(() => ({}));
    await get(`${base}/`);
    const kept = await get(`${base}/`);
    const policy = String(kept.headers["content-security-policy"]);
    const hash = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
    expect(policy).toContain(`script-src 'self' ${hash('self.__next_f.push([1,"payload"])')} ${hash('$RC("B:0","S:0")')};`);
    expect(policy).not.toMatch(/nonce|strict-dynamic/);
    expect(policy).toContain("frame-ancestors 'none'");
    // Browsers may keep the copy, but must check back (ETag) before using it.
    expect(kept.headers["cache-control"]).toBe("no-cache");
  });

  it("lets many simultaneous requests for a new address share one render", async () => {
    const { base, renders } = await start(() => ({ delayMs: 100 }));
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(`${base}/mechanisms/purges`)));
    expect(renders).toHaveLength(1);
    expect(answers.filter((a) => a.body.toString() === PAGE)).toHaveLength(1);
    expect(answers.filter((a) => a.body.toString() === KEPT)).toHaveLength(19);
  });

  it("sends brotli or gzip when the client accepts it, honouring q=0", async () => {
    const { base } = await start(() => ({}));
    await get(`${base}/`);
    const br = await get(`${base}/`, { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(KEPT);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    const gz = await get(`${base}/`, { "accept-encoding": "br;q=0, gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(KEPT);
    const plain = await get(`${base}/`, { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(Number(plain.headers["content-length"])).toBe(Buffer.byteLength(KEPT));
  });

  it("answers a matching If-None-Match with 304 and HEAD without a body", async () => {
    const { base } = await start(() => ({}));
    await get(`${base}/`);
    const kept = await get(`${base}/`);
    const etag = String(kept.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const revalidated = await get(`${base}/`, { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    const head = await get(`${base}/`, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it("never keeps errors, pages marked no-store, private answers, cookies or client navigations", async () => {
    const { base, renders } = await start((url): Answer => {
      if (url.startsWith("/missing")) return { status: 404 };
      if (url.startsWith("/broken")) return { body: `<html><head>${NO_STORE_MARKER}/></head><body>The database is missing.</body></html>` };
      if (url.startsWith("/api/private")) return { headers: { "content-type": "application/json", "cache-control": "no-store" }, body: "{}" };
      if (url.startsWith("/api/public")) return { headers: { "content-type": "application/json", "cache-control": "public, max-age=300" }, body: "{}" };
      if (url.startsWith("/cookie")) return { headers: { "set-cookie": "a=b" } };
      return {};
    });
    for (const path of ["/missing", "/broken", "/api/private", "/cookie"]) {
      await get(base + path);
      const again = await get(base + path);
      expect(again.headers[CACHE_STATUS_HEADER], path).toBe("miss");
    }
    await get(`${base}/api/public`);
    expect((await get(`${base}/api/public`)).headers[CACHE_STATUS_HEADER]).toBe("hit");

    // A client navigation (RSC payload), a visitor with cookies: rendered every time.
    const before = renders.length;
    for (const headers of [{ rsc: "1" }, { cookie: "session=x" }] as Record<string, string>[]) {
      const a = await get(`${base}/`, headers);
      expect(a.headers[CACHE_STATUS_HEADER]).toBe("bypass");
    }
    expect((await get(`${base}/?_rsc=abc`)).headers[CACHE_STATUS_HEADER]).toBe("bypass");
    expect(renders.length - before).toBe(3);
  });

  it("compresses a page only once it is asked for again", async () => {
    const { base, cache } = await start(() => ({}));
    const size = Buffer.byteLength(KEPT);
    await get(`${base}/once`, { "accept-encoding": "br" });
    expect(cache.stats().bytes).toBe(size);
    await get(`${base}/once`, { "accept-encoding": "br" });
    const withCopies = cache.stats().bytes;
    expect(withCopies).toBeGreaterThan(size);
    // The compressed copies count against the bound, and are made once.
    await get(`${base}/once`, { "accept-encoding": "gzip" });
    expect(cache.stats().bytes).toBe(withCopies);
  });

  it("stays within its memory bound, dropping the least recently used pages", async () => {
    // Room for about two pages kept uncompressed.
    const { base, cache } = await start(() => ({}), Buffer.byteLength(PAGE) * 2 + 2_000);
    for (const path of ["/a", "/b", "/c", "/d"]) await get(base + path);
    const { entries, bytes } = cache.stats();
    expect(entries).toBeLessThanOrEqual(2);
    expect(bytes).toBeLessThanOrEqual(Buffer.byteLength(PAGE) * 2 + 2_000);
    expect((await get(`${base}/d`)).headers[CACHE_STATUS_HEADER]).toBe("hit");
    expect((await get(`${base}/a`)).headers[CACHE_STATUS_HEADER]).toBe("miss");
  });
});
