// Downloads (table and events as CSV/JSON, charts as SVG/PNG, the whole dataset as a zip),
// embeds that other sites may frame (and pages they may not), and the printed report.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { strFromU8, unzipSync } from "fflate";
import { expect, test, type Page } from "@playwright/test";
import { loadDataset } from "@/lib/dataset/load";
import { BROKEN_URL } from "./servers";
import { realDataDir } from "../support/dataFixture";
import type { DataPackage } from "@/lib/export/dataPackage";
import { dataProblems, descriptorProblems } from "../support/frictionless";
import { parseCsv, parseCsvRecords } from "../support/parseCsv";

const BROKEN = BROKEN_URL;
const VIEW = "/?m=censorship,secret-police,purges&from=1918&to=1938";
const STEM = "lenin-vs-stalin_censorship-secret-police-purges_1918-1938";

const tableRows = (page: Page) => page.getByRole("table", { name: /compared, one row per mechanism/ }).locator("tbody > tr:not([id^=evidence])");
// The chart on show (chart=...): the compare page sends one at a time.
const chartSurface = (page: Page) => page.locator('[id^="panel-"] [role="figure"] .recharts-wrapper > svg');
// A view with a drawn chart: the default tab (scores) explains the overview and draws none.
const TIMELINE = `${VIEW}&chart=timeline`;

async function downloadFromMenu(page: Page, region: string, link: string) {
  const section = page.getByRole("region", { name: region });
  await section.locator("summary", { hasText: "Download" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: link }).click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, "utf8") };
}

test("the table's CSV holds exactly the rows the table shows, in its order", async ({ page }) => {
  await page.goto(`${VIEW}&sort=a.asc`);
  await expect(tableRows(page)).toHaveCount(3);
  const shown = await tableRows(page).locator("td:first-child a").allTextContents();

  const { name, text } = await downloadFromMenu(page, "Side by side", "Download table (CSV)");
  expect(name).toBe(`${STEM}_table.csv`);
  const rows = parseCsvRecords(text);
  expect(rows.map((r) => r.mechanism)).toEqual(shown);
  expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(["lenin_intensity", "lenin_summary", "stalin_intensity", "stalin_sources"]));
  // The lowest Lenin score comes first, as on the page.
  const scores = rows.map((r) => Number(r.lenin_intensity));
  expect(scores).toEqual([...scores].sort((x, y) => x - y));
});

test("the event list's CSV and JSON hold the events the page lists", async ({ page, request }) => {
  // events=all: the page lists every event the filters show (by default only the first 12);
  // the download always holds all of them.
  await page.goto(`${VIEW}&events=all`);
  const heading = await page.getByRole("heading", { name: /^Events \(\d+\)$/ }).textContent();
  const count = Number(heading!.match(/\d+/)![0]);
  const titles = await page.getByRole("region", { name: /^Events/ }).locator("li[id^=event-] a").allTextContents();

  const { name, text } = await downloadFromMenu(page, `Events (${count})`, "Download events (CSV)");
  expect(name).toBe(`${STEM}_events.csv`);
  expect(parseCsvRecords(text).map((r) => r.title)).toEqual(titles);

  const json = await request.get(`/download/events.json${VIEW.slice(1)}`);
  expect(json.headers()["content-disposition"]).toBe(`attachment; filename=${STEM}_events.json`);
  const body = (await json.json()) as { rows: { title: string }[]; dataset: { version: string } };
  expect(body.rows.map((r) => r.title)).toEqual(titles);
  expect(body.dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
});

test("the whole dataset downloads as a Frictionless Data Package: every CSV true to its Table Schema, with a README and a CITATION.cff", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Download the whole dataset (zip)" })).toHaveAttribute("href", "/download/dataset.zip");
  await expect(page.getByRole("link", { name: "CITATION.cff" })).toHaveAttribute("href", "/download/CITATION.cff");

  const response = await request.get("/download/dataset.zip");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/zip");
  const fileName = response.headers()["content-disposition"]!.match(/filename="?([^";]+)/)![1]!;
  expect(fileName).toMatch(/^lenin-vs-stalin-dataset-\d+\.\d+\.\d+\.zip$/);

  const folder = fileName.replace(/\.zip$/, "");
  const files = unzipSync(new Uint8Array(await response.body()));
  const text = (name: string) => (files[`${folder}/${name}`] ? strFromU8(files[`${folder}/${name}`]!) : undefined);
  for (const name of ["README.md", "datapackage.json", "CITATION.cff", "sources.bib", "sources.ris", "sources.json", "leaders.csv", "assessments.csv", "events.csv", "metric_values.csv", "sources.csv", "citations.csv"]) {
    expect(Object.keys(files), name).toContain(`${folder}/${name}`);
  }
  // The real dataset, checked the way the unit tests check the small one.
  const descriptor = JSON.parse(text("datapackage.json")!) as DataPackage;
  expect(descriptorProblems(descriptor)).toEqual([]);
  expect(dataProblems(descriptor, text)).toEqual([]);
  expect(descriptor.resources.filter((r) => r.type === "table").length).toBeGreaterThanOrEqual(20);
  expect(fileName).toBe(`lenin-vs-stalin-dataset-${descriptor.version}.zip`);
  // The main tables hold every record of the files the server's database was built from.
  const data = loadDataset(realDataDir);
  for (const [file, records] of [["leaders.csv", data.leaders], ["assessments.csv", data.assessments], ["events.csv", data.events], ["sources.csv", data.sources]] as const) {
    expect(records.length, file).toBeGreaterThan(0);
    expect(parseCsv(text(file)!).length - 1, file).toBe(records.length);
  }
  expect(text("README.md")).toContain("## How to cite");
  expect(text("README.md")).toContain(`Version ${descriptor.version}.`);
  expect(text("CITATION.cff")).toContain(`version: "${descriptor.version}"`);
  // The zip's CITATION.cff is the one offered on its own.
  expect(text("CITATION.cff")).toBe(await (await request.get("/download/CITATION.cff")).text());
});

test("a download answers 503 with the reason when the database is missing", async ({ request }) => {
  for (const file of ["table.csv", "events.json", "dataset.zip", "sources.bib", "CITATION.cff"]) {
    const response = await request.get(`${BROKEN}/download/${file}`);
    expect(response.status(), file).toBe(503);
    expect(await response.text()).toContain("The dashboard's database is missing.");
  }
});

test("a chart downloads as SVG, PNG and CSV (drawn on the server from its model) with its title, legend and source", async ({ page }) => {
  await page.goto(TIMELINE);
  const panel = page.locator("#panel-timeline");
  await panel.scrollIntoViewIfNeeded();
  await expect(chartSurface(page)).toBeVisible();

  const [svg] = await Promise.all([page.waitForEvent("download"), panel.getByRole("link", { name: "SVG image of the chart" }).click()]);
  expect(svg.suggestedFilename()).toBe(`${STEM}_timeline-chart.svg`);
  const image = await readFile((await svg.path())!, "utf8");
  expect(image).toContain("Events by mechanism — Lenin vs Stalin: censorship and propaganda, secret police and purges and show trials, 1918–1938");
  expect(image).toMatch(/>Lenin<\/text>/);
  expect(image).toMatch(/>Stalin<\/text>/);
  expect(image).toContain("Source: ");
  // Colours are written out, so the file renders outside the page.
  expect(image).not.toContain("var(--");

  const [png] = await Promise.all([page.waitForEvent("download"), panel.getByRole("link", { name: "PNG image of the chart" }).click()]);
  expect(png.suggestedFilename()).toBe(`${STEM}_timeline-chart.png`);
  const bytes = await readFile((await png.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  // The chart's data: the rows of its data table, with the unit and the source line on each.
  const [csv] = await Promise.all([page.waitForEvent("download"), panel.getByRole("link", { name: /^CSV of the chart/ }).click()]);
  expect(csv.suggestedFilename()).toBe(`${STEM}_timeline-chart.csv`);
  const rows = parseCsv(await readFile((await csv.path())!, "utf8"));
  expect(rows[0]).toEqual(["Date", "Leader", "Mechanism", "Event", "unit", "source"]);
  await panel.getByText("Data table").click();
  await expect(panel.getByRole("table").locator("tbody tr")).toHaveCount(rows.length - 1);
  expect(rows[1]!.at(-1)).toMatch(/^Source: /);
});

test("the overview, the site's main chart, downloads and embeds like every chart", async ({ page, request }) => {
  await page.goto(VIEW);
  const bar = page.locator("[data-export-controls]").first();
  const svg = await request.get((await bar.getByRole("link", { name: "SVG image of the chart" }).getAttribute("href"))!);
  expect(svg.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  const text = await svg.text();
  expect(text).toContain("Intensity by mechanism (0–5)");
  for (const name of ["Censorship and propaganda", "Secret police", "Purges and show trials"]) expect(text).toContain(name);
  const csv = parseCsv(await (await request.get((await bar.getByRole("link", { name: /^CSV of the chart/ }).getAttribute("href"))!)).text());
  expect(csv.map((r) => r[0])).toEqual(expect.arrayContaining(["Mechanism", "Secret police"]));
  expect(csv[0]).toContain("Lenin (0–5)");
  await bar.getByRole("button", { name: "Embed" }).click();
  const code = await page.getByRole("dialog", { name: "Embed this chart" }).getByLabel("Embed code").inputValue();
  expect(code).toContain("/embed/chart?m=censorship,secret-police,purges&amp;from=1918&amp;to=1938");
  for (const width of [320, 720]) {
    await page.setViewportSize({ width, height: 600 });
    await page.goto(code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, "&"));
    await expect(page.getByRole("link", { name: "Secret police" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
});

test("Embed gives the iframe code for the current chart, and that address shows it without the site around it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${VIEW}&chart=timeline`);
  await page.locator("#panel-timeline").getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this chart" });
  const code = await dialog.getByLabel("Embed code").inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/chart\?m=censorship,secret-police,purges&amp;from=1918&amp;to=1938&amp;chart=timeline" title="[^"]+" width="100%" height="480"/);
  await dialog.getByRole("button", { name: "Copy embed code" }).click();
  await expect(dialog.getByText("Embed code copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  const src = code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, "&");
  await page.goto(src);
  await expect(page.getByRole("heading", { level: 1, name: /^Events by mechanism — Lenin vs Stalin/ })).toBeVisible();
  await expect(page.locator('[role="figure"] .recharts-wrapper > svg')).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const back = page.getByRole("link", { name: "View full comparison" });
  await expect(back).toHaveAttribute("href", "/?m=censorship,secret-police,purges&from=1918&to=1938&chart=timeline");
  await expect(back).toHaveAttribute("target", "_blank");
});

test("another site can frame an embed, but not the compare page", async ({ page, request, baseURL }) => {
  const embed = await request.get("/embed/table?m=secret-police");
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const compare = await request.get("/");
  expect(compare.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(compare.headers()["x-frame-options"]).toBe("DENY");

  // A page on another origin (a server of its own on another port) with both in frames. A
  // loopback server, because Chromium's local-network checks stop public pages framing 127.0.0.1.
  const host = createServer((_, response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(`<!doctype html><title>Another site</title>
      <iframe name="embed" src="${baseURL}/embed/table?m=secret-police" width="800" height="480"></iframe>
      <iframe name="compare" src="${baseURL}/" width="800" height="480"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  try {
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    const framed = page.frameLocator('iframe[name="embed"]');
    await expect(framed.getByRole("heading", { name: /^Side by side — Lenin vs Stalin: secret police/ })).toBeVisible();
    await expect(framed.getByRole("rowheader", { name: /Secret police/ })).toBeVisible();

    // The browser refuses to show the compare page in the frame: it holds an error page instead.
    await expect.poll(() => page.frame({ name: "compare" })?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('iframe[name="compare"]').getByRole("heading", { name: /Lenin vs Stalin/ })).toHaveCount(0);
  } finally {
    host.close();
  }
});

test("printing gives a report: the filters in words, charts and table, no controls", async ({ page }) => {
  await page.goto(TIMELINE);
  await page.locator("#panel-timeline").scrollIntoViewIfNeeded();
  await expect(chartSurface(page)).toBeVisible();
  const summary = page.locator("p", { hasText: /^Filters:/ });
  await expect(summary).toBeHidden();

  await page.emulateMedia({ media: "print" });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("Mechanisms: Censorship and propaganda, Secret police, Purges and show trials");
  await expect(summary).toContainText("Years: 1918–1938");
  await expect(page.getByRole("region", { name: "Filters" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Charts" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Change view" })).toBeHidden();
  // The overview prints, its marks in black.
  await expect(page.locator("figure.overview")).toBeVisible();
  await expect(page.getByRole("link", { name: "PNG image of the chart" }).first()).toBeHidden();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Download the whole dataset (zip)" })).toBeHidden();
  await expect(chartSurface(page)).toBeVisible();
  await expect(tableRows(page)).toHaveCount(3);
  // Links print their address after them.
  const after = await page
    .getByRole("table", { name: /compared, one row per mechanism/ })
    .getByRole("link", { name: "Secret police" })
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain("/mechanisms/secret-police");
});
