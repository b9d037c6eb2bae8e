// Runs before every route (not the build's hashed static files): gives each request a fresh CSP
// nonce and puts the security headers on the response. The one owner of Content-Security-Policy.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce } from "@/lib/security/contentSecurityPolicy";
import { isEmbedPath, isMalformedPath } from "@/lib/security/paths";
import { securityHeaders } from "@/lib/security/securityHeaders";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ scripts: { nonce }, dev: env.nodeEnv === "development", embeddable: isEmbedPath(pathname) });

  let response: NextResponse;
  if (isMalformedPath(pathname)) {
    response = new NextResponse("Bad request: the address is not validly percent-encoded.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  } else {
    // Next.js takes the nonce for its own scripts from the request's copy of the policy.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }

  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files and the favicon; next.config.js gives those nosniff.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico).*)"],
};
