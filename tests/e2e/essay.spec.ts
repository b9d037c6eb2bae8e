import { expect, test, type Locator, type Page } from "@playwright/test";
import { seriousViolations } from "./accessibility";

// The essay page as a reader uses it: the verdict cards and the filter form always show the
// address's state (after a card, Apply, Back and Forward), the results start where the reader
// looks, on a phone and on a desktop screen, with JavaScript and without; the long parts (each
// claim's reasons and sources, the historians' summaries) are one link away, and the links other
// pages make into /essay (#claim-…, #interpretation-…) still land on their record.

const PHONE = { width: 390, height: 844 };
const SCREENS = [PHONE, { width: 1440, height: 900 }];
const HTML_BUDGET = 150_000;

/** A text as it appears in a page's HTML, or in the React payload inside it (apostrophes kept). */
const inPage = (page: string, text: string) =>
  page.includes(text) || page.includes(text.replaceAll("&", "&amp;").replaceAll("'", "&#x27;").replaceAll('"', "&quot;"));

const verdictSelect = (page: Page) => page.getByLabel("Verdict", { exact: true });
const mechanismBox = (page: Page, name: string) =>
  page.getByRole("group", { name: "Mechanisms" }).getByLabel(name, { exact: true });
const claimList = (page: Page) => page.getByRole("list", { name: /^Showing \d+ of \d+ claims/ });
const claims = (page: Page) => claimList(page).locator(":scope > li");
const card = (page: Page, verdict: RegExp) => page.getByRole("link", { name: verdict });

/** The filters fold under "Filter the claims"; a reader unfolds them, when folded, to change them. */
const filtersToggle = (page: Page) => page.getByText(/^Filter the claims/);
async function showFilters(page: Page) {
  if (!(await verdictSelect(page).isVisible())) await filtersToggle(page).click();
  await expect(verdictSelect(page)).toBeVisible();
}

/** The element starts inside the screen the reader is looking at (not above it, not below it). */
async function expectOnScreen(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      return box !== null && box.y >= 0 && box.y < page.viewportSize()!.height - 40;
    })
    .toBe(true);
}

async function expectEveryClaim(page: Page, text: string) {
  const count = await claims(page).count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(claims(page).nth(i)).toContainText(text);
}

for (const screen of SCREENS) {
  test.describe(`at ${screen.width} px`, () => {
    test.use({ viewport: screen });

    test("a verdict card puts its verdict in the form, and Apply with a ticked mechanism keeps it", async ({ page }) => {
      await page.goto("/essay");
      await card(page, /^\d+ of \d+ contradicted by the evidence$/).click();
      await expect(page).toHaveURL(/[?&]verdict=contradicted(&|#|$)/);
      await expect(claimList(page)).toHaveAccessibleName(/judged “contradicted by the evidence”/);
      await showFilters(page);
      await expect(verdictSelect(page)).toHaveValue("contradicted");
      await mechanismBox(page, "Secret police").check();
      await page.getByRole("button", { name: "Apply" }).click();

      await expect(page).toHaveURL(/\/essay\?verdict=contradicted&m=secret-police#claims$/);
      await expect(claimList(page)).toHaveAccessibleName(/judged “contradicted by the evidence” about Secret police/);
      await expectEveryClaim(page, "Verdict: Contradicted by the evidence");
      // The form folded away and the results start on the reader's screen.
      await expect(verdictSelect(page)).toBeHidden();
      await expectOnScreen(page, claims(page).first());
      await showFilters(page);
      await expect(verdictSelect(page)).toHaveValue("contradicted");
      await expect(mechanismBox(page, "Secret police")).toBeChecked();
    });

    test("after a verdict card the results start on the screen, under the cards", async ({ page }) => {
      await page.goto("/essay");
      await page.getByRole("link", { name: /^\d+ of \d+ partly supported$/ }).click();
      await expect(page).toHaveURL(/\?verdict=partly-supported(#claims)?$/);
      await expect(claimList(page)).toHaveAccessibleName(/judged “partly supported”/);
      await expectOnScreen(page, claims(page).first());
      await expectOnScreen(page, page.getByRole("link", { name: /partly supported \(shown; follow to show all verdicts\)$/ }));
    });

    test("Back and Forward: the cards and the form show the address each time", async ({ page }) => {
      await page.goto("/essay");
      await card(page, /^\d+ of \d+ supported$/).click();
      await expect(page).toHaveURL(/verdict=supported/);
      await card(page, /^\d+ of \d+ contradicted by the evidence$/).click();
      await expect(page).toHaveURL(/verdict=contradicted/);
      await showFilters(page);
      await mechanismBox(page, "Secret police").check();
      await page.getByRole("button", { name: "Apply" }).click();
      await expect(page).toHaveURL(/m=secret-police/);

      const expectState = async (verdict: string, secretPolice: boolean) => {
        const contradicted = card(page, /^\d+ of \d+ contradicted/);
        if (verdict === "contradicted") await expect(contradicted).toHaveAttribute("aria-current", "true");
        else await expect(contradicted).not.toHaveAttribute("aria-current");
        await showFilters(page);
        await expect(verdictSelect(page)).toHaveValue(verdict);
        if (secretPolice) await expect(mechanismBox(page, "Secret police")).toBeChecked();
        else await expect(mechanismBox(page, "Secret police")).not.toBeChecked();
      };

      await page.goBack();
      await expect(page).toHaveURL(/\?verdict=contradicted(#claims)?$/);
      await expectState("contradicted", false);
      // A draft the reader did not apply is dropped when the address changes.
      await mechanismBox(page, "Purges and show trials").check();
      await page.goBack();
      await expect(page).toHaveURL(/\?verdict=supported(#claims)?$/);
      await expectState("supported", false);
      await expect(mechanismBox(page, "Purges and show trials")).not.toBeChecked();
      await page.goBack();
      await expect(page).toHaveURL(/\/essay$/);
      await expectState("", false);
      await page.goForward();
      await expect(page).toHaveURL(/verdict=supported/);
      await expectState("supported", false);
      await page.goForward();
      await page.goForward();
      await expect(page).toHaveURL(/m=secret-police/);
      await expectState("contradicted", true);
      await expectEveryClaim(page, "Verdict: Contradicted by the evidence");
    });

    test("by keyboard: open the filters, type a verdict's first letters, tick with Space, apply with Enter", async ({ page }) => {
      await page.goto("/essay");
      await filtersToggle(page).focus();
      await page.keyboard.press("Enter");
      await expect(verdictSelect(page)).toBeVisible();
      await page.keyboard.press("Tab");
      await expect(verdictSelect(page)).toBeFocused();
      // Typing the start of a label picks that option, as a person does on a closed list.
      await page.keyboard.type("Disp", { delay: 150 });
      await expect(verdictSelect(page)).toHaveValue("disputed");
      await page.keyboard.press("Tab");
      await expect(mechanismBox(page, "Censorship and propaganda")).toBeFocused();
      await page.keyboard.press("Space");
      await expect(mechanismBox(page, "Censorship and propaganda")).toBeChecked();
      await page.getByRole("button", { name: "Apply" }).focus();
      await page.keyboard.press("Enter");

      await expect(page).toHaveURL(/\/essay\?verdict=disputed&m=censorship#claims$/);
      await expect(page.getByText(/^Showing \d+ of \d+ claims judged “disputed among historians” about Censorship and propaganda\.$/)).toBeVisible();
      await showFilters(page);
      await expect(verdictSelect(page)).toHaveValue("disputed");
      await expect(mechanismBox(page, "Censorship and propaganda")).toBeChecked();
    });
  });
}

test("a draft left behind for another page is gone when the reader comes Back", async ({ page }) => {
  await page.goto("/essay?verdict=supported");
  await showFilters(page);
  await verdictSelect(page).selectOption("disputed");
  await mechanismBox(page, "Secret police").check();
  // A full page load elsewhere, then Back: the browser may bring the page back as it was left.
  await page.goto("/argument");
  await page.goBack();
  await expect(page).toHaveURL(/\/essay\?verdict=supported$/);
  await showFilters(page);
  await expect(verdictSelect(page)).toHaveValue("supported");
  await expect(mechanismBox(page, "Secret police")).not.toBeChecked();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test("the cards and the form filter the claims and land on them; a claim opens its page", async ({ page }) => {
    await page.goto("/essay");
    await card(page, /^\d+ of \d+ contradicted by the evidence$/).click();
    await expect(page).toHaveURL(/\?verdict=contradicted(#claims)?$/);
    await expectOnScreen(page, claims(page).first());
    await showFilters(page);
    await expect(verdictSelect(page)).toHaveValue("contradicted");
    await mechanismBox(page, "Secret police").check();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/essay\?verdict=contradicted&m=secret-police#claims$/);
    await expectEveryClaim(page, "Verdict: Contradicted by the evidence");
    await expectOnScreen(page, claims(page).first());

    const statement = (await claims(page).first().getByRole("heading").textContent())!;
    await claims(page).first().getByRole("link").click();
    await expect(page).toHaveURL(/\/essay\/claims\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`The essay claims: ${statement}`);
    await expect(page.getByRole("region", { name: "Why this verdict" })).toContainText("Sources:");
  });
});

test("the links other pages make into /essay land on their claim and reading, one link from the whole text", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/argument/a-political-police-from-december-1917");
  const claimLink = page.getByRole("main").locator('a[href^="/essay#claim-"]').first();
  const slug = (await claimLink.getAttribute("href"))!.replace("/essay#claim-", "");
  const statement = (await claimLink.textContent())!;
  await claimLink.click();
  await expect(page).toHaveURL(new RegExp(`/essay#claim-${slug}$`));
  const item = page.locator(`#claim-${slug}`);
  await expectOnScreen(page, item);
  await expect(item.getByRole("heading")).toHaveText(statement);

  await item.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/essay/claims/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(statement);
  const why = page.getByRole("region", { name: "Why this verdict" });
  await expect(why.getByRole("link").first()).toHaveAttribute("href", /^\/sources#/);
  // Back to the list, at the same claim.
  await page.getByRole("main").getByRole("link", { name: "The essay, checked", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/essay#claim-${slug}$`));
  await expectOnScreen(page, page.locator(`#claim-${slug}`));

  await page.goto("/argument/a-political-police-from-december-1917");
  const readingLink = page.getByRole("main").locator('a[href^="/essay#interpretation-"]').first();
  const reading = (await readingLink.getAttribute("href"))!.replace("/essay#", "");
  await readingLink.click();
  await expect(page).toHaveURL(new RegExp(`/essay#${reading}$`));
  await expectOnScreen(page, page.locator(`#${reading}`));
  await page.locator(`#${reading}`).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/essay/historians#${reading}$`));
  const article = page.locator(`article#${reading}`);
  await expectOnScreen(page, article);
  await expect(article).toContainText("Sources:");
});

test("every claim and reading keeps its anchor on /essay and has its full text one link away; /essay sends no explanation", async ({ request }) => {
  const claimsData: { slug: string; statement: string; explanation: string }[] = (await (await request.get("/api/v1/claims")).json()).data;
  const readings: { slug: string; summary: string }[] = (await (await request.get("/api/v1/interpretations")).json()).data;
  expect(claimsData.length).toBeGreaterThan(0);

  const essay = await (await request.get("/essay")).text();
  expect(Buffer.byteLength(essay)).toBeLessThanOrEqual(HTML_BUDGET);
  const historians = await (await request.get("/essay/historians")).text();
  for (const c of claimsData) {
    expect(essay, c.slug).toContain(`id="claim-${c.slug}"`);
    expect(essay, c.slug).toContain(`href="/essay/claims/${c.slug}"`);
    // The reasons are on the claim's page, not in the list's bytes.
    expect(inPage(essay, c.explanation.slice(0, 80)), c.slug).toBe(false);
    const own = await request.get(`/essay/claims/${c.slug}`);
    expect(own.status(), c.slug).toBe(200);
    expect(inPage(await own.text(), c.explanation.slice(0, 80)), c.slug).toBe(true);
  }
  for (const r of readings) {
    expect(essay, r.slug).toContain(`id="interpretation-${r.slug}"`);
    expect(inPage(essay, r.summary.slice(0, 80)), r.slug).toBe(false);
    expect(historians, r.slug).toContain(`id="interpretation-${r.slug}"`);
    expect(inPage(historians, r.summary.slice(0, 80)), r.slug).toBe(true);
  }
  expect((await request.get("/essay/claims/no-such-claim")).status()).toBe(404);
});

for (const path of ["/essay?verdict=contradicted&m=secret-police", "/essay/claims/cheka-created-after-assembly", "/essay/historians"]) {
  test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
