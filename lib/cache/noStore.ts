// The signal a page gives the response cache (lib/cache/responseCache.ts) that this answer must not
// be kept and sent to the next visitor: it reports a passing problem (the database is missing, an
// error happened), and the same address should render afresh once the problem is fixed.
export const NO_STORE_META = { name: "dashboard-cache", content: "no-store" } as const;

/** The marker as React writes it into the HTML (attributes in this order). */
export const NO_STORE_MARKER = `<meta name="${NO_STORE_META.name}" content="${NO_STORE_META.content}"`;
