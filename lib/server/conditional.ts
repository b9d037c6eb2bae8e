// The one place where validators are made and compared, for every answer the server sends
// (answerLayer.ts): a strong ETag computed from the exact bytes of the body, and whether the
// client's copy is still good (If-None-Match, through the `fresh` package).
import type { IncomingHttpHeaders } from "node:http";
import createEtag from "etag";
import fresh from "fresh";

/** A strong validator: the same bytes give the same tag on every instance, whoever rendered them. */
export function strongEtag(body: Buffer): string {
  return createEtag(body, { weak: false });
}

/**
 * Whether a 304 may answer this request: the answer is a success whose ETag the client already
 * holds (If-None-Match, weak comparison as RFC 9110 asks for GET), and the client did not ask for a
 * fresh copy (Cache-Control: no-cache).
 */
export function isNotModified(request: IncomingHttpHeaders, answer: { status: number; etag: string; cacheControl: string }): boolean {
  if (answer.status < 200 || answer.status > 299) return false;
  if (request["if-none-match"] === undefined) return false;
  return fresh(request, { etag: answer.etag, "cache-control": answer.cacheControl });
}
