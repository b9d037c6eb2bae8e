// Shared by the benchmark scripts: a production server on a spare loopback port, its memory,
// and the first-load JavaScript of a page. Only ever talks to 127.0.0.1.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const HOST = "127.0.0.1";

/** `npm run build` (which sets up the database first), unless --no-build was given. */
export function buildOnce(argv) {
  if (argv.includes("--no-build") && existsSync(".next/BUILD_ID") && existsSync(".next/server.mjs")) return;
  console.log("Building (npm run build)...");
  const result = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error("npm run build failed");
}

function sparePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The arguments `npm start` gives node (its V8 heap bound among them) and the variables it sets
 * (MALLOC_ARENA_MAX among them), read from package.json so the benchmark measures the process as
 * it is deployed. Spawned directly rather than through npm, so the memory measured is the server's alone.
 */
function startCommand() {
  const start = JSON.parse(readFileSync("package.json", "utf8")).scripts.start;
  const words = start.split(/\s+/);
  const node = words.indexOf("node");
  if (node < 0) throw new Error(`package.json's start script does not run node: ${start}`);
  const env = Object.fromEntries(words.slice(0, node).map((w) => w.split("=")).filter((kv) => kv.length === 2));
  return { args: words.slice(node + 1), env };
}

/** Starts the production server (.next/server.mjs, as `npm start` does) on `port` (else a spare one) and waits until it answers. */
export async function startServer(extraEnv = {}, port = undefined) {
  port ??= await sparePort();
  const { args, env } = startCommand();
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ...env, NODE_ENV: "production", HOST, PORT: String(port), BENCH_PAGES: "1", ...extraEnv },
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const base = `http://${HOST}:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${stderr}`);
    try {
      if ((await fetch(`${base}/og`)).status < 500) break;
    } catch {}
    if (Date.now() - started > 60_000) throw new Error("the server did not answer within 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    port,
    pid: child.pid,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      for (const pid of descendants(child.pid).reverse()) safeKill(pid);
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

function safeKill(pid) {
  try {
    process.kill(pid, "SIGTERM");
  } catch {}
}

/** The process ids below `pid` (children, grandchildren...), read from /proc. */
export function descendants(pid) {
  const parentOf = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name (field 2) may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {}
  }
  const found = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const [child, parent] of parentOf) {
      if (parent === current) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** Resident memory (MiB) of the server process and everything it started. */
export function rssMiB(pid) {
  let kib = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (match) kib += Number(match[1]);
    } catch {}
  }
  return Math.round(kib / 1024);
}

/** First-load JS as a browser fetches it: the <script src> files of the served HTML, gzip -9 (also `npm run size`, scripts/first-load-js.mjs). */
export async function firstLoadJs(base, route) {
  const html = await (await fetch(base + route)).text();
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).filter((s) => s.startsWith("/_next/")))];
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const body = readFileSync(path.join(".next", src.replace(/^\/_next\//, "").split("?")[0]));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: scripts.length, rawKB: round(raw / 1024), gzipKB: round(gzip / 1024) };
}

export const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The other work on the machine while we measured: load average and the busiest processes. */
export function machineNote() {
  const [one, five] = readFileSync("/proc/loadavg", "utf8").split(" ");
  const ps = spawnSync("ps", ["-eo", "pcpu,comm", "--sort=-pcpu"], { encoding: "utf8" }).stdout.split("\n").slice(1, 6);
  return { cores: availableParallelism(), loadavg1: Number(one), loadavg5: Number(five), busiest: ps.map((l) => l.trim()).filter(Boolean) };
}
