// Keeps the finished responses of GET requests in memory, so a shared link opened by thousands of
// people is rendered once, not once per visitor. The dataset only changes with a deployment (and
// a deployment restarts the server), so an answer stays right for the life of the process.
//
// Used by server.ts in front of Next.js's request handler. What it keeps:
// - full HTML pages (not the RSC requests of client navigations), unless the page says it must
//   not be kept (a database problem, an error: lib/cache/noStore.ts);
// - other answers that call themselves public (the API, downloads, preview images, the build's
//   static files).
// Each is stored uncompressed, then also gzip and brotli once asked for again, with an ETag; its Content-Security-Policy
// trades the nonce of the render that produced it for the hashes of its inline scripts.
import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants as zlibConstants, gzip } from "node:zlib";
import { LRUCache } from "lru-cache";
import { NO_STORE_MARKER } from "@/lib/cache/noStore";
import { contentSecurityPolicy, inlineScriptHashes } from "@/lib/security/contentSecurityPolicy";
import { isEmbedPath } from "@/lib/security/paths";

/** Says whether an answer came from the cache ("hit"), was rendered now ("miss") or is never kept ("bypass"). */
export const CACHE_STATUS_HEADER = "x-dashboard-cache";

const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

type Encoding = "identity" | "gzip" | "br";
type Compressed = { gzip: Buffer; br: Buffer };

type Entry = {
  headers: OutgoingHttpHeaders;
  etag: string;
  identity: Buffer;
  // Compressed on the second request for the address, not the first: most one-off addresses
  // (typed, generated, probed) are never asked for again and would waste the work.
  compressing?: Promise<Compressed>;
  compressed?: Compressed;
};

type Captured = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

export type Render = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export type ResponseCacheOptions = {
  /** Upper bound on the bytes kept (all three encodings of every entry). */
  maxBytes: number;
};

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export function createResponseCache({ maxBytes }: ResponseCacheOptions) {
  const entries = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    sizeCalculation: (e) => e.identity.length + (e.compressed ? e.compressed.gzip.length + e.compressed.br.length : 0),
  });
  // Requests for a key that is being rendered wait for that render instead of starting their own:
  // the first minutes of a link going round are many people opening the same address at once.
  const inFlight = new Map<string, Promise<Entry | undefined>>();

  async function handle(req: IncomingMessage, res: ServerResponse, render: Render): Promise<void> {
    const key = cacheKey(req);
    if (key === undefined) {
      res.setHeader(CACHE_STATUS_HEADER, "bypass");
      return render(req, res);
    }
    const entry = entries.get(key) ?? (await inFlight.get(key));
    if (entry) {
      if (etagMatches(req.headers["if-none-match"], entry.etag)) return notModified(res, entry);
      return send(req, res, entry, await bodyFor(key, entry, preferredEncoding(req.headers["accept-encoding"])));
    }
    if (req.method !== "GET") {
      res.setHeader(CACHE_STATUS_HEADER, "miss");
      return render(req, res);
    }

    const pending = renderAndKeep(key, req, res, render);
    inFlight.set(key, pending);
    try {
      await pending;
    } finally {
      inFlight.delete(key);
    }
  }

  async function renderAndKeep(key: string, req: IncomingMessage, res: ServerResponse, render: Render) {
    // The body is kept uncompressed and compressed here, so Next.js must not compress it.
    delete req.headers["accept-encoding"];
    res.setHeader(CACHE_STATUS_HEADER, "miss");
    const captured = await capture(req, res, render);
    if (!captured || !isKeepable(captured)) return undefined;
    const entry = toEntry(key, captured);
    entries.set(key, entry);
    return entry;
  }

  /** The entry's body in this encoding, compressing it (once) the first time it is wanted. */
  async function bodyFor(key: string, entry: Entry, encoding: Encoding): Promise<{ encoding: Encoding; body: Buffer }> {
    if (encoding === "identity") return { encoding, body: entry.identity };
    if (!entry.compressed) {
      entry.compressing ??= compress(entry.identity);
      entry.compressed = await entry.compressing;
      // Counts the compressed copies against the memory bound (lru-cache measures a new value
      // on set, not the same object set again).
      if (entries.peek(key) === entry) entries.set(key, { ...entry });
    }
    return { encoding, body: entry.compressed[encoding] };
  }

  return {
    handle,
    /** How many answers and bytes are kept (for the benchmark and tests). */
    stats: () => ({ entries: entries.size, bytes: entries.calculatedSize }),
  };
}

/** The key of a request whose answer may be kept, or undefined when it must go to Next.js as it is. */
function cacheKey(req: IncomingMessage): string | undefined {
  if (req.method !== "GET" && req.method !== "HEAD") return undefined;
  const url = req.url ?? "";
  // The build's files under /_next/static are kept too: Next.js would compress them afresh for
  // every visitor, and each new visitor of a shared link fetches a dozen of them.
  if (!url.startsWith("/") || (url.startsWith("/_next/") && !url.startsWith("/_next/static/"))) return undefined;
  const h = req.headers;
  // Client navigations ask for the RSC payload of a page (header "rsc", query "_rsc"); partial
  // answers (range) and cookies would make one answer wrong for another visitor.
  if (h.rsc !== undefined || h["next-router-state-tree"] !== undefined || h["next-router-prefetch"] !== undefined) return undefined;
  if (/[?&]_rsc=/.test(url) || h.range !== undefined || h.cookie !== undefined || h.authorization !== undefined) return undefined;
  return url;
}

function isKeepable({ status, headers, body }: Captured): boolean {
  if (status !== 200 || body.length > MAX_ENTRY_BYTES) return false;
  if (headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return false;
  if (String(headers["content-type"] ?? "").startsWith("text/html")) return !body.includes(NO_STORE_MARKER);
  return /\bpublic\b/.test(String(headers["cache-control"] ?? ""));
}

function toEntry(key: string, captured: Captured): Entry {
  const { headers, body } = withoutNonce(captured);
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !PER_RESPONSE_HEADERS.has(name)) kept[name] = value;
  }
  const isHtml = String(headers["content-type"] ?? "").startsWith("text/html");
  const pathname = key.split("?")[0] ?? "/";
  if (headers["content-security-policy"] !== undefined) {
    kept["content-security-policy"] = contentSecurityPolicy({
      scripts: { hashes: isHtml ? inlineScriptHashes(body.toString("utf8")) : [] },
      dev: false,
      embeddable: isEmbedPath(pathname),
    });
  }
  // Next.js forbids storing a page it renders per request; this copy is the same for everyone,
  // so browsers may keep it as long as they check back first (which also lets them restore it
  // from the back/forward cache).
  if (isHtml) kept["cache-control"] = "no-cache";
  const etag = typeof headers.etag === "string" ? headers.etag : `"${createHash("sha1").update(body).digest("base64url")}"`;
  kept.etag = etag;
  return { headers: kept, etag, identity: body };
}

async function compress(body: Buffer): Promise<Compressed> {
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: 6 }),
    brotliAsync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]);
  return { gzip: gz, br };
}

/**
 * The render's nonce taken out of the page and its Link header: the copy is allowed its scripts
 * by their hashes, and one visitor's nonce is nobody else's business.
 */
function withoutNonce({ status, headers, body }: Captured): Captured {
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1];
  if (!nonce) return { status, headers, body };
  const link = headers.link;
  return {
    status,
    headers: { ...headers, ...(typeof link === "string" ? { link: link.replaceAll(`; nonce="${nonce}"`, "") } : {}) },
    body: Buffer.from(body.toString("utf8").replaceAll(` nonce="${nonce}"`, ""), "utf8"),
  };
}

// Belong to one transmission, not to the answer.
const PER_RESPONSE_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "content-encoding", CACHE_STATUS_HEADER]);

function send(req: IncomingMessage, res: ServerResponse, entry: Entry, { encoding, body }: { encoding: Encoding; body: Buffer }): void {
  const headers: OutgoingHttpHeaders = { ...entry.headers, [CACHE_STATUS_HEADER]: "hit" };
  if (encoding !== "identity") headers["content-encoding"] = encoding;
  headers.vary = mergeVary(headers.vary, "Accept-Encoding");
  headers["content-length"] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/** The browser's copy is still right (If-None-Match matched): headers only. */
function notModified(res: ServerResponse, entry: Entry): void {
  res.writeHead(304, { ...pick(entry.headers, ["etag", "cache-control", "vary"]), [CACHE_STATUS_HEADER]: "hit" });
  res.end();
}

/** Lets Next.js answer while keeping a copy of what it sends; undefined if the client went away first. */
function capture(req: IncomingMessage, res: ServerResponse, render: Render): Promise<Captured | undefined> {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && typeof chunk !== "function") keep(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as ServerResponse["end"];

  return new Promise((resolve) => {
    res.once("finish", () => resolve({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) }));
    res.once("close", () => resolve(undefined));
    render(req, res).catch(() => resolve(undefined));
  });
}

/** The best encoding the client accepts, honouring "q=0" refusals. */
function preferredEncoding(header: string | string[] | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of String(header ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (allows("br")) return "br";
  if (allows("gzip")) return "gzip";
  return "identity";
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header === "*" || header.split(",").some((tag) => bare(tag) === bare(etag));
}

function mergeVary(existing: OutgoingHttpHeaders[string], name: string): string {
  const values = String(existing ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  return values.some((v) => v.toLowerCase() === name.toLowerCase()) ? values.join(", ") : [...values, name].join(", ");
}

function pick(headers: OutgoingHttpHeaders, names: string[]): OutgoingHttpHeaders {
  return Object.fromEntries(names.filter((n) => headers[n] !== undefined).map((n) => [n, headers[n]]));
}
