// The site's Content-Security-Policy, built afresh for each request by proxy.ts (the one place
// that sets it). Next.js reads the nonce back from the request's copy of this header and puts
// it on its own scripts, so no page has to pass it around.

export type PolicyOptions = {
  /** Random per request; only scripts carrying it may run. */
  nonce: string;
  /** React's development tooling rebuilds server stacks with eval(); production never needs it. */
  dev: boolean;
  /** Pages meant to be framed by other sites (/embed/**). */
  embeddable: boolean;
};

export function contentSecurityPolicy({ nonce, dev, embeddable }: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic': the nonce'd runtime may load the chunks it needs (the charts load lazily).
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
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
