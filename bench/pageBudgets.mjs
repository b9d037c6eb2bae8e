// `npm run bench:pages`: the page budgets, measured on a production build in Debian's Chromium, for
// every kind of page a reader opens. For each page: the HTML sent (bytes, uncompressed), its
// elements, its height scrolled through at 390 and 1440 px wide, and whether the answer is on the
// first 390×844 screen; then Lighthouse on mobile, the median of `--runs` runs (3 by default), for
// the main pages beside the floor page (one paragraph in the layout), interleaved in the same run.
// `--no-build` reuses .next/; `--no-lighthouse` skips the slow part.
// Writes bench/results/pages.json and prints a table with the budgets.
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { lighthouse, medianRun } from "./lighthouse.mjs";
import { buildOnce, machineNote, startServer } from "./server.mjs";

const argv = process.argv.slice(2);
// `first`: what must be on the first phone screen (a selector), for the pages that answer first.
// The compare view's answer: its sentences and the first rows of the overview (its whole chart is
// taller than a phone's screen).
const OVERVIEW_ROWS = "figure.overview tbody tr:nth-of-type(3)";
const PAGES = [
  { name: "compare", path: "/", first: OVERVIEW_ROWS },
  { name: "filtered", path: "/?cat=tools-of-power&from=1918&to=1938&q=camp", first: "figure.overview" },
  { name: "other pair", path: "/?a=stalin&b=lenin&cat=policy", first: "figure.overview" },
  { name: "before and after", path: "/?a=nicholas-ii&b=khrushchev&from=1894&to=1964&chart=before-after", first: OVERVIEW_ROWS },
  // Every other chart tab of the default view: the same page with another chart and its data table.
  ...["timeline", "series", "totals", "figures", "lineage"].map((chart) => ({ name: `chart ${chart}`, path: `/?chart=${chart}`, first: OVERVIEW_ROWS })),
  { name: "mechanism", path: "/mechanisms/secret-police", first: "table.strip-one tbody tr:last-child" },
  { name: "mechanism record", path: "/mechanisms/secret-police/stalin" },
  { name: "essay", path: "/essay" },
  { name: "essay claim", path: "/essay/historians" },
  { name: "sources", path: "/sources" },
  { name: "source", path: "/sources/conquest-1990" },
  { name: "argument", path: "/argument" },
  { name: "argument step", path: "/argument/what-lenin-inherited" },
  // A document for paper (every step with its chart and full references), linked from /argument:
  // measured, but held to no screen budget.
  { name: "handout", path: "/argument/handout", print: true },
  { name: "changes", path: "/changes" },
  { name: "changes of a file", path: "/changes/1.2.0/assessments/lenin" },
  { name: "api", path: "/api" },
];
const BUDGET = { htmlBytes: 150_000, elements: 1_200, height390: 10_000, height1440: 6_000, lighthouseGap: 3, accessibility: 100 };
const FIRST_SCREEN = { width: 390, height: 844 };
const runsArg = argv.find((a) => a.startsWith("--runs="));
const LIGHTHOUSE_RUNS = runsArg ? Number(runsArg.slice(7)) : 3;
const LIGHTHOUSE_PAGES = [
  ["compare", "/"],
  ["mechanism", "/mechanisms/secret-police"],
  ["essay", "/essay"],
  ["sources", "/sources"],
  ["floor", "/bench/floor"],
];

async function measure(browser, base, page) {
  const html = await (await fetch(base + page.path)).text();
  const row = { name: page.name, path: page.path, print: Boolean(page.print), htmlBytes: Buffer.byteLength(html) };
  for (const width of [390, 1440]) {
    const tab = await browser.newPage({ viewport: { width, height: width === 390 ? FIRST_SCREEN.height : 900 } });
    await tab.goto(base + page.path, { waitUntil: "networkidle" });
    // Visible without scrolling: the heading and the page's answer end inside the first screen.
    const firstScreen = await tab.evaluate(
      ({ screen, selector }) => {
        const inFirst = (sel) => {
          const el = sel ? document.querySelector(sel) : null;
          if (!el) return null;
          const box = el.getBoundingClientRect();
          return box.height > 0 && box.top >= 0 && box.bottom <= screen.height;
        };
        return { heading: inFirst("h1"), answer: selector ? inFirst(selector) : "n/a" };
      },
      { screen: FIRST_SCREEN, selector: page.first ?? null },
    );
    // Scrolled through as a reader would, so sections drawn only near the screen
    // (content-visibility) count at their real height, not their estimate.
    await tab.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    const seen = await tab.evaluate(() => ({
      elements: document.querySelectorAll("*").length,
      height: document.documentElement.scrollHeight,
    }));
    await tab.close();
    row[`elements${width}`] = seen.elements;
    row[`height${width}`] = seen.height;
    if (width === 390) row.firstScreen = firstScreen;
  }
  return row;
}

async function main() {
  buildOnce(argv);
  const server = await startServer();
  const results = { date: new Date().toISOString(), machine: machineNote(), budget: BUDGET, pages: [], lighthouse: [] };
  try {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    for (const page of PAGES) results.pages.push(await measure(browser, server.base, page));
    await browser.close();

    if (!argv.includes("--no-lighthouse")) {
      mkdirSync("bench/results", { recursive: true });
      // Interleaved, so a slow minute of the shared machine hits both pages alike.
      const runs = Object.fromEntries(LIGHTHOUSE_PAGES.map(([name]) => [name, []]));
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        for (const [name, path] of LIGHTHOUSE_PAGES) {
          console.log(`Lighthouse mobile ${path} (${i + 1}/${LIGHTHOUSE_RUNS})...`);
          runs[name].push(lighthouse(server.base + path, "mobile", `pages-${name}`));
        }
      }
      results.lighthouse = Object.entries(runs).map(([name, r]) => ({ name, ...medianRun(r) }));
    }
  } finally {
    await server.stop();
  }
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/pages.json", JSON.stringify(results, null, 2) + "\n");
  report(results);
}

const mark = (ok) => (ok ? "ok" : "MISSED");

function report(r) {
  console.log(`\nPage budgets (load average ${r.machine.loadavg1}, ${r.machine.cores} cores)`);
  console.table(
    r.pages.map((p) => ({
      page: (p.path.length > 48 ? `${p.path.slice(0, 47)}…` : p.path) + (p.print ? " (print)" : ""),
      "HTML bytes": p.htmlBytes,
      "elements (390/1440)": `${p.elements390} / ${p.elements1440}`,
      "height 390": p.height390,
      "height 1440": p.height1440,
      "first screen": p.firstScreen.answer === "n/a" ? "n/a" : p.firstScreen.heading && p.firstScreen.answer ? "answer" : "MISSED",
    })),
  );
  const lines = r.pages.filter((p) => !p.print).flatMap((p) => [
    [`${p.path} HTML ≤ ${BUDGET.htmlBytes.toLocaleString("en")} B`, p.htmlBytes, p.htmlBytes <= BUDGET.htmlBytes],
    [`${p.path} height at 390 ≤ ${BUDGET.height390.toLocaleString("en")} px`, p.height390, p.height390 <= BUDGET.height390],
    ...(p.firstScreen.answer === "n/a" ? [] : [[`${p.path} answer on the first 390×844 screen`, JSON.stringify(p.firstScreen), Boolean(p.firstScreen.heading && p.firstScreen.answer)]]),
  ]);
  const lh = Object.fromEntries(r.lighthouse.map((l) => [l.name, l]));
  for (const [name] of LIGHTHOUSE_PAGES.filter(([n]) => n !== "floor")) {
    const page = lh[name];
    if (!page || !lh.floor) continue;
    if (page.error || lh.floor.error) {
      lines.push([`Lighthouse ${name}`, page.error ?? lh.floor.error, false]);
      continue;
    }
    lines.push([
      `Lighthouse mobile ${name} within ${BUDGET.lighthouseGap} of the floor (median of ${LIGHTHOUSE_RUNS})`,
      `${page.performance} [${page.performanceRuns}] vs floor ${lh.floor.performance} [${lh.floor.performanceRuns}]`,
      lh.floor.performance - page.performance <= BUDGET.lighthouseGap,
    ]);
    lines.push([`Lighthouse ${name} accessibility = ${BUDGET.accessibility}`, `${page.accessibility} (failing: ${page.failing.join(", ") || "none"})`, page.accessibility >= BUDGET.accessibility]);
  }
  for (const [what, value, ok] of lines) console.log(`${mark(ok).padEnd(6)} ${what}: ${value}`);
}

await main();
