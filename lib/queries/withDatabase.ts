import "server-only";
import { env } from "../env";
import { existsSync } from "node:fs";
import { classifyDatabaseError, databaseProblem, operatorHint, type DatabaseProblem } from "../databaseProblem";

export type Loaded<T> = { ok: true; data: T } | { ok: false; problem: DatabaseProblem };

/**
 * Runs a data-layer read and turns a database failure into a problem the page can explain,
 * logging one line for whoever runs the server. The browser never sees the error itself.
 * Any other error (data that fails its own schema, a TypeError) is a bug, not an outage: it is
 * thrown on, for the route to answer 500 (Next.js logs it, or the API's handler does).
 */
export async function withDatabase<T>(read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    const classified = error instanceof NotSeededError ? "not-seeded" : classifyDatabaseError(error);
    if (!classified) throw error;
    // SQLite says "cannot open" for a path that exists too (a folder in its place, no permission).
    const kind = classified === "missing" && existsSync(env.databasePath) ? "unreadable" : classified;
    const detail = kind === "unknown" ? `: ${(error as Error)?.message ?? String(error)}` : "";
    console.error(`[database] ${env.databasePath}: ${operatorHint[kind]}${detail}`);
    return { ok: false, problem: databaseProblem(kind) };
  }
}

export class NotSeededError extends Error {
  constructor() {
    super("the dataset tables are empty");
  }
}

/**
 * For pages prerendered by `next build` (their output depends on the data alone): the data, or a
 * thrown error that fails the build. A prerendered page keeps serving what it was built with, so a
 * build must never bake in a "database unavailable" page.
 */
export async function readForPrerender<T>(read: () => Promise<T>): Promise<T> {
  const loaded = await withDatabase(read);
  if (!loaded.ok) throw new Error(`Cannot prerender without the database: ${operatorHint[loaded.problem.kind]} (${env.databasePath}).`);
  return loaded.data;
}
