// Turns a failure to read the database into a short, safe explanation for the page and one
// log line for the operator. Nothing here reaches the browser except `title` and `advice`.
export type DatabaseProblemKind = "missing" | "corrupt" | "not-migrated" | "not-seeded" | "unknown";

export type DatabaseProblem = { kind: DatabaseProblemKind; title: string; advice: string };

const problems: Record<DatabaseProblemKind, Omit<DatabaseProblem, "kind">> = {
  missing: {
    title: "The dashboard's database is missing.",
    advice: "The server could not find its database file. Whoever runs this site can create it with `npm run db:setup`.",
  },
  corrupt: {
    title: "The dashboard's database file is damaged.",
    advice: "The database file is not a valid SQLite database. Whoever runs this site can rebuild it with `npm run db:reset`.",
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

/** Classifies errors thrown by better-sqlite3 through Prisma's driver adapter. */
export function classifyDatabaseError(error: unknown): DatabaseProblemKind {
  const text = describe(error);
  // Order matters: Prisma reports a missing table as "... does not exist in the current database".
  if (/no such table|no such column|P2021|P2022|TableDoesNotExist|ColumnNotFound/i.test(text)) return "not-migrated";
  if (/SQLITE_NOTADB|file is not a database|SQLITE_CORRUPT|malformed/i.test(text)) return "corrupt";
  if (/SQLITE_CANTOPEN|unable to open database|directory does not exist|ENOENT/i.test(text)) return "missing";
  return "unknown";
}

/**
 * Whether an error comes from reading the database (Prisma, its SQLite driver, an empty dataset),
 * as opposed to a bug in the code around it (a ZodError when data fails its own schema, a
 * TypeError...), which must be reported as the bug it is, never as an outage.
 */
export function isDatabaseFailure(error: unknown): boolean {
  if (classifyDatabaseError(error) !== "unknown") return true;
  return /Prisma|SqliteError|DriverAdapterError|SQLITE_|\bP\d{4}\b/.test(describe(error));
}

export function databaseProblem(kind: DatabaseProblemKind): DatabaseProblem {
  return { kind, ...problems[kind] };
}

export const operatorHint: Record<DatabaseProblemKind, string> = {
  missing: "the database file does not exist: run `npm run db:setup`",
  corrupt: "the database file is not a valid SQLite database: run `npm run db:reset`",
  "not-migrated": "the database is missing tables: run `npm run db:setup` to apply migrations",
  "not-seeded": "the database holds no dataset: run `npm run db:setup`",
  unknown: "reading the database failed",
};

function describe(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current === "object") {
      const o = current as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
      parts.push(String(o.name ?? ""), String(o.code ?? ""), String(o.message ?? ""));
      if (o.meta) parts.push(JSON.stringify(o.meta));
      current = o.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts.join(" ");
}
