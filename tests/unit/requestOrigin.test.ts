// The site's address read from a request when SITE_URL is not configured (lib/site/requestOrigin.ts),
// and SITE_URL's own validation (lib/env.ts): a hostile header gives no address at all.
import { describe, expect, it, vi } from "vitest";
import { requestOrigin } from "@/lib/site/requestOrigin";

const origin = (headers: Record<string, string>) => requestOrigin((name) => headers[name]);

describe("requestOrigin", () => {
  it("reads Host, or what a proxy says in X-Forwarded-Host and X-Forwarded-Proto (their first value)", () => {
    expect(origin({ host: "Example.ORG" })).toBe("http://example.org");
    expect(origin({ host: "127.0.0.1:3245" })).toBe("http://127.0.0.1:3245");
    expect(origin({ host: "[::1]:8080" })).toBe("http://[::1]:8080");
    expect(origin({ host: "internal:3000", "x-forwarded-host": "site.example, proxy.internal", "x-forwarded-proto": "https,http" })).toBe("https://site.example");
    expect(origin({ host: "site.example." })).toBe("http://site.example");
  });

  it("gives nothing for a header that is no host, or a scheme other than http(s)", () => {
    for (const host of ["", "evil.example/<script>", 'a"b', "a b", "evil.example@site.example", "site.example:99999", "-x.example", "x".repeat(300), "site.example/path", "site.example?x"]) {
      expect(origin({ host }), host).toBeNull();
    }
    expect(origin({})).toBeNull();
    expect(origin({ host: "site.example", "x-forwarded-proto": "javascript" })).toBeNull();
    expect(origin({ host: "site.example", "x-forwarded-host": "bad host" })).toBeNull();
  });
});

describe("SITE_URL", () => {
  async function load(value: string) {
    vi.resetModules();
    vi.stubEnv("SITE_URL", value);
    try {
      return (await import("@/lib/env")).env.siteUrl;
    } finally {
      vi.unstubAllEnvs();
    }
  }

  it("is kept as the site's origin", async () => {
    expect(await load("https://example.org/")).toBe("https://example.org");
    expect(await load("http://127.0.0.1:3240")).toBe("http://127.0.0.1:3240");
  });

  it("refuses anything but an http(s) origin, saying what it must be", async () => {
    for (const bad of ["example.org", "ftp://example.org", "https://example.org/dashboard", "https://example.org/?x=1", "https://user:pw@example.org"]) {
      await expect(load(bad), bad).rejects.toThrow(/Invalid environment configuration: SITE_URL/);
    }
  });
});
