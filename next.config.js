/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm start`'s layer in front of Next.js (lib/server/answerLayer.ts) compresses every answer
  // itself, the same way whether it was kept or rendered; Next.js must send them uncompressed.
  compress: false,
  // Native modules (the SQLite driver, the SVG rasteriser) are loaded by Node at run time, never
  // bundled; so is citation-js, whose plugins register themselves on the one instance of
  // @citation-js/core they require.
  serverExternalPackages: ["better-sqlite3", "@resvg/resvg-js", "@citation-js/core", "@citation-js/plugin-csl", "@citation-js/plugin-bibtex", "@citation-js/plugin-ris"],
  // Framing (export feature): only /embed/** may be shown in other sites' frames. The CSP's
  // frame-ancestors ('none', or * for embeds) is set by lib/server/answer.ts; this adds the
  // older X-Frame-Options: DENY for browsers without CSP, on every path except /embed and below.
  async headers() {
    return [
      { source: "/:path((?!embed(?:/|$)).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // proxy.ts puts the other security headers on every route, but skips the build's static files.
      { source: "/_next/static/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
    ];
  },
};

export default nextConfig;
