import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { contentSecurityPolicy } from "./lib/security/contentSecurityPolicy";
import { securityHeaders } from "./lib/security/securityHeaders";

// Headers that do not depend on the answer are set here, on every route and file. The one that
// does, a page's Content-Security-Policy naming its own inline scripts by their hashes, is set by
// `npm start`'s layer in front of Next.js (lib/server/answer.ts), which replaces the policy below
// on HTML answers; every other answer (JSON, images, files, client navigations) keeps it: scripts
// from the site itself only. `next dev` has no such layer: there proxy.ts sets a nonce policy.
const EMBEDS = "/embed/:path*";
const NOT_EMBEDS = "/:path((?!embed(?:/|$)).*)";
const policy = (embeddable: boolean) => ({ key: "Content-Security-Policy", value: contentSecurityPolicy({ scripts: { hashes: [] }, dev: false, embeddable }) });
const toHeaders = (record: Readonly<Record<string, string>>) => Object.entries(record).map(([key, value]) => ({ key, value }));

export default function nextConfig(phase: string): NextConfig {
  const production = phase !== PHASE_DEVELOPMENT_SERVER;
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // `npm start`'s layer compresses every answer itself, the same way whether it was kept or
    // rendered, from the bytes Next.js wrote: Next.js must send them uncompressed.
    compress: false,
    // The native SQLite driver is loaded by Node at run time, never bundled.
    serverExternalPackages: ["better-sqlite3"],
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
