// `npm run bench:proxy`: the multi-machine story with a real caching proxy. Starts two production
// servers (two instances, as on two machines, each with its own copy of the database) behind nginx
// with proxy_cache on, then reports:
// 1. that both instances give the same bytes and headers (but Date) for the same addresses: pages,
//    JSON, CSV, the preview PNG, the SVG icon, the dataset zip, with and without compression;
// 2. the cache hit ratio seen through nginx for a mix of those addresses;
// 3. one instance restarted (SIGTERM, started again) while load runs through nginx: the requests
//    that failed as the clients saw them (the goal is none: nginx retries the other instance);
// 4. throughput (autocannon) through nginx against one instance directly.
// The nginx configuration is deploy/nginx.conf, the one the README describes, with its marked
// values filled in.
// Installs nginx (Debian's nginx-light) when it is missing and we are root on Debian. Everything
// nginx writes lives in a temporary folder; nginx and the servers are stopped at the end.
// Options: --no-build (reuse .next/), --ports=A,B (the instances; default: spare ports),
// --proxy-port=N (nginx; default 8200), --duration=N (seconds of load per row; default 10).
import { execSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { buildOnce, HOST, round, sleep, startServer } from "./server.mjs";

const argv = process.argv.slice(2);
const option = (name, fallback) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const PORTS = option("ports", "").split(",").filter(Boolean).map(Number);
const PROXY_PORT = Number(option("proxy-port", "8200"));
const DURATION = Number(option("duration", "10"));
const NGINX = "/usr/sbin/nginx";

const ADDRESSES = [
  "/",
  "/?m=censorship,secret-police,mass-terror&from=1918&to=1938&chart=series&series=executions",
  "/essay?verdict=contradicted",
  "/mechanisms/secret-police",
  "/sources",
  "/api",
  "/embed/chart?m=censorship",
  "/api/v1/events?m=secret-police",
  "/api/v1/mechanisms",
  "/api/v1/openapi.json",
  "/download/table.csv?m=censorship,secret-police",
  "/download/events.json?from=1930&to=1938",
  "/download/dataset.zip",
  "/og?m=censorship",
  "/icon.svg",
];
const ENCODINGS = ["identity", "gzip, deflate, br"];
// Belong to one transmission, not to the answer.
const PER_TRANSMISSION = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);

function ensureNginx() {
  if (existsSync(NGINX)) return;
  const isDebian = existsSync("/etc/debian_version");
  const isRoot = process.getuid?.() === 0;
  if (!isDebian || !isRoot) {
    console.error("nginx is missing: install it (on Debian: `sudo apt-get install nginx-light`) and run again.");
    process.exit(1);
  }
  console.log("nginx is missing: installing Debian's nginx-light package (apt-get)...");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null", { stdio: "inherit", shell: "/bin/bash" });
  if (!existsSync(NGINX)) throw new Error(`apt-get finished but ${NGINX} is still missing`);
}

/** deploy/nginx.conf with its marked values filled in for this run. */
function nginxConfig(prefix, upstreams) {
  const values = {
    PREFIX: prefix,
    // Started as root, nginx's workers would run as "nobody" and could not write the cache or the
    // temporary files into our private folder: they run as the user who started it.
    USER: process.getuid?.() === 0 ? `user ${userInfo().username};` : "",
    LISTEN: `${HOST}:${PROXY_PORT}`,
    UPSTREAMS: upstreams.map((u) => `server ${u};`).join("\n    "),
  };
  const config = readFileSync(path.join("deploy", "nginx.conf"), "utf8").replace(/\{\{([A-Z]+)\}\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`deploy/nginx.conf: no value for {{${name}}}`);
    return values[name];
  });
  return config;
}

async function fetchRaw(url, encoding) {
  // As nginx asks (deploy/nginx.conf): the instances name the site by the proxy's address.
  const proxied = { "x-forwarded-host": `${HOST}:${PROXY_PORT}`, "x-forwarded-proto": "http" };
  const response = await fetch(url, { headers: { "accept-encoding": encoding, ...proxied }, redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !PER_TRANSMISSION.has(name)));
  return { status: response.status, headers, body };
}

const digest = (buffer) => createHash("sha256").update(buffer).digest("hex").slice(0, 12);

async function compareInstances(a, b) {
  const rows = [];
  for (const address of ADDRESSES) {
    for (const encoding of ENCODINGS) {
      // Twice on A (rendered, then rendered again or kept) and once on B.
      const [first, second, other] = [await fetchRaw(a + address, encoding), await fetchRaw(a + address, encoding), await fetchRaw(b + address, encoding)];
      const sameBody = first.body.equals(second.body) && first.body.equals(other.body);
      const headerDiff = [...new Set([...Object.keys(first.headers), ...Object.keys(other.headers), ...Object.keys(second.headers)])].filter(
        (name) => first.headers[name] !== other.headers[name] || first.headers[name] !== second.headers[name],
      );
      rows.push({
        address: address.length > 48 ? `${address.slice(0, 45)}...` : address,
        encoding: encoding === "identity" ? "identity" : "br",
        status: first.status,
        type: (first.headers["content-type"] ?? "").split(";")[0],
        bytes: first.body.length,
        sha256: digest(first.body),
        "same bytes": sameBody ? "yes" : "NO",
        "headers that differ": headerDiff.join(" ") || "none",
      });
    }
  }
  return rows;
}

async function hitRatio(proxy) {
  const counts = {};
  // Each address 10 times, in turn, with a browser's Accept-Encoding.
  for (let round = 0; round < 10; round++) {
    for (const address of ADDRESSES) {
      const response = await fetch(proxy + address, { headers: { "accept-encoding": "gzip, deflate, br" } });
      await response.arrayBuffer();
      const status = response.headers.get("x-cache") ?? "none";
      counts[status] = (counts[status] ?? 0) + 1;
    }
  }
  const total = Object.values(counts).reduce((n, c) => n + c, 0);
  return { counts, total, ratio: round((counts.HIT ?? 0) / total, 3) };
}

async function load(url) {
  const r = await autocannon({ url, connections: 50, duration: DURATION, headers: { "accept-encoding": "gzip, deflate, br" } });
  return { reqPerSec: round(r.requests.average, 0), p50ms: r.latency.p50, p99ms: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

/**
 * Restarts instance `index` (SIGTERM, then `npm start` again on the same port) while load runs
 * through nginx on addresses no cache holds (each request a new search), so every request reaches
 * an instance; counts what the clients saw.
 */
async function restartUnderLoad(proxy, servers, index) {
  let n = 0;
  const seconds = Math.max(DURATION, 20);
  const run = autocannon({
    url: proxy,
    connections: 20,
    duration: seconds,
    headers: { "accept-encoding": "gzip, deflate, br" },
    requests: [{ setupRequest: (req) => ({ ...req, path: `/api/v1/events?m=secret-police&q=restart-${n++}` }) }],
  });
  await sleep(4_000);
  const stopped = Date.now();
  await servers[index].stop();
  const down = Date.now() - stopped;
  servers[index] = await startServer({}, servers[index].port);
  const back = Date.now() - stopped;
  const r = await run;
  const statuses = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]));
  return {
    seconds,
    connections: 20,
    requests: r.requests.total,
    statuses,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    p99ms: r.latency.p99,
    stopTookMs: down,
    backAfterMs: back,
  };
}

async function main() {
  ensureNginx();
  buildOnce(argv);
  const prefix = mkdtempSync(path.join(tmpdir(), "bench-proxy-"));
  for (const dir of ["client_body", "proxy_temp", "fastcgi_temp", "uwsgi_temp", "scgi_temp", "cache"]) mkdirSync(path.join(prefix, dir));
  const servers = [await startServer({}, PORTS[0]), await startServer({}, PORTS[1])];
  const [a, b] = servers.map((s) => s.base);
  const upstreams = servers.map((s) => `${HOST}:${s.port}`);
  const conf = path.join(prefix, "nginx.conf");
  writeFileSync(conf, nginxConfig(prefix, upstreams));
  const proxy = `http://${HOST}:${PROXY_PORT}`;
  const results = { date: new Date().toISOString(), instances: [a, b], proxy };
  try {
    const started = spawnSync(NGINX, ["-c", conf, "-p", prefix], { encoding: "utf8" });
    if (started.status !== 0) throw new Error(`nginx did not start: ${started.stderr}`);
    await sleep(500);
    console.log(`Two instances (${a}, ${b}) behind nginx (${proxy}).`);
    results.identical = await compareInstances(a, b);
    console.log("\n1. The same address on both instances (A twice, then B): bytes and headers but Date");
    console.table(results.identical);
    results.hits = await hitRatio(proxy);
    console.log(`\n2. Through nginx, ${ADDRESSES.length} addresses x 10: ${JSON.stringify(results.hits.counts)}; hit ratio ${results.hits.ratio}`);
    console.log(`\n3. One instance restarted (SIGTERM, then started again) under load through nginx`);
    results.restart = await restartUnderLoad(proxy, servers, 0);
    console.table([results.restart]);
    console.log(`   failed as the clients saw them: ${results.restart.non2xx} non-2xx, ${results.restart.errors} errors, ${results.restart.timeouts} timeouts of ${results.restart.requests}`);
    const shared = ADDRESSES[1];
    console.log(`\n4. Throughput, 50 connections, ${DURATION} s each: ${shared}`);
    results.throughput = { proxy: await load(proxy + shared), direct: await load(a + shared) };
    console.table([
      { through: "nginx (proxy_cache)", ...results.throughput.proxy },
      { through: "one instance directly", ...results.throughput.direct },
    ]);
  } finally {
    try {
      process.kill(Number(readFileSync(path.join(prefix, "nginx.pid"), "utf8")), "SIGTERM");
    } catch {}
    await Promise.all(servers.map((s) => s.stop()));
    await sleep(300);
    rmSync(prefix, { recursive: true, force: true });
  }
  mkdirSync(path.join("bench", "results"), { recursive: true });
  writeFileSync(path.join("bench", "results", "proxy.json"), JSON.stringify(results, null, 2) + "\n");
  const differing = results.identical.filter((r) => r["same bytes"] !== "yes" || r["headers that differ"] !== "none");
  console.log(`\n${differing.length === 0 ? "Every address: the same answer from both instances." : `${differing.length} rows DIFFER.`} Figures written to bench/results/proxy.json`);
}

await main();
