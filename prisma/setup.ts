// `npm run db:setup` (run before dev, build, start and the tests): creates the SQLite file if
// needed, applies any unapplied migrations, and loads prisma/data/ when it changed since the
// last seed. Idempotent: a second run changes nothing. `--reset` (npm run db:reset) deletes the
// database first; nothing else here ever drops data.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databasePath, dataDir } from "../lib/env";
import { loadDatasetOrFail } from "./loadDatasetOrFail";
import { contentHash } from "../lib/dataset/contentHash";
import { seedDatabase } from "../lib/dataset/seedDatabase";
import { createPrismaClient } from "../lib/prismaClient";

function fail(message: string): never {
  console.error(`db:setup: ${message}`);
  process.exit(1);
}

const shown = path.relative(process.cwd(), databasePath) || databasePath;

if (process.argv.includes("--reset")) {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(databasePath + suffix, { force: true });
  console.log(`db:setup: deleted ${shown} (--reset)`);
}

const dataset = loadDatasetOrFail(dataDir, fail);
const hash = contentHash(dataDir);

const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

// A file that is not a SQLite database would make migrate fail with an opaque error. The probe
// also reads which migrations are applied, so the (slow) Prisma CLI only starts when needed.
let pending = migrationNames.length;
if (existsSync(databasePath)) {
  try {
    const probe = new Database(databasePath, { readonly: true, fileMustExist: true });
    probe.pragma("schema_version");
    const hasTable = probe.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (hasTable) {
      const done = new Set(
        probe
          .prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
          .all()
          .map((row) => (row as { name: string }).name),
      );
      pending = migrationNames.filter((name) => !done.has(name)).length;
    }
    probe.close();
  } catch (error) {
    fail(
      `${shown} is not a usable SQLite database (${(error as Error).message}). ` +
        "Move it aside or run `npm run db:reset` to rebuild it from prisma/data/.",
    );
  }
} else {
  try {
    mkdirSync(path.dirname(databasePath), { recursive: true });
  } catch (error) {
    fail(`cannot create the folder for ${shown}: ${(error as Error).message}. Set DATABASE_URL to a writable location.`);
  }
  // Create the file here: when Prisma's migrate cannot, all it says is "External error".
  try {
    new Database(databasePath).close();
  } catch (error) {
    fail(`cannot create ${shown} (${(error as Error).message}): the location is not writable. Set DATABASE_URL to a writable location.`);
  }
}

if (pending > 0) {
  const prismaBin = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");
  const migrate = spawnSync(process.execPath, [prismaBin, "migrate", "deploy"], { encoding: "utf8" });
  if (migrate.status !== 0) {
    const output = `${migrate.stdout}\n${migrate.stderr}`.trim();
    const hint = /readonly|read-only|unable to open|permission/i.test(output)
      ? "the database location is not writable. Set DATABASE_URL to a writable file."
      : "applying migrations failed.";
    fail(`${hint}\n${output}`);
  }
}

const db = createPrismaClient(databasePath);
try {
  const current = await db.datasetInfo.findUnique({ where: { id: 1 } });
  if (current?.contentHash === hash) {
    console.log(
      `db:setup: ${shown} is up to date (${pending > 0 ? `${pending} migration(s) applied` : "no pending migrations"}, dataset ${current.version}).`,
    );
  } else {
    await seedDatabase(db, dataset, hash);
    console.log(
      `db:setup: ${shown} ${current ? "reloaded" : "seeded"} with dataset ${dataset.info.version}: ` +
        `${dataset.events.length} events, ${dataset.assessments.length} assessments, ${dataset.sources.length} sources.`,
    );
  }
} catch (error) {
  fail(`loading the dataset failed; the database was left as it was. ${(error as Error).message}`);
} finally {
  await db.$disconnect();
}
