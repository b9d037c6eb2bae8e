import "server-only";
import { env } from "../env";
import { classifyDatabaseError, databaseProblem, operatorHint, type DatabaseProblem } from "../databaseProblem";

export type Loaded<T> = { ok: true; data: T } | { ok: false; problem: DatabaseProblem };

/**
 * Runs a data-layer read and turns a database failure into a problem the page can explain,
 * logging one line for whoever runs the server. The browser never sees the error itself.
 */
export async function withDatabase<T>(read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    const kind = error instanceof NotSeededError ? "not-seeded" : classifyDatabaseError(error);
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
