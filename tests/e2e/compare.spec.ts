import { expect, test, type Page } from "@playwright/test";
import { loadDataset } from "@/lib/dataset/load";
import { EVENTS_SHOWN } from "@/lib/url/compareUrl";
import { seriousViolations } from "./accessibility";
import { realDataDir } from "../support/dataFixture";

// Row counts come from the files the server's database was built from, so added records never
// break a test.
const data = loadDataset(realDataDir);
const mechanismsIn = (category: string) => data.mechanisms.filter((m) => m.category === category).length;

const compareTable = (page: Page) => page.getByRole("table", { name: /compared, one row per mechanism/ });
const tableRows = (page: Page) => compareTable(page).locator("tbody > tr:not([id^=evidence])");
/** The filters live in a dialog behind "Change view": opens it (if closed) and returns it. */
async function filters(page: Page) {
  const dialog = page.getByRole("dialog", { name: "Change the view" });
  if (!(await dialog.isVisible())) await page.getByRole("button", { name: "Change view" }).click();
  await expect(dialog).toBeVisible();
  return dialog;
}
const mechanisms = (page: Page) => page.getByRole("dialog", { name: "Change the view" }).getByRole("group", { name: "Mechanisms" });

test("a shared link opens exactly that view, rendered on the server", async ({ page, request }) => {
  const link = "/?m=censorship,secret-police&from=1918&to=1938";
  // The server's HTML already holds the filtered view: no flash of the default one.
  const html = await (await request.get(link)).text();
  expect(html).toContain("<title>Lenin vs Stalin: censorship and propaganda and secret police, 1918–1938</title>");

  await page.goto(link);
  await expect(page).toHaveTitle("Lenin vs Stalin: censorship and propaganda and secret police, 1918–1938");
  await expect(page.locator("[data-view-summary]")).toContainText("Censorship and propaganda and Secret police · 1918–1938");
  await filters(page);
  await expect(mechanisms(page).getByRole("checkbox", { name: "Secret police" })).toBeChecked();
  await expect(mechanisms(page).getByRole("checkbox", { name: "Censorship and propaganda" })).toBeChecked();
  await expect(mechanisms(page).getByRole("checkbox", { name: "Purges and show trials" })).not.toBeChecked();
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("1918");
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("1938");
  await expect(tableRows(page)).toHaveCount(2);
  await expect(compareTable(page).getByRole("columnheader", { name: /Lenin/ })).toBeVisible();
  await expect(compareTable(page).getByRole("columnheader", { name: /Stalin/ })).toBeVisible();
});

test("opening a shared link asks the server for nothing it must render beyond the page (no prefetches); the site's links still navigate", async ({ page }) => {
  // A link going round is opened by many people at once: the page comes from the response cache,
  // but each prefetch (an RSC request) would be a render of its own.
  const rendered: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).searchParams.has("_rsc")) rendered.push(r.url());
  });
  await page.goto("/?m=censorship,secret-police&from=1918&to=1938");
  await page.waitForLoadState("networkidle");
  await page.getByRole("table", { name: /compared, one row per mechanism/ }).getByRole("link", { name: "Secret police" }).hover();
  // A prefetch starts on hover: wait for one (a second at most) and fail the moment it comes.
  const prefetch = await page.waitForRequest((r) => new URL(r.url()).searchParams.has("_rsc"), { timeout: 1_000 }).catch(() => null);
  expect(prefetch?.url() ?? null).toBeNull();
  expect(rendered).toEqual([]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(rendered).toHaveLength(1);
});

test("changing filters updates the URL and the view; Back and Forward step through them", async ({ page }) => {
  await page.goto("/");
  await expect(tableRows(page)).toHaveCount(data.mechanisms.length);

  await (await filters(page)).getByLabel("Category").selectOption("policy");
  await expect(page).toHaveURL(/cat=policy/);
  await expect(tableRows(page)).toHaveCount(mechanismsIn("policy"));

  await mechanisms(page).getByRole("checkbox", { name: "New Economic Policy" }).check();
  await expect(page).toHaveURL(/m=nep/);
  await expect(tableRows(page)).toHaveCount(1);

  await page.getByLabel("From", { exact: true }).fill("1921");
  await page.getByLabel("From", { exact: true }).press("Enter");
  await expect(page).toHaveURL(/from=1921/);

  await page.goBack();
  await expect(page).not.toHaveURL(/from=1921/);
  await expect(page).toHaveURL(/m=nep/);
  await page.goBack();
  await expect(page).not.toHaveURL(/m=nep/);
  await expect(tableRows(page)).toHaveCount(mechanismsIn("policy"));
  await page.goForward();
  await expect(page).toHaveURL(/m=nep/);
  await expect(tableRows(page)).toHaveCount(1);
});

test("search filters the table and the events", async ({ page }) => {
  await page.goto("/");
  await (await filters(page)).getByLabel("Search").fill("Kronstadt");
  await expect(page).toHaveURL(/q=Kronstadt/);
  await expect(page.getByRole("heading", { name: /^Events \(\d+\)$/ })).toBeVisible();
  const events = page.getByRole("region", { name: /^Events/ }).getByRole("listitem");
  await expect(events.first()).toContainText(/Kronstadt/i);
  expect(await tableRows(page).count()).toBeLessThan(data.mechanisms.length);
});

test(`the event list shows the first ${EVENTS_SHOWN} events, grouped by year, and the rest on request`, async ({ page, request }) => {
  await page.goto("/");
  const list = page.getByRole("region", { name: /^Events \((\d+)\)$/ });
  const total = Number(/\((\d+)\)/.exec((await list.getByRole("heading").first().textContent()) ?? "")?.[1]);
  // The page's count is the API's for the same (default) view.
  expect(total).toBe((await (await request.get("/api/v1/events")).json()).meta.count);
  expect(total).toBeGreaterThan(EVENTS_SHOWN);
  const events = list.locator("li[id^=event-]");
  await expect(events).toHaveCount(EVENTS_SHOWN);
  // Grouped by year: each year's heading is followed by its events, in date order.
  const years = (await list.getByRole("heading", { level: 3 }).allInnerTexts()).map(Number);
  expect(years).toEqual([...years].sort((x, y) => x - y));
  // Details on request: each title links to the event on its mechanism's page.
  await expect(events.first().getByRole("link")).toHaveAttribute("href", /^\/mechanisms\/[a-z-]+#event-/);
  await list.getByRole("link", { name: `Show all ${total} events` }).click();
  await expect(page).toHaveURL(/events=all/);
  await expect(events).toHaveCount(total);
});

test("Copy link copies the view's URL, and opening it elsewhere shows the same view", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?cat=tools-of-power&from=1930&to=1940&chart=timeline");
  await filters(page);
  await mechanisms(page).getByRole("checkbox", { name: "Purges and show trials" }).check();
  await expect(page).toHaveURL(/m=purges/);
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(copied);
  await expect(fresh.getByRole("navigation", { name: "Charts" }).getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "true");
  await filters(fresh);
  await expect(mechanisms(fresh).getByRole("checkbox", { name: "Purges and show trials" })).toBeChecked();
  await expect(fresh.getByLabel("Category")).toHaveValue("tools-of-power");
  await expect(fresh.getByLabel("From", { exact: true })).toHaveValue("1930");
  await expect(tableRows(fresh)).toHaveCount(1);
  await other.close();
});

test("sorting the table by a leader's intensity is kept in the URL", async ({ page }) => {
  await page.goto("/?cat=policy");
  await compareTable(page).getByRole("columnheader", { name: /Stalin/ }).getByRole("button").click();
  await expect(page).toHaveURL(/sort=b\.desc/);
  const scores = await tableRows(page).locator('td[data-col="b"]').allInnerTexts();
  const values = scores.map((t) => Number(/(\d)\/5/.exec(t)?.[1]));
  expect(values).toEqual([...values].sort((x, y) => y - x));
  await page.reload();
  await expect(compareTable(page).getByRole("columnheader", { name: /Stalin/ })).toHaveAttribute("aria-sort", "descending");
});

test("a row expands to show the evidence for each side", async ({ page }) => {
  await page.goto("/?m=secret-police");
  await page.getByRole("button", { name: "Show evidence for Secret police" }).click();
  await expect(page).toHaveURL(/open=secret-police/);
  const lenin = page.getByRole("region", { name: "Lenin: evidence on Secret police" });
  await expect(lenin).toContainText(/Why \d\/5/);
  await expect(lenin.getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Stalin: evidence on Secret police" }).getByRole("link").first()).toBeVisible();
});

test("an invalid link shows its notice and the defaults, not an error", async ({ page }) => {
  const response = await page.goto("/?m=bogus,secret-police&from=abc&to=1930&cat=weather&series=<script>alert(1)</script>");
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("region", { name: "Part of the address was not understood" });
  await expect(notice).toContainText('unknown mechanism "bogus"; the others were kept.');
  await expect(notice).toContainText('Ignored from="abc": not a year.');
  await expect(notice).toContainText("Ignored cat=");
  await expect(notice).toContainText("no such series");
  await expect(tableRows(page)).toHaveCount(1);
  expect(await page.content()).not.toContain("<script>alert(1)</script>");
});

test("the charts switch by link, one chart sent at a time, follow the filters and each has a data table", async ({ page }) => {
  await page.goto("/?m=secret-police,mass-terror");
  const tabs = page.getByRole("navigation", { name: "Charts" });
  await expect(tabs.getByRole("link", { name: "Scale and words" })).toHaveAttribute("aria-current", "true");
  // The scores tab explains the overview's scale; no other chart is in the page until asked for.
  await expect(page.locator("#panel-intensity")).toContainText("5 Extreme");
  await expect(page.locator("#panel-series")).toHaveCount(0);

  await tabs.getByRole("link", { name: "Yearly figures" }).click();
  await expect(page).toHaveURL(/chart=series/);
  await page.getByLabel("Series").selectOption("death-sentences");
  await expect(page).toHaveURL(/series=death-sentences/);
  const series = page.locator("#panel-series");
  await expect(series.getByRole("img").first()).toBeVisible();
  await expect(series).toContainText("Caveats");
  await series.getByText("Data table").click();
  await expect(series.getByRole("table")).toContainText("1937");

  await tabs.getByRole("link", { name: "Totals by tenure" }).click();
  const totals = page.locator("#panel-totals");
  const bars = totals.getByRole("figure", { name: /^Bar chart of/ });
  await expect(bars).toHaveAttribute("aria-label", /^Bar chart of totals per leader/);
  await totals.getByLabel("Per year in power").check();
  await expect(page).toHaveURL(/norm=per-year/);
  // The chart itself switches to averages per year in power, not only the address.
  await expect(bars).toHaveAttribute("aria-label", /^Bar chart of yearly averages per leader.*death sentences per year/);
  await expect(totals).toContainText("1 July");

  await tabs.getByRole("link", { name: "Lineage" }).click();
  await expect(page).toHaveURL(/chart=lineage/);
  await expect(page.locator("#panel-lineage")).toContainText("Cheka");
});

test("a link made before the death-sentences series was renamed shows it, with no notice", async ({ page }) => {
  await page.goto("/?chart=series&series=executions");
  await expect(page.getByLabel("Series")).toHaveValue("death-sentences");
  await expect(page.locator("#panel-series")).toContainText("Death sentences");
  await expect(page.getByText(/Ignored series|no such series/)).toHaveCount(0);
});

test("link previews describe the view", async ({ page, request }) => {
  await page.goto("/?m=censorship&from=1918&to=1938");
  const ogTitle = await page.locator('meta[property="og:title"]').getAttribute("content");
  expect(ogTitle).toBe("Lenin vs Stalin: censorship and propaganda, 1918–1938");
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toMatch(/\/og\?m=censorship&from=1918&to=1938/);
  const image = await request.get(new URL(ogImage ?? "", page.url()).pathname + new URL(ogImage ?? "", page.url()).search);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect((await image.body()).length).toBeGreaterThan(5000);
});

test("the filters dialog works with the keyboard alone: focus moves in, Escape closes it and focus returns", async ({ page }) => {
  await page.goto("/");
  const open = page.getByRole("button", { name: "Change view" });
  await open.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Change the view" });
  await expect(dialog).toBeVisible();
  // Focus is inside the dialog: Tab to the category select and change it with the arrow keys.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest("dialog") !== null)).toBe(true);
  const category = dialog.getByLabel("Category");
  for (let i = 0; i < 10 && !(await category.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(category).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/cat=tools-of-power/);
  await expect(page.locator("[data-view-summary]")).toContainText(`Tools of power: ${mechanismsIn("tools-of-power")} mechanisms`);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test("usable at 375 px wide: nothing overflows the page", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ["/?m=secret-police&open=secret-police", "/?chart=series&series=executions", "/?chart=totals", "/?chart=timeline"]) {
    await page.goto(path);
    await expect(page.locator("figure.overview")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

for (const path of ["/", "/?chart=series&series=executions&open=censorship", "/?chart=totals&norm=per-year", "/?chart=timeline"]) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    // The full compare page is a large document (every assessment, event and citation): axe needs time.
    test.setTimeout(120_000);
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Charts" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
