// Copies the real prisma/data/ into a temporary folder so a test can break one thing in it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const realDataDir = path.resolve(import.meta.dirname, "../../prisma/data");

export function copyData(): { dir: string; edit: (file: string, change: (json: unknown) => unknown) => void; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "dataset-"));
  cpSync(realDataDir, dir, { recursive: true });
  return {
    dir,
    edit(file, change) {
      const full = path.join(dir, file);
      writeFileSync(full, JSON.stringify(change(JSON.parse(readFileSync(full, "utf8"))), null, 2));
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
