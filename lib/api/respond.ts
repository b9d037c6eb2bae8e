// Every API answer goes out through jsonResponse: JSON with the server's Cache-Control policy
// (lib/server/cachePolicy.ts). Its ETag and the 304 for a client that already holds the body are
// added by the layer in front of Next.js (lib/server/answerLayer.ts), as for every other answer.
import type { DatabaseProblem } from "../databaseProblem";
import { CACHE_CONTROL } from "../server/cachePolicy";
import type { InvalidParametersBody, NotFoundBody, ParameterIssue, UnavailableBody } from "./schemas";

/** The Cache-Control of each kind of API answer. */
export const cacheControl = {
  /** Answers change only when a new dataset is loaded. */
  ok: CACHE_CONTROL.public,
  /** Bad requests and unknown names: may be kept, but checked again before reuse. */
  error: CACHE_CONTROL.revalidate,
  /** A problem of the server (database unavailable, a bug): never stored. */
  unavailable: CACHE_CONTROL.problem,
} as const;

export function jsonResponse(status: number, body: unknown): Response {
  const headers = new Headers({
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": status === 200 ? cacheControl.ok : status >= 500 ? cacheControl.unavailable : cacheControl.error,
  });
  if (status === 503) headers.set("Retry-After", "30");
  return new Response(JSON.stringify(body), { status, headers });
}

export function invalidParameters(issues: ParameterIssue[]): Response {
  return jsonResponse(400, { error: "invalid_parameters", issues } satisfies InvalidParametersBody);
}

export function notFound(issues: ParameterIssue[]): Response {
  return jsonResponse(404, { error: "not_found", issues } satisfies NotFoundBody);
}

/** The problem's title only: the reason a visitor may read, never the error or the file path. */
export function unavailable(problem: DatabaseProblem): Response {
  return jsonResponse(503, { error: "unavailable", message: problem.title } satisfies UnavailableBody);
}

/** A bug on the server's side (not the database, not the request): a plain sentence, never the error. */
export function internalError(): Response {
  return jsonResponse(500, { error: "internal_error", message: "The server failed to build this answer. The error has been logged." });
}
