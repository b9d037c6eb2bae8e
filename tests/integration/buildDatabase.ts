// The integration suite's globalSetup (vitest.config.mts): builds one SQLite file the way the app
// does, `npm run db:setup` on a new file (the committed migrations, then the seed), once per run.
// Files that only read a database inject its path (tests/support/database.ts); files that must
// change or break one copy this file, which is far cheaper than migrating and seeding again.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { runTsx } from "../support/runScript";

/** What the tests get through inject("builtDatabase"). */
export type BuiltDatabase = {
  /** The built file: read it, or copy it before changing anything. */
  file: string;
  /** What that db:setup run printed on stdout (setup.test.ts checks the first run's report). */
  setupStdout: string;
  /** The file's SHA-256 as built. */
  digest: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    builtDatabase: BuiltDatabase;
  }
}

export default function buildDatabase(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "integration-db-"));
  const file = path.join(dir, "dashboard.db");
  const run = runTsx("prisma/setup.ts", { DATABASE_URL: `file:${file}` });
  if (run.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`db:setup could not build the integration suite's database:\n${run.output}`);
  }
  project.provide("builtDatabase", { file, setupStdout: run.stdout, digest: fileDigest(file) });
  return () => rmSync(dir, { recursive: true, force: true });
}

export function fileDigest(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
