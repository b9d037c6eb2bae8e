// The integration suite's database (built once by tests/integration/buildDatabase.ts) and the
// ways a test reads SQLite files directly, without the app's data layer.
import { copyFileSync } from "node:fs";
import Database from "better-sqlite3";
import { inject } from "vitest";

/** The file built for this run by db:setup. Read it only: copy it (copyBuiltDatabase) to change it. */
export function builtDatabase(): string {
  return inject("builtDatabase").file;
}

/** A private copy of the built file at `file`, migrated and seeded, for a test that changes it. */
export function copyBuiltDatabase(file: string): string {
  copyFileSync(builtDatabase(), file);
  return file;
}

/** Every table's rows in a stable order, as one string: equal before and after means nothing changed. */
export function tableDump(file: string): string {
  const db = new Database(file, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  const dump = tables.map(({ name }) => `${name}:${JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all())}`).join("\n");
  db.close();
  return dump;
}

/** How many rows a table holds. */
export function countRows(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  const row = db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number };
  db.close();
  return row.n;
}
