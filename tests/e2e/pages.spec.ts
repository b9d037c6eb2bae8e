import { expect, test } from "@playwright/test";
import { loadDataset } from "@/lib/dataset/load";
import { seriousViolations } from "./accessibility";
import { realDataDir } from "../support/dataFixture";

test.describe("a mechanism's page", () => {
  test("opens with every leader in time order and one computed sentence, on a phone's first screen; each record is a page of its own", async ({ page, request }) => {
    const leaders = (await (await request.get("/api/v1/leaders")).json()).data as { slug: string; name: string }[];
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/mechanisms/secret-police");
    await expect(page.getByRole("heading", { level: 1, name: "Secret police" })).toBeVisible();
    const sentence = page.locator("[data-strip-sentence]");
    // The sentence names every leader in time order, with his score and relation word.
    await expect(sentence).toContainText(new RegExp(leaders.map((l) => `${l.name} \\d \\([a-z-]+\\)`).join(" → ")));
    const rows = page.locator("table.strip-one tbody tr:not(.strip-between)");
    await expect(rows).toHaveCount(leaders.length);
    // All of it is on the first screen.
    for (const box of [await sentence.boundingBox(), await rows.last().boundingBox()]) expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    await expect(page.locator(".strip-between", { hasText: "Between Nicholas II and Lenin" })).toContainText(/Okhrana/);

    // The records in time order, each leading to the whole of it.
    const records = page.getByRole("region", { name: /records, in time order/ });
    await expect(records.locator("li h3")).toHaveText(leaders.map((l) => new RegExp(`^${l.name}`)));
    await records.getByRole("link", { name: /The whole record of Lenin/ }).click();
    await expect(page).toHaveURL(/\/mechanisms\/secret-police\/lenin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Secret police under Lenin" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Cheka established" })).toContainText("20 December 1917 (7 December old style)");
    await expect(page.getByText(/Against the regime before him: re-created|re-created/).first()).toBeVisible();

    // The page stays light: the full records are on their own pages.
    const html = await (await request.get("/mechanisms/secret-police")).text();
    expect(html.length).toBeLessThan(150_000);
  });

  test("an event linked from elsewhere lands on the mechanism page and leads to its full description", async ({ page }) => {
    await page.goto("/mechanisms/secret-police#event-cheka-founded");
    const item = page.locator("#event-cheka-founded");
    await expect(item).toBeInViewport();
    await item.getByRole("link").click();
    await expect(page).toHaveURL(/\/mechanisms\/secret-police\/lenin#event-cheka-founded$/);
    await expect(page.getByRole("article", { name: "Cheka established" })).toBeInViewport();
  });

  test("an unknown mechanism answers 404 with the site's not-found page, which leads back", async ({ page }) => {
    // With SITE_URL set at build, mechanism pages are prerendered and any other slug is the
    // prerendered 404 page; without it (as here) they render per request and an unknown slug gets
    // the mechanisms' own not-found page, which lists those that exist.
    const response = await page.goto("/mechanisms/no-such-thing");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Page not found");
    // The mechanisms that do exist are listed, one link each.
    const list = page.getByRole("region", { name: /Or one of the \d+ mechanisms/ });
    await expect(list.getByRole("link", { name: "Secret police" })).toHaveAttribute("href", "/mechanisms/secret-police");
    await page.getByRole("link", { name: "The compare view" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/mechanisms/secret-police");
    await expect(page.getByRole("heading", { level: 1, name: "Secret police" })).toBeVisible();
  });
});

test.describe("the essay page", () => {
  test("a verdict in the link shows only the claims with that verdict", async ({ page }) => {
    await page.goto("/essay?verdict=contradicted");
    const claims = page.getByRole("list", { name: /^Showing \d+ of \d+ claims/ }).locator(":scope > li");
    const count = await claims.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await expect(claims.nth(i)).toContainText("Verdict: Contradicted by the evidence");
    }
    await expect(claims.filter({ hasText: "Order No. 1 came from Trotsky" })).toHaveCount(1);
    await expect(page.getByLabel("Verdict", { exact: true })).toHaveValue("contradicted");
  });

  test("an unknown verdict is ignored with a notice, and every claim is shown", async ({ page }) => {
    await page.goto("/essay?verdict=bogus");
    await expect(page.getByRole("region", { name: "Part of the address was not understood" })).toContainText('verdict="bogus"');
    await expect(page.getByText(/^Showing (\d+) of \1 claims/)).toBeVisible();
  });

  test("lists how historians read the continuity, each reading in full on the historians' page", async ({ page }) => {
    await page.goto("/essay");
    const section = page.getByRole("region", { name: "How historians read the continuity" });
    const first = section.getByRole("listitem").first();
    await expect(first).toContainText(/Position: /);
    await expect(first.getByRole("link")).toHaveAttribute("href", /^\/essay\/historians#interpretation-/);
    await page.goto("/essay/historians");
    await expect(page.getByRole("heading", { level: 1, name: "How historians read the continuity" })).toBeVisible();
    await expect(page.getByRole("article").first()).toContainText("Sources:");
  });
});

test("the bibliography has an entry per source, linking to the records that cite it", async ({ page }) => {
  await page.goto("/sources#conquest-1990");
  const sources = loadDataset(realDataDir).sources;
  expect(sources.length).toBeGreaterThan(0);
  // Each entry is a list item named after its source's slug (the target of every citation's link).
  await expect(page.getByRole("main").locator("li[id]")).toHaveCount(sources.length);
  const entry = page.locator("#conquest-1990");
  await expect(entry).toBeVisible();
  await expect(entry).toContainText("Conquest, R. (1990) The Great Terror: A Reassessment. Oxford University Press.");
  await entry.getByRole("link", { name: /^Cited by \d+$/ }).click();
  await expect(page).toHaveURL(/\/sources\/conquest-1990$/);
  await expect(page.getByRole("link", { name: /^Stalin × / }).first()).toHaveAttribute("href", /^\/mechanisms\//);
});

test("what changed lists each version's corrections by file, and each file's corrections are a page with the values before and after", async ({ page }) => {
  const [latest] = loadDataset(realDataDir).changelog;
  const corrections = latest!.changes.filter((c) => c.kind === "correction");
  const file = corrections[0]!.file;
  const inFile = corrections.filter((c) => c.file === file);
  await page.goto("/changes");
  const version = page.getByRole("region", { name: new RegExp(`^Version ${latest!.version.replaceAll(".", "\\.")}`) });
  await expect(version.getByRole("heading", { level: 3, name: new RegExp(`^${corrections.length} corrections? in \\d+ files?$`) })).toBeVisible();
  await version.getByRole("link", { name: file, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/changes/${latest!.version}/${file.replace(/\.json$/, "")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Corrections to ${file}`);
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(inFile.length);
  await expect(rows.first().getByRole("rowheader")).toContainText(inFile[0]!.record);
  // An address for a file the version did not change is the site's 404.
  expect((await page.goto(`/changes/${latest!.version}/no-such-file`))?.status()).toBe(404);
});

test("an unknown address shows a helpful 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  for (const name of ["The compare view", "The essay, checked", "Sources"]) {
    await expect(page.getByRole("main").getByRole("link", { name, exact: true })).toBeVisible();
  }
});

test("the benchmark's floor page is not served unless the benchmark asks for it (BENCH_PAGES=1)", async ({ request }) => {
  const response = await request.get("/bench/floor");
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain("for the benchmark");
});

for (const path of ["/mechanisms/secret-police", "/mechanisms/no-such-thing", "/essay", "/essay?verdict=bogus&m=purges", "/sources", "/changes", "/no-such-page"]) {
  test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
    // axe walks every element: the bibliography has thousands, which takes seconds on busy cores.
    test.slow();
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
