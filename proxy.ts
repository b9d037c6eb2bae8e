// Runs before every route (not the build's hashed static files): refuses addresses that cannot be
// percent-decoded. The security headers are set by next.config.js.
//
// The Content-Security-Policy of production pages is set by the layer in front of Next.js
// (server.ts, lib/server/answer.ts), from the finished page: it allows exactly the page's inline
// scripts by their hashes, so pages need no nonce and the same address gives the same bytes to
// everyone. `next dev` has no such layer (and its pages load scripts through eval), so there, and
// only there, this proxy gives each request a nonce policy.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce } from "@/lib/security/contentSecurityPolicy";
import { isEmbedPath, isMalformedPath } from "@/lib/security/paths";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const devPolicy =
    env.nodeEnv === "development" ? contentSecurityPolicy({ scripts: { nonce: createNonce() }, dev: true, embeddable: isEmbedPath(pathname) }) : undefined;

  let response: NextResponse;
  if (isMalformedPath(pathname)) {
    response = new NextResponse("Bad request: the address is not validly percent-encoded.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  } else if (devPolicy) {
    // Next.js takes the nonce for its own scripts from the request's copy of the policy.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", devPolicy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next();
  }

  if (devPolicy) response.headers.set("Content-Security-Policy", devPolicy);
  return response;
}

export const config = {
  // Everything but the build's static files and the favicon.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico).*)"],
};
