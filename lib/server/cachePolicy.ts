// The one Cache-Control policy of every answer the server sends (applied by answerLayer.ts; the
// API's route handlers use the same values, so `next dev` says the same).
//
// The data only changes with a deployment, so a public answer is a pure function of its address:
// browsers may reuse it for a few minutes, shared caches (nginx, a CDN) for a day and are purged
// on deployment (README, "Deploying beyond one machine"); both may serve a stale copy for an hour
// while they fetch the new one.
export const CACHE_CONTROL = {
  public: "public, max-age=300, s-maxage=86400, stale-while-revalidate=3600",
  /** The build's hashed files (/_next/static): a new build gives them new names. */
  immutable: "public, max-age=31536000, immutable",
  /** Bad requests and unknown names: may be stored, but checked again (ETag) before reuse. */
  revalidate: "no-cache",
  /** An answer that reports a passing problem (a missing database, an error): never stored. */
  problem: "no-store",
} as const;

export type CacheClass = keyof typeof CACHE_CONTROL;

/** Statuses whose answer is the resource itself (or where it has moved for good). */
const PUBLIC_STATUSES = new Set([200, 203, 301, 308]);

/**
 * A route's way of saying its answer reports a passing problem: `Cache-Control: no-store` alone
 * (the API's 503, a download or preview without the database). Next.js's own header on pages it
 * renders per request ("private, no-cache, no-store, max-age=0, must-revalidate") is no such signal:
 * pages signal with the marker of lib/cache/noStore.ts.
 */
export function signalsProblem(cacheControl: unknown): boolean {
  return typeof cacheControl === "string" && cacheControl.trim() === CACHE_CONTROL.problem;
}

/** Which policy an answer gets: from its status, whether it signals a problem, and its path. */
export function cacheClassOf({ status, signalsNoStore, pathname }: { status: number; signalsNoStore: boolean; pathname: string }): CacheClass {
  if (status >= 500 || signalsNoStore) return "problem";
  if (!PUBLIC_STATUSES.has(status)) return "revalidate";
  return pathname.startsWith("/_next/static/") ? "immutable" : "public";
}
