// `npm run bench:soak`: 100 connections for 60 s on a mix of shared links and API calls against
// the production server (`npm run build` first, unless `--no-build`), then the
// errors and how the server's memory grew: before, during, at the end, and 10 s later. Then the
// hostile row, on a fresh server: 10,000 addresses nobody would share (bench/hostile.mjs: preview
// images with junk queries, random paths, long and odd query strings, API calls with bad
// parameters), each sent once, with RSS before, at its peak and after (`--hostile=N` to change
// the count, `--hostile=0` to skip it).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { runHostile } from "./hostile.mjs";
import { buildOnce, machineNote, round, rssMiB, sleep, startServer } from "./server.mjs";

const argv = process.argv.slice(2);
const SOAK = { connections: 100, duration: Number(argv.find((a) => a.startsWith("--duration="))?.slice(11) ?? 60) };
const TARGET_GROWTH_MIB = 50;
const HOSTILE = Number(argv.find((a) => a.startsWith("--hostile="))?.slice(10) ?? 10_000);
const TARGET_HOSTILE_PEAK_MIB = 300;
// As a browser asks: compressed answers welcome.
const HEADERS = { "accept-encoding": "gzip, deflate, br" };
// Each connection walks this list in turn: what people open from shared links, and API reads.
const MIX = [
  "/?m=censorship,secret-police,mass-terror&from=1918&to=1938&chart=series&series=executions",
  "/api/v1/events?m=secret-police",
  "/?cat=tools-of-power&from=1921&to=1929",
  "/mechanisms/secret-police",
  "/api/v1/mechanisms",
  "/?m=mass-terror&chart=timeline",
  "/api/v1/events?from=1930&to=1938",
  "/mechanisms/censorship",
  "/api/v1/leaders",
];

buildOnce(argv);
mkdirSync(path.join("bench", "results"), { recursive: true });
const machine = machineNote();
const server = await startServer();
const result = { date: new Date().toISOString(), soak: SOAK, mix: MIX, machineBefore: machine };
try {
  const { base, pid } = server;
  for (const route of MIX) {
    const status = (await fetch(base + route)).status;
    if (status !== 200) console.warn(`${route} answers ${status} before the soak`);
  }
  await autocannon({ url: base, connections: 10, duration: 3, requests: MIX.map((p) => ({ method: "GET", path: p, headers: HEADERS })) });
  await sleep(2_000);
  const before = rssMiB(pid);
  const samples = [];
  const sampler = setInterval(() => samples.push(rssMiB(pid)), 5_000);
  console.log(`Soak: ${SOAK.connections} connections for ${SOAK.duration} s over ${MIX.length} addresses...`);
  const r = await autocannon({ url: base, ...SOAK, requests: MIX.map((p) => ({ method: "GET", path: p, headers: HEADERS })) });
  clearInterval(sampler);
  const end = rssMiB(pid);
  await sleep(10_000);
  const settled = rssMiB(pid);
  Object.assign(result, {
    requests: r.requests.total,
    reqPerSec: round(r.requests.average, 0),
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    maxMs: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count])),
    memoryMiB: { before, samples, peak: Math.max(before, ...samples, end), end, settled, growth: settled - before },
    serverErrorsLogged: server.stderr().split("\n").filter((l) => /⨯|Error/.test(l)).slice(0, 5),
  });
} finally {
  await server.stop();
}
if (HOSTILE > 0) {
  // A fresh server, as after a deployment: what hostile traffic alone does to its memory.
  const fresh = await startServer();
  try {
    console.log(`Hostile: ${HOSTILE} addresses, each once...`);
    result.hostile = await runHostile(fresh.base, fresh.pid, { count: HOSTILE });
    result.hostile.serverErrorsLogged = fresh.stderr().split("\n").filter((l) => /⨯|Error/.test(l)).slice(0, 5);
  } finally {
    await fresh.stop();
  }
}
writeFileSync(path.join("bench", "results", "soak.json"), JSON.stringify(result, null, 2) + "\n");

const m = result.memoryMiB;
const failures = result.errors + result.timeouts + result.non2xx;
console.table([
  {
    requests: result.requests,
    "req/s": result.reqPerSec,
    "p50 ms": result.p50ms,
    "p99 ms": result.p99ms,
    "errors+timeouts+non-2xx": failures,
    "RSS before MB": m.before,
    "peak MB": m.peak,
    "end MB": m.end,
    "settled MB": m.settled,
    "growth MB": m.growth,
  },
]);
console.log(`errors: ${failures === 0 ? "none" : `${failures} MISSED`}; memory growth after settling: ${m.growth} MB ${m.growth <= TARGET_GROWTH_MIB ? "ok" : "MISSED"} (≤ ${TARGET_GROWTH_MIB} MB)`);
console.log(`RSS every 5 s under load: ${m.samples.join(", ")} MB`);
if (result.serverErrorsLogged.length > 0) console.log(`server log: ${result.serverErrorsLogged.join(" | ")}`);
if (result.hostile) {
  const h = result.hostile;
  console.log(`\nHostile mix: ${h.urls} addresses in ${h.seconds} s, statuses ${JSON.stringify(h.statuses)}, ${h.failures} failed requests`);
  console.table([{ "RSS before MB": h.rssMiB.before, "peak MB": h.rssMiB.peak, "end MB": h.rssMiB.end, "after 10 s MB": h.rssMiB.after, verdict: h.rssMiB.peak <= TARGET_HOSTILE_PEAK_MIB ? "ok" : "MISSED" }]);
  if (h.serverErrorsLogged.length > 0) console.log(`server log: ${h.serverErrorsLogged.join(" | ")}`);
}
console.log(`Machine: ${machine.cores} cores, load average before ${machine.loadavg1}; busiest: ${machine.busiest.join("; ")}`);
console.log("Figures written to bench/results/soak.json");
