// The site's public address as a request names it, for deployments that do not configure
// SITE_URL: X-Forwarded-Proto and X-Forwarded-Host (set by a proxy in front) or Host. Validated
// strictly, so a hostile header yields no address at all rather than one written into a page.
// Used by the layer in front of Next.js (to refuse such requests and keep answers per address)
// and by the pages' metadata (lib/site/siteOrigin.ts).

// A DNS name or an IPv4 address (labels of letters, digits and hyphens) or a bracketed IPv6
// address, with an optional port: nothing that could end an attribute, a URL or a header.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;

/** The headers a request's origin is read from: an answer that depends on it varies with them. */
export const ORIGIN_HEADERS = ["Host", "X-Forwarded-Host", "X-Forwarded-Proto"] as const;

type HeaderValue = string | string[] | null | undefined;

/** The first value of a header a proxy may have appended to ("a, b") or repeated. */
function first(value: HeaderValue): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return one?.split(",")[0]?.trim() || undefined;
}

/** "https://example.org" from the request's headers (lower-case names), or null when they name no valid origin. */
export function requestOrigin(header: (name: string) => HeaderValue): string | null {
  const host = first(header("x-forwarded-host")) ?? first(header("host"));
  const proto = (first(header("x-forwarded-proto")) ?? "http").toLowerCase();
  if (!host || host.length > 260 || !HOST.test(host) || (proto !== "http" && proto !== "https")) return null;
  const port = /:(\d+)$/.exec(host)?.[1];
  if (port !== undefined && Number(port) > 65535) return null;
  return `${proto}://${host.toLowerCase().replace(/\.(?=:|$)/, "")}`;
}
