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
    // The dataset export is a few megabytes of JSON: above spawnSync's 1 MB default, the child is killed.
    { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}
