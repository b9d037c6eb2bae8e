// The Next.js configuration. Plain JavaScript (the project's layout keeps next.config.js at the
// root), so the values it shares with the TypeScript code are written out here and checked against
// it by tests/unit/nextConfig.test.ts: the security headers (lib/security/securityHeaders.ts) and
// the static Content-Security-Policy (lib/security/contentSecurityPolicy.ts with no inline scripts).
import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";

/** Headers every response carries, whatever its route. */
export const securityHeaders = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** The policy of every answer that is not a page: scripts from the site itself only. */
export function staticPolicy(embeddable) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embeddable ? "*" : "'none'"}`,
  ].join("; ");
}

// Headers that do not depend on the answer are set here, on every route and file. The one that
// does, a page's Content-Security-Policy naming its own inline scripts by their hashes, is set by
// `npm start`'s layer in front of Next.js (lib/server/answer.ts), which replaces the policy below
// on HTML answers; every other answer (JSON, images, files, client navigations) keeps it. `next
// dev` has no such layer: there proxy.ts sets a nonce policy.
const EMBEDS = "/embed/:path*";
const NOT_EMBEDS = "/:path((?!embed(?:/|$)).*)";
const policy = (embeddable) => ({ key: "Content-Security-Policy", value: staticPolicy(embeddable) });
const toHeaders = (record) => Object.entries(record).map(([key, value]) => ({ key, value }));

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  const production = phase !== PHASE_DEVELOPMENT_SERVER;
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // `npm start`'s layer compresses every answer itself, the same way whether it was kept or
    // rendered, from the bytes Next.js wrote: Next.js must send them uncompressed.
    compress: false,
    // Native modules (the SQLite driver, the SVG rasteriser) are loaded by Node at run time, never
    // bundled; so is citation-js, whose plugins register themselves on the one instance of
    // @citation-js/core they require.
    serverExternalPackages: ["better-sqlite3", "@resvg/resvg-js", "@citation-js/core", "@citation-js/plugin-csl", "@citation-js/plugin-bibtex", "@citation-js/plugin-ris"],
    async headers() {
      return [
        { source: "/:path*", headers: toHeaders(securityHeaders) },
        // Framing (export feature): only /embed/** may be shown in other sites' frames; older
        // browsers without CSP get X-Frame-Options.
        { source: NOT_EMBEDS, headers: [{ key: "X-Frame-Options", value: "DENY" }, ...(production ? [policy(false)] : [])] },
        ...(production ? [{ source: EMBEDS, headers: [policy(true)] }, { source: "/embed", headers: [policy(true)] }] : []),
      ];
    },
  };
}
