// A finished answer as the server sends it, built from what Next.js sent (upstream.ts) by one
// function for every route and every request, kept or not: so the same address gives the same
// bytes and headers whether it was rendered now, taken from memory, or sent by another instance.
import type { OutgoingHttpHeaders } from "node:http";
import { NO_STORE_MARKER } from "@/lib/cache/noStore";
import { contentSecurityPolicy, inlineScriptHashes } from "@/lib/security/contentSecurityPolicy";
import { isEmbedPath } from "@/lib/security/paths";
import { ORIGIN_HEADERS } from "@/lib/site/requestOrigin";
import { CACHE_CONTROL, cacheClassOf, signalsProblem, type CacheClass } from "./cachePolicy";
import { strongEtag } from "./conditional";
import type { Captured } from "./upstream";

export type Answer = {
  status: number;
  /** Everything but Content-Length and Content-Encoding, which depend on the encoding sent. */
  headers: OutgoingHttpHeaders;
  body: Buffer;
  etag: string;
  cacheClass: CacheClass;
};

// Headers that belong to one transmission or one process, not to the answer: Date and the
// hop-by-hop ones; Last-Modified (a file's time on this machine); Next.js's own validator and
// cache policy (replaced); x-nextjs-cache (whether Next.js's own cache answered: HIT, STALE, MISS).
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
  "x-nextjs-cache",
]);

/** `perOrigin`: the answer may name the request's origin (no SITE_URL), and says so to caches. */
export function toAnswer({ status, headers, body }: Captured, pathname: string, perOrigin = false): Answer {
  const isHtml = String(headers["content-type"] ?? "").startsWith("text/html");
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
  // next.config.js gives every answer the policy without inline scripts; a page gets its own.
  if (isHtml) kept["content-security-policy"] = contentSecurityPolicy({ scripts: { hashes: inlineScriptHashes(html) }, dev: false, embeddable: isEmbedPath(pathname) });
  kept.etag = etag;
  // The layer's own list, in place of Next.js's "rsc, next-router-state-tree, next-router-prefetch,
  // next-router-segment-prefetch": of its router headers only RSC changes an answer the layer
  // finishes (the others matter to RSC requests, passed through), and nginx keeps nothing whose
  // Vary is longer than 128 characters (docs/architecture.md).
  kept.vary = ["RSC", "Accept-Encoding", ...(perOrigin ? ORIGIN_HEADERS : [])].join(", ");
  return { status, headers: kept, body, etag, cacheClass };
}
