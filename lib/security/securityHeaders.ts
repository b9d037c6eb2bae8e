// Headers that every response carries, whatever its route. The CSP, which differs per request
// and per route, is built in contentSecurityPolicy.ts.

export const securityHeaders: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // The dashboard uses none of these; say so, so an injected frame or script cannot either.
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()",
  // Keeps windows this site opens (or that open it) from reaching into each other.
  "Cross-Origin-Opener-Policy": "same-origin",
};
