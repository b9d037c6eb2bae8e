// What the proxy needs to know about a request's path before any route sees it.

/** Embeds are framed by other sites: /embed and everything under it. */
export function isEmbedPath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/**
 * A path with a percent sign that does not start a valid UTF-8 escape ("/mechanisms/%zz",
 * "/x/%E0%A4%A"). Next.js 16.4 answers such a dynamic segment with a bare 500
 * (vercel/next.js#92527); the address names nothing, so the proxy refuses it first.
 */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
