// Sends a finished answer (answer.ts): a 304 when the client's copy is still good, else the body
// in the best encoding the client accepts (Accept-Encoding, through the `negotiator` package).
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import Negotiator from "negotiator";
import type { Answer } from "./answer";
import { isNotModified } from "./conditional";

export type Encoding = "br" | "gzip" | "identity";

// PNG and zip are compressed already; below about a packet, compression saves nothing.
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;
const MIN_COMPRESSED_BYTES = 1024;
const OFFERED: readonly Encoding[] = ["br", "gzip", "identity"];

type PreferringNegotiator = { encoding(available: readonly string[], options: { preferred: readonly string[] }): string | undefined };

/** The encoding this answer goes out in for this request: the same choice, whoever answers. */
export function encodingFor(asked: IncomingHttpHeaders, answer: Answer): Encoding {
  if (!COMPRESSIBLE.test(String(answer.headers["content-type"] ?? "")) || answer.body.length < MIN_COMPRESSED_BYTES) return "identity";
  // negotiator 1.x takes the server's preference for ties ("gzip, br": brotli); its types predate that.
  const chosen = (new Negotiator({ headers: asked }) as unknown as PreferringNegotiator).encoding(OFFERED, { preferred: OFFERED });
  return chosen === "br" || chosen === "gzip" ? chosen : "identity";
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Deterministic for a given body: the same settings give the same bytes on every instance. */
export function encode(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === "gzip") return gzipAsync(body, { level: 6 });
  if (encoding === "br") return brotliAsync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
  return Promise.resolve(body);
}

/** `asked`: the request's headers as the client sent them; `head`: a HEAD request (no body). */
export function sendAnswer(asked: IncomingHttpHeaders, head: boolean, res: ServerResponse, answer: Answer, encoding: Encoding, body: Buffer): void {
  // What Next.js set on this response while rendering was captured into the answer; only the
  // answer's own headers go out.
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  if (isNotModified(asked, { status: answer.status, etag: answer.etag, cacheControl: String(answer.headers["cache-control"]) })) {
    res.writeHead(304, answer.headers);
    res.end();
    return;
  }
  res.writeHead(answer.status, {
    ...answer.headers,
    ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
    "content-length": body.length,
  });
  res.end(head ? undefined : body);
}
