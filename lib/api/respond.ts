// Every API answer goes out through jsonResponse: JSON with an ETag (a hash of the body) and a
// Cache-Control header, and a bodiless 304 when the client already holds that body.
import { createHash } from "node:crypto";
import type { DatabaseProblem } from "../databaseProblem";
import type { InvalidParametersBody, NotFoundBody, ParameterIssue, UnavailableBody } from "./schemas";

export const cacheControl = {
  /** Answers change only when a new dataset is loaded. */
  ok: "public, max-age=300, stale-while-revalidate=3600",
  /** Bad requests and unknown names: may be kept, but checked again before reuse. */
  error: "no-cache",
  unavailable: "no-store",
} as const;

/** A weak validator: the body is the same JSON whatever compression the server applies. */
export function etagOf(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = ifNoneMatch.split(",").map(opaque);
  return wanted.includes("*") || wanted.includes(opaque(etag));
}

export function jsonResponse(request: Request, status: number, body: unknown): Response {
  const json = JSON.stringify(body);
  const etag = etagOf(json);
  const headers = new Headers({
    ETag: etag,
    "Cache-Control": status === 200 ? cacheControl.ok : status === 503 ? cacheControl.unavailable : cacheControl.error,
  });
  // Only a successful answer can be "not modified".
  if (status === 200 && etagMatches(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Type", "application/json; charset=utf-8");
  if (status === 503) headers.set("Retry-After", "30");
  return new Response(json, { status, headers });
}

export function invalidParameters(request: Request, issues: ParameterIssue[]): Response {
  return jsonResponse(request, 400, { error: "invalid_parameters", issues } satisfies InvalidParametersBody);
}

export function notFound(request: Request, issues: ParameterIssue[]): Response {
  return jsonResponse(request, 404, { error: "not_found", issues } satisfies NotFoundBody);
}

/** The problem's title only: the reason a visitor may read, never the error or the file path. */
export function unavailable(request: Request, problem: DatabaseProblem): Response {
  return jsonResponse(request, 503, { error: "unavailable", message: problem.title } satisfies UnavailableBody);
}
