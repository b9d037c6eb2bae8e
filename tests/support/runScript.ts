import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs one of the project's npm scripts' entry points the way npm would, with extra env. */
export function runTsx(
  script: string,
  env: Record<string, string>,
  { tsxArgs = [], args = [] }: { tsxArgs?: string[]; args?: string[] } = {},
) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), ...tsxArgs, script, ...args],
    // data:export prints the whole dataset: over the 1 MiB Node keeps by default since dataset
    // 1.2, and past that Node kills the script (tsx then exits 143).
    { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}
