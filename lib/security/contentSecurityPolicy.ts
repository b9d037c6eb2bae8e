// The site's Content-Security-Policy. In production, the layer in front of Next.js
// (lib/server/answer.ts) sets it on every answer from the finished body: a page may run exactly its
// own inline scripts, named by their SHA-256 hashes, and scripts from its own origin; nothing else.
// So a page needs no per-request nonce and the same address gives everyone the same bytes. Only
// `next dev` (no layer in front) uses a nonce, set by proxy.ts.
import { createHash } from "node:crypto";

/** Which inline scripts may run: those carrying this request's nonce, or exactly these ones. */
export type ScriptAllowance = { nonce: string } | { hashes: readonly string[] };

export type PolicyOptions = {
  scripts: ScriptAllowance;
  /** React's development tooling rebuilds server stacks with eval(); production never needs it. */
  dev: boolean;
  /** Pages meant to be framed by other sites (/embed/**). */
  embeddable: boolean;
};

export function contentSecurityPolicy({ scripts, dev, embeddable }: PolicyOptions): string {
  const scriptSources =
    "nonce" in scripts
      ? // 'strict-dynamic': the nonce'd runtime may load the chunks it needs (the charts load lazily).
        [`'nonce-${scripts.nonce}'`, "'strict-dynamic'"]
      : // Without 'strict-dynamic', 'self' keeps covering the chunks the runtime loads later.
        scripts.hashes.map((hash) => `'${hash}'`);
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...scriptSources, ...(dev ? ["'unsafe-eval'"] : [])],
    // React and Recharts set style attributes; a nonce here would make browsers ignore 'unsafe-inline'.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", embeddable ? "*" : "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** A fresh, unguessable nonce (128 random bits, base64), in the form Next.js's parser accepts. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

// An inline script: a <script> element without a src attribute. The HTML parser ends a script at
// the first "</script", and so does this pattern; attribute values here never hold ">".
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** CSP source expressions ("sha256-…") for every distinct inline script of an HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(`sha256-${createHash("sha256").update(match[1] ?? "", "utf8").digest("base64")}`);
  }
  return [...hashes];
}
