// `npm run bench`: builds once, starts the production server on a spare loopback port and
// measures, in one run: throughput and latency under load (autocannon) of a shared link, a
// mechanism page and an API list beside a static reference; Lighthouse on mobile and desktop;
// first-load JS per route; the server's memory idle, under load and after it settles. Prints a
// table with the targets and writes bench/results/latest.json. `--no-build` reuses .next/;
// `--duration=N` changes the 15 s of load per route.
// Requests carry a browser's Accept-Encoding; the shared link and the reference are measured
// again without it. The server's response cache (lib/cache/responseCache.ts) is warm for the
// main rows (the warm-up fills it, as the first visitors of a shared link do); one more row
// measures the same link rendered on every request (a second server with the cache off).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { lighthouse, medianRun } from "./lighthouse.mjs";
import { buildOnce, firstLoadJs, machineNote, round, rssMiB, sleep, startServer } from "./server.mjs";

const argv = process.argv.slice(2);
const LOAD = { connections: 50, duration: Number(argv.find((a) => a.startsWith("--duration="))?.slice(11) ?? 15) };
const SHARED_LINK = "/?m=censorship,secret-police,mass-terror&from=1918&to=1938&chart=series&series=executions";
const MECHANISM = "/mechanisms/secret-police";
// One paragraph in the site's layout (app/bench/floor, served because bench/server.mjs sets
// BENCH_PAGES=1): the Lighthouse score of Next.js, React and the layout alone, measured beside the
// pages in the same run.
const FLOOR = "/bench/floor";
const API_LIST = "/api/v1/events?m=secret-police";
const ROUTES_FOR_JS = ["/", MECHANISM, "/essay", "/sources", "/embed/chart"];
// Sent with every request, as a browser sends it: pages are compared as people receive them.
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };
// Rows marked `uncached` go to a second server started with RESPONSE_CACHE_MB=0: every request
// rendered by Next.js and finished by the layer in front of it, nothing kept.
const UNCACHED = { RESPONSE_CACHE_MB: "0" };
const TARGETS = { ratio: 0.5, p99: 150, lighthouseMobilePerf: 95, otherScores: 100, firstLoadKB: 200, rssMiB: 350 };

/** A prerendered page of this build, else (when every page renders per request) a static file. */
async function staticReference(base) {
  const manifest = JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8"));
  const pages = Object.entries(manifest.routes ?? {})
    // Not Next.js's own /_global-error and the like, nor files such as /sitemap.xml.
    .filter(([route, r]) => !route.startsWith("/_") && !route.includes(".") && (r.initialStatus ?? 200) === 200)
    .map(([route]) => route);
  if (pages.length > 0) return { path: pages[0], kind: "prerendered page", expect: 200 };
  if (manifest.routes?.["/_not-found"]) return { path: "/_not-found", kind: "prerendered 404 page", expect: 404 };
  const html = await (await fetch(base + "/")).text();
  const asset = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  return { path: asset, kind: "static file (no page of this build is prerendered)", expect: 200 };
}

async function load(base, target, onTick) {
  const headers = target.headers ?? BROWSER_HEADERS;
  const status = (await fetch(base + target.path, { headers })).status;
  // Warm up: compile caches, open the database, JIT (and fill the response cache).
  await autocannon({ url: base + target.path, connections: 10, duration: 2, headers });
  const sampler = setInterval(onTick, 1_000);
  const r = await autocannon({ url: base + target.path, ...LOAD, headers });
  clearInterval(sampler);
  const unexpected = Object.entries(r.statusCodeStats ?? {})
    .filter(([code]) => Number(code) !== target.expect)
    .reduce((n, [, s]) => n + s.count, 0);
  return {
    name: target.name,
    path: target.path,
    firstStatus: status,
    reqPerSec: round(r.requests.average, 0),
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    unexpectedStatus: unexpected,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count])),
    kBPerResponse: r.requests.total ? round(r.throughput.total / r.requests.total / 1024, 0) : null,
  };
}

const mark = (ok) => (ok ? "ok" : "MISSED");

// Lighthouse's performance score moves by up to 20 points between runs on this machine: the run
// with the median score is reported, with every run's score beside it. Mobile, where the target
// is, gets more runs.
const LIGHTHOUSE_RUNS = { mobile: 5, desktop: 3 };
const LIGHTHOUSE_PAGES = [
  { name: "compare", path: SHARED_LINK, formFactors: ["mobile", "desktop"] },
  { name: "mechanism", path: MECHANISM, formFactors: ["mobile", "desktop"] },
  { name: "floor", path: FLOOR, formFactors: ["mobile"], reference: true },
];
async function main() {
  buildOnce(argv);
  mkdirSync(path.join("bench", "results"), { recursive: true });
  const server = await startServer();
  const uncachedServer = await startServer(UNCACHED);
  const results = { date: new Date().toISOString(), node: process.version, load: LOAD, targets: TARGETS, machineBefore: machineNote() };
  try {
    const { base, pid } = server;
    await fetch(base + "/");
    await sleep(2_000);
    const memory = { idleMiB: rssMiB(pid), peakUnderLoadMiB: 0 };
    const tick = () => (memory.peakUnderLoadMiB = Math.max(memory.peakUnderLoadMiB, rssMiB(pid)));

    const reference = await staticReference(base);
    const targets = [
      { name: "shared link (/)", path: SHARED_LINK, expect: 200 },
      { name: "mechanism page", path: MECHANISM, expect: 200 },
      { name: "API list", path: API_LIST, expect: 200 },
      // Next.js's own serving of a file it has on disk, compressed per request: how it sends a
      // prerendered page (the server with the cache off, for this row only).
      { name: `reference: ${reference.kind}, as Next.js serves it`, path: reference.path, expect: reference.expect, uncached: true },
    ];
    const apiStatus = (await fetch(base + API_LIST)).status;
    if (apiStatus === 404) console.warn(`${API_LIST} answers 404: the API is not in this build; measuring it anyway.`);

    results.throughput = [];
    for (const target of targets) {
      console.log(`Load: ${target.name} ${target.path} (${LOAD.connections} connections, ${LOAD.duration} s)...`);
      let peakMiB = 0;
      const row = await load(target.uncached ? uncachedServer.base : base, target, () => {
        tick();
        peakMiB = Math.max(peakMiB, rssMiB(pid));
      });
      results.throughput.push({ ...row, peakRssMiB: peakMiB });
    }
    memory.endOfLoadMiB = rssMiB(pid);
    await sleep(10_000);
    memory.settledMiB = rssMiB(pid);
    results.memory = memory;
    const ref = results.throughput.at(-1).reqPerSec;
    for (const row of results.throughput) row.ratioToReference = round(row.reqPerSec / ref, 2);

    // The same file as the response cache sends it to visitors (kept compressed in memory).
    console.log(`Load: ${reference.path} from the response cache (${LOAD.connections} connections, ${LOAD.duration} s)...`);
    results.cachedReference = await load(base, { name: `${reference.kind}, from the response cache`, path: reference.path, expect: reference.expect }, tick);
    results.cachedReference.ratioToReference = round(results.cachedReference.reqPerSec / ref, 2);
    results.throughput[0].ratioToCachedFile = round(results.throughput[0].reqPerSec / results.cachedReference.reqPerSec, 2);

    // The shared link and the reference without Accept-Encoding: for a client that takes no compression.
    results.uncompressed = [];
    for (const target of [targets[0], targets.at(-1)]) {
      console.log(`Load: ${target.name}, no compression asked (${LOAD.connections} connections, ${LOAD.duration} s)...`);
      results.uncompressed.push(await load(target.uncached ? uncachedServer.base : base, { ...target, headers: {} }, tick));
    }
    results.uncompressed[0].ratioToReference = round(results.uncompressed[0].reqPerSec / results.uncompressed[1].reqPerSec, 2);
    results.uncompressed[1].ratioToReference = 1;

    // What a render costs when the cache cannot help (a link nobody opened before, every time).
    const renderMemory = { peakMiB: 0 };
    console.log(`Load: shared link rendered every time (cache bypassed) (${LOAD.connections} connections, ${LOAD.duration} s)...`);
    const rendered = await load(uncachedServer.base, { name: "shared link, rendered each time", path: SHARED_LINK, expect: 200 }, () => {
      tick();
      renderMemory.peakMiB = Math.max(renderMemory.peakMiB, rssMiB(uncachedServer.pid));
    });
    rendered.ratioToReference = round(rendered.reqPerSec / ref, 2);
    await sleep(10_000);
    renderMemory.settledMiB = rssMiB(uncachedServer.pid);
    results.uncached = { ...rendered, memory: renderMemory };

    results.firstLoadJs = [];
    for (const route of ROUTES_FOR_JS) {
      const status = (await fetch(base + route)).status;
      if (status === 200) results.firstLoadJs.push({ route, ...(await firstLoadJs(base, route)) });
    }

    results.lighthouse = [];
    if ((await fetch(base + FLOOR)).status !== 200) throw new Error(`${FLOOR} does not answer 200: is BENCH_PAGES=1 reaching the server?`);
    for (const page of LIGHTHOUSE_PAGES) {
      for (const formFactor of page.formFactors) {
        console.log(`Lighthouse ${formFactor}: ${page.path} (${LIGHTHOUSE_RUNS[formFactor]} runs)...`);
        const runs = [];
        for (let i = 0; i < LIGHTHOUSE_RUNS[formFactor]; i++) {
          let result = lighthouse(base + page.path, formFactor, page.name);
          // Chromium sometimes loses the trace (NO_NAVSTART); one more try.
          if (result.error) result = lighthouse(base + page.path, formFactor, page.name);
          runs.push(result);
        }
        results.lighthouse.push({ ...medianRun(runs), reference: page.reference === true });
      }
    }
    results.machine = machineNote();
  } finally {
    await server.stop();
    await uncachedServer.stop();
  }
  writeFileSync(path.join("bench", "results", "latest.json"), JSON.stringify(results, null, 2) + "\n");
  report(results);
}

function report(r) {
  console.log(`\nThroughput and latency (${r.load.connections} connections, ${r.load.duration} s each; target for the shared link: ≥ ${r.targets.ratio * 100} % of the reference, 0 errors, p99 ≤ ${r.targets.p99} ms)`);
  console.table(
    r.throughput.map((t) => ({
      route: t.name,
      "req/s": t.reqPerSec,
      "p50 ms": t.p50ms,
      "p99 ms": t.p99ms,
      "errors+timeouts": t.errors + t.timeouts,
      "unexpected status": t.unexpectedStatus,
      "KB/resp": t.kBPerResponse,
      "× reference": t.ratioToReference,
      "peak RSS MB": t.peakRssMiB,
    })),
  );
  const c = r.cachedReference;
  console.log(
    `The same static file from the response cache: ${c.reqPerSec} req/s, p99 ${c.p99ms} ms, ${c.kBPerResponse} KB a response; the shared link makes ${r.throughput[0].ratioToCachedFile} of that.`,
  );
  console.log("The same without Accept-Encoding (no compression asked):");
  console.table(
    r.uncompressed.map((t) => ({ route: t.name, "req/s": t.reqPerSec, "p50 ms": t.p50ms, "p99 ms": t.p99ms, "errors+timeouts": t.errors + t.timeouts, "KB/resp": t.kBPerResponse, "× reference": t.ratioToReference })),
  );
  const u = r.uncached;
  console.log(
    `Without the cache (every request rendered): ${u.reqPerSec} req/s, p50 ${u.p50ms} ms, p99 ${u.p99ms} ms, errors+timeouts ${u.errors + u.timeouts}, RSS peak ${u.memory.peakMiB} MB, settled ${u.memory.settledMiB} MB`,
  );
  const shared = r.throughput[0];
  console.log(
    `shared link: ratio ${shared.ratioToReference} ${mark(shared.ratioToReference >= r.targets.ratio)}, errors ${shared.errors + shared.timeouts + shared.unexpectedStatus} ${mark(shared.errors + shared.timeouts + shared.unexpectedStatus === 0)}, p99 ${shared.p99ms} ms ${mark(shared.p99ms <= r.targets.p99)}`,
  );

  console.log(
    `\nLighthouse, the median of ${LIGHTHOUSE_RUNS.mobile} (mobile) or ${LIGHTHOUSE_RUNS.desktop} (desktop) runs by performance score (target: mobile performance ≥ ${r.targets.lighthouseMobilePerf}; accessibility, best practices, SEO = 100). ${FLOOR} is the floor: one paragraph in the layout.`,
  );
  console.table(
    r.lighthouse.map((l) =>
      l.error
        ? { page: l.url.slice(0, 40), form: l.formFactor, error: l.error }
        : {
            page: l.url.slice(0, 40),
            form: l.formFactor,
            perf: l.performance,
            runs: (l.performanceRuns ?? []).join("/"),
            a11y: l.accessibility,
            "best pr.": l.bestPractices,
            seo: l.seo,
            "LCP ms": l.lcpMs,
            "TBT ms": l.tbtMs,
            CLS: l.cls,
            verdict: l.reference ? "floor" : mark(
              (l.formFactor !== "mobile" || l.performance >= r.targets.lighthouseMobilePerf) &&
                l.accessibility === 100 &&
                l.bestPractices === 100 &&
                l.seo === 100,
            ),
          },
    ),
  );

  console.log(`\nFirst-load JS, gzip (target for /: ≤ ${r.targets.firstLoadKB} KB)`);
  console.table(r.firstLoadJs.map((j) => ({ route: j.route, files: j.files, "raw KB": j.rawKB, "gzip KB": j.gzipKB, verdict: j.route === "/" ? mark(j.gzipKB <= r.targets.firstLoadKB) : "" })));

  const m = r.memory;
  console.log(`\nServer memory, RSS with child processes (target under load: ≤ ${r.targets.rssMiB} MB)`);
  console.table([{ idle: m.idleMiB, "peak under load": m.peakUnderLoadMiB, "end of load": m.endOfLoadMiB, "settled (10 s)": m.settledMiB, verdict: mark(m.peakUnderLoadMiB <= r.targets.rssMiB) }]);
  const b = r.machineBefore;
  console.log(`\nMachine: ${b.cores} cores; load average before the run ${b.loadavg1} (1 min), at the end ${r.machine.loadavg1}; busiest before: ${b.busiest.join("; ")}`);
  console.log("Figures written to bench/results/latest.json");
}

await main();
