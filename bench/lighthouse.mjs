// One Lighthouse run of a page in Debian's Chromium, and the median of several runs: shared by
// `npm run bench` and `npm run bench:pages`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { round } from "./server.mjs";

export function lighthouse(url, formFactor, name) {
  const out = path.join("bench", "results", `lighthouse-${formFactor}-${name}.json`);
  const args = [
    url,
    "--quiet",
    "--output=json",
    `--output-path=${out}`,
    "--only-categories=performance,accessibility,best-practices,seo",
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ...(formFactor === "desktop" ? ["--preset=desktop"] : []),
  ];
  const run = spawnSync(path.join("node_modules", ".bin", "lighthouse"), args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" },
    encoding: "utf8",
    timeout: 180_000,
  });
  const page = new URL(url).pathname + new URL(url).search;
  if (!existsSync(out) || run.status !== 0) return { url: page, formFactor, error: (run.stderr || "no report").trim().split("\n").slice(-3).join(" ") };
  const report = JSON.parse(readFileSync(out, "utf8"));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id) => report.audits[id]?.numericValue;
  return {
    url: page,
    formFactor,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(audit("largest-contentful-paint")),
    tbtMs: Math.round(audit("total-blocking-time")),
    cls: round(audit("cumulative-layout-shift") ?? 0, 3),
    failing: Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
      .map((a) => a.id),
  };
}

/** The run with the median performance score, with every run's score beside it. */
export function medianRun(runs) {
  const ok = runs.filter((r) => !r.error).sort((x, y) => x.performance - y.performance);
  if (ok.length === 0) return runs[0];
  return { ...ok[Math.floor((ok.length - 1) / 2)], performanceRuns: ok.map((r) => r.performance) };
}
