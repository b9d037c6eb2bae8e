// Turns a failure to read the database into a short, safe explanation for the page and one
// log line for the operator. Nothing here reaches the browser except `title` and `advice`.
//
// Only what the database reports about itself is an outage: the error codes SQLite and Prisma
// give for a file that is missing, unreadable, damaged, locked or not migrated. Anything else
// thrown while reading (a PrismaClientValidationError for a query the schema does not allow, a
// ZodError, a TypeError) is a bug in the code, answered 500 and logged as one, never 503.
export type DatabaseProblemKind = "missing" | "unreadable" | "corrupt" | "locked" | "not-migrated" | "not-seeded" | "unknown";

export type DatabaseProblem = { kind: DatabaseProblemKind; title: string; advice: string };

const problems: Record<DatabaseProblemKind, Omit<DatabaseProblem, "kind">> = {
  missing: {
    title: "The dashboard's database is missing.",
    advice: "The server could not find its database file. Whoever runs this site can create it with `npm run db:setup`.",
  },
  unreadable: {
    title: "The dashboard's database file cannot be read.",
    advice: "The database file exists but the server may not open it. Whoever runs this site can fix its permissions or rebuild it with `npm run db:reset`.",
  },
  corrupt: {
    title: "The dashboard's database file is damaged.",
    advice: "The database file is not a valid SQLite database. Whoever runs this site can rebuild it with `npm run db:reset`.",
  },
  locked: {
    title: "The dashboard's database is busy.",
    advice: "Another process holds the database locked, as while it is being loaded. Please try again in a moment.",
  },
  "not-migrated": {
    title: "The dashboard's database is out of date.",
    advice: "The database has not been migrated to this version of the dashboard. Whoever runs this site can update it with `npm run db:setup`.",
  },
  "not-seeded": {
    title: "The dashboard's database is empty.",
    advice: "The database has no dataset loaded. Whoever runs this site can load it with `npm run db:setup`.",
  },
  unknown: {
    title: "The dashboard's database cannot be read right now.",
    advice: "Please try again in a moment. Whoever runs this site will find the cause in the server log.",
  },
};

// SQLite's result codes (better-sqlite3 reports them as `code`; Prisma's driver adapter as `code`
// or meta.driverAdapterError.cause.originalCode) and Prisma's own codes for the same failures.
const KIND_OF_CODE: Record<string, DatabaseProblemKind> = {
  SQLITE_CANTOPEN: "missing",
  P1003: "missing",
  SQLITE_PERM: "unreadable",
  SQLITE_AUTH: "unreadable",
  SQLITE_IOERR: "unreadable",
  SQLITE_NOTADB: "corrupt",
  SQLITE_CORRUPT: "corrupt",
  SQLITE_BUSY: "locked",
  SQLITE_LOCKED: "locked",
  P1008: "locked",
  P2021: "not-migrated",
  P2022: "not-migrated",
};

/** The codes an error carries, its causes' and Prisma's record of the driver's error, most specific last. */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const o = current as { code?: unknown; originalCode?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } }; cause?: unknown };
    for (const code of [o.code, o.originalCode, o.meta?.driverAdapterError?.cause?.originalCode]) {
      // Extended result codes name their family first: SQLITE_IOERR_READ is an SQLITE_IOERR.
      if (typeof code === "string") codes.push(code, code.replace(/^(SQLITE_[A-Z]+)_.*$/, "$1"));
    }
    current = o.cause;
  }
  return codes;
}

/**
 * What kind of outage this error reports, or null when it is no outage but a bug. Prisma's
 * initialisation error (the client could not start on the file) is an outage of unknown kind.
 */
export function classifyDatabaseError(error: unknown): DatabaseProblemKind | null {
  const kind = codesOf(error)
    .map((code) => KIND_OF_CODE[code])
    .findLast((k) => k !== undefined);
  if (kind) return kind;
  return error instanceof Error && error.name === "PrismaClientInitializationError" ? "unknown" : null;
}

export function databaseProblem(kind: DatabaseProblemKind): DatabaseProblem {
  return { kind, ...problems[kind] };
}

export const operatorHint: Record<DatabaseProblemKind, string> = {
  missing: "the database file does not exist: run `npm run db:setup`",
  unreadable: "the database file cannot be opened (permissions, or not a file): fix it or run `npm run db:reset`",
  corrupt: "the database file is not a valid SQLite database: run `npm run db:reset`",
  locked: "the database is locked by another process (a `npm run db:setup` still loading?): wait for it to finish",
  "not-migrated": "the database is missing tables: run `npm run db:setup` to apply migrations",
  "not-seeded": "the database holds no dataset: run `npm run db:setup`",
  unknown: "reading the database failed",
};
