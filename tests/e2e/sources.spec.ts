// The bibliography (/sources) as a reader uses it, on a phone and on a desktop: from a citation to
// its entry, from the entry to the records that cite the work (/sources/<slug>), and the whole
// bibliography into a reference manager. Also without JavaScript, and within the page's budget.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { seriousViolations } from "./accessibility";

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("a reader follows a citation to its source, opens the records citing it, and downloads the bibliography as BibTeX", async ({ page }) => {
      // A leader's whole record on a mechanism cites its sources.
      await page.goto("/mechanisms/secret-police/lenin");
      const citation = page.locator('main a[href^="/sources#"]').first();
      const slug = (await citation.getAttribute("href"))!.replace("/sources#", "");
      await citation.click();
      await expect(page).toHaveURL(new RegExp(`/sources#${slug}$`));

      // The entry is on screen, with its full reference and a way to the records that cite it.
      const entry = page.locator(`li[id="${slug}"]`);
      await expect(entry).toBeInViewport();
      await expect(entry).toContainText(/\(\d{4}[a-z]?\) /);
      const cited = entry.getByRole("link", { name: /^Cited by \d+$/ });
      const count = Number((await cited.textContent())!.match(/\d+/)![0]);
      await cited.click();

      await expect(page).toHaveURL(new RegExp(`/sources/${slug}$`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText("What cites");
      await expect(page.getByText(`Cited by ${count} record`)).toBeVisible();
      // The page the reader came from is among the records that cite the work.
      await expect(page.locator('main a[href^="/mechanisms/secret-police"]').first()).toBeVisible();
      const records = page.locator("main section li");
      expect(await records.count()).toBeGreaterThan(0);

      await page.getByRole("link", { name: "← All sources" }).click();
      await expect(page).toHaveURL(new RegExp(`/sources#${slug}$`));
      const entries = await page.locator("ul.bibliography > li").count();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "BibTeX", exact: true }).click()]);
      expect(download.suggestedFilename()).toBe("sources.bib");
      const bib = await readFile((await download.path())!, "utf8");
      expect(bib.match(/^@\w+\{/gm)).toHaveLength(entries);
      expect(bib).toContain(`{${slug},`);
    });

    test("the page opens with the bibliography: its title, the downloads and the first entries on the first screen", async ({ page }) => {
      await page.goto("/sources");
      await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeInViewport();
      await expect(page.getByRole("link", { name: "RIS", exact: true })).toBeInViewport();
      await expect(page.locator("ul.bibliography > li").first()).toBeInViewport();
      // Nothing runs wider than the screen (long URLs break).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  });
}

test("the bibliography is one entry per source with its full reference, and the records are not in the page", async ({ page, request }) => {
  const { data } = (await (await request.get("/api/v1/sources")).json()) as { data: { slug: string }[] };
  const slugs = data.map((s) => s.slug);
  await page.goto("/sources");
  expect(await page.locator("ul.bibliography > li").evaluateAll((lis) => lis.map((li) => li.id).sort())).toEqual([...slugs].sort());
  const html = await (await request.get("/sources")).text();
  expect(html.length).toBeLessThanOrEqual(150_000);
  // The citing records (each assessment's "Leader × Mechanism") are one click away, not in the page.
  expect(html).not.toContain(" × ");
});

test("an unknown source's page is the site's 404", async ({ page }) => {
  const response = await page.goto("/sources/no-such-source");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("the bibliography files download with their types, and read as what they claim to be", async ({ request }) => {
  const expected = {
    "sources.bib": ["application/x-bibtex; charset=utf-8", /^@\w+\{/],
    "sources.ris": ["application/x-research-info-systems; charset=utf-8", /^TY {2}- /],
    "sources.json": ["application/vnd.citationstyles.csl+json; charset=utf-8", /^\[\n {2}\{\n {4}"id": /],
    "CITATION.cff": ["application/yaml; charset=utf-8", /^cff-version: 1\.2\.0\n/],
  } as const;
  for (const [file, [type, start]] of Object.entries(expected)) {
    const response = await request.get(`/download/${file}`);
    expect(response.status(), file).toBe(200);
    expect(response.headers()["content-type"], file).toBe(type);
    expect(response.headers()["content-disposition"], file).toBe(`attachment; filename=${file}`);
    const body = await response.text();
    expect(body, file).toMatch(start);
    // The same bytes every time.
    expect(await (await request.get(`/download/${file}`)).text(), file).toBe(body);
  }
});

test("no serious or critical accessibility violations on a source's page", async ({ page }) => {
  await page.goto("/sources/conquest-1990");
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an entry's records open with a plain link", async ({ page }) => {
    await page.goto("/sources#conquest-1990");
    await page.locator("li#conquest-1990").getByRole("link", { name: /^Cited by/ }).click();
    await expect(page).toHaveURL(/\/sources\/conquest-1990$/);
    await expect(page.getByRole("link", { name: /^Stalin × / }).first()).toHaveAttribute("href", /^\/mechanisms\//);
  });
});
