// The layer server.ts puts in front of Next.js. Every GET (and HEAD) answer, page, API, download,
// image or build file, is rendered by Next.js into memory (captureAnswer.ts), finished by one
// function (answer.ts: CSP with the hashes of the page's inline scripts, strong ETag, the cache
// policy) and sent by one function (sendAnswer.ts: 304, compression). A kept answer takes the
// same road from the second step on, so what a visitor receives cannot depend on whether the
// answer was kept, rendered now, or rendered by another instance.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { ResponseCache } from "@/lib/cache/responseCache";
import { contentSecurityPolicy } from "@/lib/security/contentSecurityPolicy";
import { isEmbedPath } from "@/lib/security/paths";
import { toAnswer, type Answer } from "./answer";
import { captureAnswer, type Render } from "./captureAnswer";
import { encode, encodingFor, sendAnswer } from "./sendAnswer";

// Next.js answers these itself when present (a 304, a part of a file); the layer answers them
// from the finished answer instead, so they are taken off the request Next.js sees.
const DECIDED_BY_THE_LAYER = ["if-none-match", "if-modified-since", "if-match", "if-unmodified-since", "if-range", "range", "accept-encoding"];

// Client navigations ask for a page's RSC payload (header "rsc", query "_rsc"). Next.js 16 writes a
// random key into every such payload (two renders of the same address differ; the HTML pages do
// not), and the payload depends on request headers (the client's router state), so it is no
// answer of an address alone: it goes to Next.js as it is, streamed, never kept, and Next.js marks
// it private. Links do not prefetch (components/common/Link.tsx), so only real navigations ask.
const isClientNavigation = (req: IncomingMessage) =>
  req.headers.rsc !== undefined || req.headers["next-router-state-tree"] !== undefined || /[?&]_rsc(=|&|$)/.test(req.url ?? "");

export type AnswerLayerOptions = { render: Render; cache?: ResponseCache };

export function createAnswerLayer({ render, cache }: AnswerLayerOptions) {
  // Requests for an address being rendered wait for that render instead of starting their own:
  // the first minutes of a link going round are many people opening the same address at once.
  const inFlight = new Map<string, Promise<Answer | undefined>>();

  async function renderOnce(key: string, req: IncomingMessage, res: ServerResponse): Promise<Answer | undefined> {
    const pending = captureAnswer(req, res, render).then((captured) => (captured ? toAnswer(captured, pathOf(req.url)) : undefined));
    inFlight.set(key, pending);
    try {
      const answer = await pending;
      if (answer) cache?.keep(key, answer);
      return answer;
    } finally {
      inFlight.delete(key);
    }
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if ((req.method !== "GET" && req.method !== "HEAD") || isClientNavigation(req)) {
      // Not an answer anyone keeps: Next.js sends it as it is, under a policy that allows no inline script.
      res.setHeader("content-security-policy", contentSecurityPolicy({ scripts: { hashes: [] }, dev: false, embeddable: isEmbedPath(pathOf(req.url)) }));
      return render(req, res);
    }
    const asked: IncomingHttpHeaders = { ...req.headers };
    const head = req.method === "HEAD";
    for (const name of DECIDED_BY_THE_LAYER) delete req.headers[name];
    // A HEAD request gets the GET answer's headers: it is rendered (and kept) as that GET.
    req.method = "GET";

    const key = req.url ?? "/";
    let answer = cache?.get(key) ?? (await inFlight.get(key));
    answer ??= await renderOnce(key, req, res);
    if (!answer) {
      // The render failed or the client left: Next.js has logged its own errors.
      if (!res.headersSent && !res.destroyed) {
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
        res.end("Internal server error.\n");
      }
      return;
    }
    const encoding = encodingFor(asked, answer);
    const body = cache ? await cache.body(key, answer, encoding) : await encode(answer.body, encoding);
    if (!res.destroyed) sendAnswer(asked, head, res, answer, encoding, body);
  };
}

function pathOf(url: string | undefined): string {
  return (url ?? "/").split("?")[0] ?? "/";
}
