import { expect, test } from "@playwright/test";
import { loadDataset } from "@/lib/dataset/load";
import { seriousViolations } from "./accessibility";
import { realDataDir } from "../support/dataFixture";

test.describe("a mechanism's page", () => {
  test("shows both leaders' assessments side by side and the dated events", async ({ page }) => {
    await page.goto("/mechanisms/secret-police");
    await expect(page.getByRole("heading", { level: 1, name: "Secret police" })).toBeVisible();

    const records = page.getByRole("region", { name: /the two records/ });
    for (const leader of ["Lenin", "Stalin"]) {
      const card = records.getByRole("article", { name: leader });
      await expect(card).toBeVisible();
      await expect(card).toContainText(/Intensity/);
      await expect(card).toContainText(/\d\/5/);
      await expect(card.getByRole("link").first()).toBeVisible();
    }

    const events = page.getByRole("region", { name: "Events" });
    await expect(events.getByRole("article", { name: "Cheka established" })).toContainText("20 December 1917 (7 December old style)");
    expect(await events.locator("ol > li").count()).toBeGreaterThan(3);

    await expect(page.getByRole("link", { name: /Compare Lenin and Stalin on this mechanism/ })).toHaveAttribute(
      "href",
      "/?m=secret-police",
    );
  });

  test("an unknown mechanism answers 404 with the site's not-found page, which leads back", async ({ page }) => {
    // Mechanism pages are prerendered; any other slug is the prerendered 404 page, not a render.
    const response = await page.goto("/mechanisms/no-such-thing");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Page not found");
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

  test("the filter form narrows the claims and keeps the choice in the address", async ({ page }) => {
    await page.goto("/essay");
    await page.getByLabel("Verdict", { exact: true }).selectOption("supported");
    await page.getByRole("group", { name: "Mechanisms" }).getByLabel("Secret police", { exact: true }).check();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/verdict=supported/);
    await expect(page).toHaveURL(/m=secret-police/);
    const claims = page.getByRole("list", { name: /^Showing \d+ of \d+ claims/ }).locator(":scope > li");
    expect(await claims.count()).toBeGreaterThan(0);
    for (const claim of await claims.all()) {
      await expect(claim).toContainText("Verdict: Supported");
      await expect(claim.getByRole("link", { name: "Secret police" })).toBeVisible();
    }
  });

  test("shows how historians read the continuity", async ({ page }) => {
    await page.goto("/essay");
    const section = page.getByRole("region", { name: "How historians read the continuity" });
    await expect(section.getByRole("article").first()).toBeVisible();
  });
});

test("the bibliography has an entry per source, listing the records that cite it", async ({ page }) => {
  await page.goto("/sources#conquest-1990");
  const sources = loadDataset(realDataDir).sources;
  expect(sources.length).toBeGreaterThan(0);
  await expect(page.getByRole("main").getByRole("article")).toHaveCount(sources.length);
  const entry = page.locator("#conquest-1990");
  await expect(entry).toBeVisible();
  await expect(entry).toContainText("Robert Conquest");
  await expect(entry).toContainText("The Great Terror");
  await expect(entry).toContainText(/Cited by \d+ record/);
  await expect(entry.getByRole("link", { name: /^Stalin × / }).first()).toHaveAttribute("href", /^\/mechanisms\//);
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

for (const path of ["/mechanisms/secret-police", "/mechanisms/no-such-thing", "/essay", "/essay?verdict=bogus&m=purges", "/sources", "/no-such-page"]) {
  test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
    // axe walks every element: the bibliography has thousands, which takes seconds on busy cores.
    test.slow();
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
