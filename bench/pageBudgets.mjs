// `npm run bench:pages`: the page budgets of the compare view (issue 11), measured on a production
// build in Debian's Chromium. For each page: the HTML sent (bytes, uncompressed), its elements,
// its height scrolled through at 390 and 1440 px wide, whether the leaders, the one-line view
// summary and the overview are in the first 390×844 screen; then Lighthouse on mobile, the median
// of 5 runs, for the compare page beside the floor page (one paragraph in the layout), measured
// in the same run. `--no-build` reuses .next/; `--no-lighthouse` skips the slow part.
// Writes bench/results/pages.json and prints a table with the budgets.
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { lighthouse, medianRun } from "./lighthouse.mjs";
import { buildOnce, machineNote, startServer } from "./server.mjs";

const argv = process.argv.slice(2);
const PAGES = [
  { name: "compare", path: "/" },
  { name: "filtered", path: "/?cat=tools-of-power&from=1918&to=1938&q=camp" },
  { name: "other pair", path: "/?a=stalin&b=lenin&cat=policy" },
  { name: "mechanism", path: "/mechanisms/secret-police" },
  { name: "essay", path: "/essay" },
  { name: "sources", path: "/sources" },
];
const BUDGET = { htmlBytes: 150_000, elements: 1_200, height390: 10_000, height1440: 6_000, lighthouseGap: 3, accessibility: 100 };
const FIRST_SCREEN = { width: 390, height: 844 };
const LIGHTHOUSE_RUNS = 5;

async function measure(browser, base, page) {
  const html = await (await fetch(base + page.path)).text();
  const row = { name: page.name, path: page.path, htmlBytes: Buffer.byteLength(html) };
  for (const width of [390, 1440]) {
    const tab = await browser.newPage({ viewport: { width, height: width === 390 ? FIRST_SCREEN.height : 900 } });
    await tab.goto(base + page.path, { waitUntil: "networkidle" });
    const firstScreen = await tab.evaluate((screen) => {
      // Visible without scrolling: the element starts inside the first screen.
      const inFirst = (selector) => {
        const el = document.querySelector(selector);
        if (!el) return null;
        const box = el.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.top < screen.height - 24;
      };
      return {
        leaders: inFirst("h1"),
        summary: inFirst("[data-view-summary]"),
        overview: inFirst("figure.overview"),
        // The chart itself, not only its title: its third row is on the first screen too.
        overviewRows: inFirst("figure.overview tbody tr:nth-of-type(3)"),
      };
    }, FIRST_SCREEN);
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
      const runs = { compare: [], floor: [] };
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        for (const [name, path] of [["compare", "/"], ["floor", "/bench/floor"]]) {
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
  const compare = r.pages.find((p) => p.name === "compare");
  console.log(`\nPage budgets (load average ${r.machine.loadavg1}, ${r.machine.cores} cores)`);
  console.table(
    r.pages.map((p) => ({
      page: p.path,
      "HTML bytes": p.htmlBytes,
      "elements (390)": p.elements390,
      "elements (1440)": p.elements1440,
      "height 390": p.height390,
      "height 1440": p.height1440,
    })),
  );
  const first = compare.firstScreen;
  const lines = [
    [`/ HTML ≤ ${BUDGET.htmlBytes.toLocaleString("en")} B`, compare.htmlBytes, compare.htmlBytes <= BUDGET.htmlBytes],
    [`/ elements ≤ ${BUDGET.elements.toLocaleString("en")} (390 and 1440)`, `${compare.elements390} / ${compare.elements1440}`, Math.max(compare.elements390, compare.elements1440) <= BUDGET.elements],
    [`/ height at 390 ≤ ${BUDGET.height390.toLocaleString("en")} px`, compare.height390, compare.height390 <= BUDGET.height390],
    [`/ height at 1440 ≤ ${BUDGET.height1440.toLocaleString("en")} px`, compare.height1440, compare.height1440 <= BUDGET.height1440],
    ["first 390×844 screen: leaders, summary, overview", JSON.stringify(first), first.leaders && first.summary && first.overview && first.overviewRows],
  ];
  const lh = Object.fromEntries(r.lighthouse.map((l) => [l.name, l]));
  if (lh.compare && lh.floor && !lh.compare.error && !lh.floor.error) {
    const gap = lh.floor.performance - lh.compare.performance;
    lines.push([
      `Lighthouse mobile performance within ${BUDGET.lighthouseGap} of the floor (median of ${LIGHTHOUSE_RUNS})`,
      `/ ${lh.compare.performance} [${lh.compare.performanceRuns}] vs floor ${lh.floor.performance} [${lh.floor.performanceRuns}]`,
      gap <= BUDGET.lighthouseGap,
    ]);
    lines.push([`Lighthouse accessibility = ${BUDGET.accessibility}`, `${lh.compare.accessibility} (failing: ${lh.compare.failing.join(", ") || "none"})`, lh.compare.accessibility >= BUDGET.accessibility]);
  } else if (r.lighthouse.length > 0) {
    lines.push(["Lighthouse", JSON.stringify(r.lighthouse.map((l) => l.error ?? l.performance)), false]);
  }
  for (const [what, value, ok] of lines) console.log(`${mark(ok).padEnd(6)} ${what}: ${value}`);
}

await main();
