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
    { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}
