// The layer server.ts puts in front of Next.js. Every GET (and HEAD) answer, page, API, download,
// image or build file, is asked of Next.js and read whole (upstream.ts), finished by one function
// (answer.ts: CSP with the hashes of the page's inline scripts, strong ETag, the cache policy) and
// sent by one function (sendAnswer.ts: 304, compression). A kept answer takes the same road from
// the second step on, so what a visitor receives cannot depend on whether the answer was kept,
// rendered now, or rendered by another instance.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { ResponseCache } from "@/lib/cache/responseCache";
import { requestOrigin } from "@/lib/site/requestOrigin";
import { toAnswer, type Answer } from "./answer";
import { encode, encodingFor, sendAnswer } from "./sendAnswer";
import { fetchAnswer, passThrough, type Upstream } from "./upstream";

// Next.js answers these itself when present (a 304, a part of a file, compression); the layer
// answers them from the finished answer instead, so Next.js never sees them.
const DECIDED_BY_THE_LAYER = ["if-none-match", "if-modified-since", "if-match", "if-unmodified-since", "if-range", "range", "accept-encoding"];

// Next.js's router asks for a page's RSC payload with the `RSC: 1` header (docs/architecture.md).
// Next.js 16 writes a random key into every such payload and it depends on the client's router
// state headers, so it is no answer of an address alone: passed through, streamed, never kept.
const isClientNavigation = (req: IncomingMessage) => req.headers.rsc !== undefined;

export type AnswerLayerOptions = {
  /** Where Next.js listens (server.ts). */
  upstream: Upstream;
  cache?: ResponseCache;
  /** SITE_URL is not configured: answers may name the request's origin, so they are kept per origin. */
  perOrigin?: boolean;
};

export function createAnswerLayer({ upstream, cache, perOrigin = false }: AnswerLayerOptions) {
  // Requests for an address being rendered wait for that render instead of starting their own:
  // the first minutes of a link going round are many people opening the same address at once.
  const inFlight = new Map<string, Promise<Answer>>();

  async function renderOnce(key: string, url: string, headers: IncomingHttpHeaders): Promise<Answer> {
    const pending = fetchAnswer(upstream, url, headers).then((captured) => toAnswer(captured, pathOf(url), perOrigin));
    inFlight.set(key, pending);
    try {
      const answer = await pending;
      cache?.keep(key, answer);
      return answer;
    } finally {
      inFlight.delete(key);
    }
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = perOrigin ? requestOrigin((name) => req.headers[name]) : "";
    if (origin === null) {
      // Nothing to name the site by, and nothing such a request may put into a page.
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end("Bad request: the Host header does not name a valid address.\n");
      return;
    }
    if ((req.method !== "GET" && req.method !== "HEAD") || isClientNavigation(req)) return passThrough(upstream, req, res);
    const headers: IncomingHttpHeaders = { ...req.headers };
    for (const name of DECIDED_BY_THE_LAYER) delete headers[name];

    const url = req.url ?? "/";
    const key = `${origin} ${url}`;
    let answer: Answer;
    try {
      answer = cache?.get(key) ?? (await inFlight.get(key)) ?? (await renderOnce(key, url, headers));
    } catch (error) {
      console.error("[server] Next.js did not answer:", error instanceof Error ? error.message : error);
      res.writeHead(502, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end("Bad gateway.\n");
      return;
    }
    const encoding = encodingFor(req.headers, answer);
    const body = cache ? await cache.body(key, answer, encoding) : await encode(answer.body, encoding);
    if (!res.destroyed) sendAnswer(req.headers, req.method === "HEAD", res, answer, encoding, body);
  };
}

function pathOf(url: string): string {
  return url.split("?")[0] ?? "/";
}
