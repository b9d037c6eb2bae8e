// A finished answer as the server sends it, built from what Next.js wrote (captureAnswer.ts) by
// one function for every route and every request, kept or not: so the same address gives the
// same bytes and headers whether it was rendered now, taken from memory, or sent by another
// instance.
import type { OutgoingHttpHeaders } from "node:http";
import vary from "vary";
import { NO_STORE_MARKER } from "@/lib/cache/noStore";
import { contentSecurityPolicy, inlineScriptHashes } from "@/lib/security/contentSecurityPolicy";
import { isEmbedPath } from "@/lib/security/paths";
import { CACHE_CONTROL, cacheClassOf, signalsProblem, type CacheClass } from "./cachePolicy";
import type { Captured } from "./captureAnswer";
import { strongEtag } from "./conditional";

export type Answer = {
  status: number;
  /** Everything but Content-Length and Content-Encoding, which depend on the encoding sent. */
  headers: OutgoingHttpHeaders;
  body: Buffer;
  etag: string;
  cacheClass: CacheClass;
};

// Headers that belong to one transmission or one process, not to the answer: Date and the
// hop-by-hop ones; Last-Modified (a file's time on this machine); x-nextjs-cache (whether
// Next.js's own cache answered: HIT, STALE, MISS).
const NOT_PART_OF_THE_ANSWER = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "last-modified",
  "etag",
  "cache-control",
  "content-security-policy",
  "x-nextjs-cache",
]);

export function toAnswer({ status, headers, body }: Captured, pathname: string): Answer {
  const contentType = String(headers["content-type"] ?? "");
  const isHtml = contentType.startsWith("text/html");
  // Only pages are read as text, and only to find their inline scripts and the no-store marker:
  // the body sent is always the bytes Next.js wrote.
  const html = isHtml ? body.toString("utf8") : "";
  const signalsNoStore = signalsProblem(headers["cache-control"]) || (isHtml && html.includes(NO_STORE_MARKER));
  const cacheClass = cacheClassOf({ status, signalsNoStore, pathname });

  const kept: OutgoingHttpHeaders = {};
  for (const name of Object.keys(headers).sort()) {
    const value = headers[name];
    if (value !== undefined && !NOT_PART_OF_THE_ANSWER.has(name)) kept[name] = value;
  }
  const etag = strongEtag(body);
  kept["cache-control"] = CACHE_CONTROL[cacheClass];
  kept["content-security-policy"] = contentSecurityPolicy({
    scripts: { hashes: isHtml ? inlineScriptHashes(html) : [] },
    dev: false,
    embeddable: isEmbedPath(pathname),
  });
  kept.etag = etag;
  kept.vary = varyWith(kept.vary, "Accept-Encoding");
  return { status, headers: kept, body, etag, cacheClass };
}

function varyWith(existing: OutgoingHttpHeaders[string], field: string): string {
  return vary.append(existing === undefined ? "" : String(existing), field);
}
