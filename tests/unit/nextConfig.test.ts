// next.config.js is plain JavaScript and writes out the headers it shares with the TypeScript code:
// these tests fail the moment the two drift apart.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/contentSecurityPolicy";
import { securityHeaders } from "@/lib/security/securityHeaders";

type ConfigModule = {
  default: (phase: string) => NextConfig;
  securityHeaders: Record<string, string>;
  staticPolicy: (embeddable: boolean) => string;
};
// Loaded by its address, as Next.js loads it (a JavaScript module with no type declarations).
const configUrl = pathToFileURL(path.resolve(import.meta.dirname, "../../next.config.js")).href;
const { default: nextConfig, securityHeaders: configHeaders, staticPolicy }: ConfigModule = await import(/* @vite-ignore */ configUrl);

describe("next.config.js", () => {
  it("sets the same security headers as lib/security/securityHeaders.ts", () => {
    expect(configHeaders).toEqual(securityHeaders);
  });

  it("gives non-page answers the site's policy with no inline script, framed only for embeds", () => {
    for (const embeddable of [false, true]) {
      expect(staticPolicy(embeddable)).toBe(contentSecurityPolicy({ scripts: { hashes: [] }, dev: false, embeddable }));
    }
  });

  it("keeps the native modules and citation-js out of the bundle", () => {
    const config = nextConfig("phase-production-build");
    expect(config.serverExternalPackages).toEqual(expect.arrayContaining(["better-sqlite3", "@resvg/resvg-js", "@citation-js/core"]));
    expect(config.compress).toBe(false);
  });
});
