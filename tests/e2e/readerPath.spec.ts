// The reader's path (issue 18), driven as a person does it — clicks, the keyboard, typing with a
// pause between keys — on a 390 px phone and a 1440 px desktop: every click lands, every filter
// answers, every word explains itself, every chart can be taken away.
import { expect, test, type Page } from "@playwright/test";

const sizes = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1440, height: 900 },
];

async function openFilters(page: Page) {
  await page.getByRole("button", { name: "Change view" }).click();
  const dialog = page.getByRole("dialog", { name: "Change the view" });
  await expect(dialog).toBeVisible();
  return dialog;
}

for (const size of sizes) {
  test.describe(`on a ${size.name} (${size.width} px)`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("clicking a mechanism in the overview lands on its opened evidence", async ({ page }) => {
      await page.goto("/");
      await page.locator("figure.overview").getByRole("link", { name: "Secret police" }).click();
      await expect(page).toHaveURL(/\?open=secret-police#evidence-secret-police$/);
      const evidence = page.locator("#evidence-secret-police");
      await expect(evidence).toBeVisible();
      await expect(evidence).toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    });

    test("typing both years at a person's speed keeps both, and an impossible range is said next to the fields", async ({ page }) => {
      await page.goto("/");
      const dialog = await openFilters(page);
      const from = dialog.getByLabel("From", { exact: true });
      const to = dialog.getByLabel("To", { exact: true });
      await from.click();
      await from.press("ControlOrMeta+a");
      await from.pressSequentially("1920", { delay: 120 });
      await page.keyboard.press("Tab");
      await expect(to).toBeFocused();
      await to.press("ControlOrMeta+a");
      await to.pressSequentially("1930", { delay: 120 });
      await page.keyboard.press("Tab");
      await expect(page).toHaveURL(/\?from=1920&to=1930$/);
      await expect(from).toHaveValue("1920");
      await expect(to).toHaveValue("1930");
      await expect(page.locator("[data-view-summary]")).toContainText("1920–1930");

      await to.click();
      await to.press("ControlOrMeta+a");
      await to.pressSequentially("1910", { delay: 120 });
      await to.press("Enter");
      await expect(dialog.getByRole("alert")).toHaveText("To (1910) is before From (1920): choose a later year.");
      await expect(page).toHaveURL(/\?from=1920&to=1930$/);
    });

    test("narrowing the years changes the answer: a leader not in power then is shown as such", async ({ page }) => {
      await page.goto("/?cat=tools-of-power&from=1918&to=1922");
      const sentences = page.locator("[data-overview-sentences]");
      await expect(sentences).toContainText("Stalin was not in power in 1918–1922: his scores are left out.");
      await expect(sentences).not.toContainText("Stalin's intensity");
      const rows = page.locator("figure.overview tbody tr:not(.overview-group)");
      await expect(rows.first()).toContainText("Stalin: not in power in 1918–1922");
      // On the chart: where Stalin's relation word would be, "not in power"; on a wide screen the
      // track says it in full too, clear of Lenin's mark.
      for (const row of await rows.all()) {
        await expect(row.locator(".overview-relation")).toHaveText("not in power");
        const words = row.locator(".overview-gap");
        if (size.width < 1280) {
          await expect(words).toBeHidden();
          continue;
        }
        await expect(words).toHaveText("Stalin: not in power in 1918–1922");
        const [text, mark] = [await words.evaluate((e) => { const r = document.createRange(); r.selectNodeContents(e); const b = r.getBoundingClientRect(); return { x: b.x, width: b.width }; }), await row.locator("circle").boundingBox()];
        expect(text.x + text.width <= mark!.x || mark!.x + mark!.width <= text.x, "the words overlap the mark").toBe(true);
      }
      // The scores' own years are written beside them.
      await expect(rows.first()).toContainText(/Lenin \d \([a-z-]+, 19\d\d–19\d\d\)/);
      // The table says it too, on Stalin's side.
      await expect(page.getByRole("table", { name: /compared, one row per mechanism/ })).toContainText("Not in power in 1918–1922: left out of this view's comparison.");
    });

    test("values the page ignored do not come back when the reader changes the view", async ({ page }) => {
      await page.goto("/?a=napoleon&open=nope&event=moon-landing&series=gdp");
      await expect(page.getByRole("region", { name: "Part of the address was not understood" })).toBeVisible();
      const dialog = await openFilters(page);
      await dialog.getByLabel("Category").selectOption("policy");
      await expect(page).toHaveURL(/\?cat=policy$/);
    });

    test("the words explain themselves: a key beside the overview defines the scale and each relation word", async ({ page }) => {
      await page.goto("/");
      const key = page.locator("[data-rubric-key]").first();
      await expect(key).toBeVisible();
      await key.locator("summary").click();
      for (const word of ["re-created", "kept", "expanded", "transformed", "curtailed", "dismantled", "originated", "absent"]) {
        await expect(key.getByText(`${word}:`, { exact: true })).toBeVisible();
      }
      await expect(key).toContainText("5 · Extreme:");
      // Words a reader cannot decode never reach the page: file and variable names.
      const text = await page.locator("main").innerText();
      expect(text).not.toMatch(/\.json\b|\.csv\b|v2x_|Chosen mechanisms/);
    });

    test("the overview downloads as PNG, SVG and CSV, and embeds, like every chart", async ({ page, request }) => {
      await page.goto("/?cat=goals");
      const bar = page.locator("[data-export-controls]").first();
      for (const [name, type] of [
        ["PNG image of the chart", "image/png"],
        ["SVG image of the chart", "image/svg+xml; charset=utf-8"],
        [/^CSV of the chart/, "text/csv; charset=utf-8; header=present"],
      ] as const) {
        const href = await bar.getByRole("link", { name }).getAttribute("href");
        expect(href).toMatch(/^\/download\/chart\.(png|svg|csv)\?cat=goals$/);
        const response = await request.get(href!);
        expect(response.status()).toBe(200);
        expect(response.headers()["content-type"]).toBe(type);
      }
      await expect(bar.getByRole("button", { name: "Embed" })).toBeVisible();
    });

    test("the contested figures' table of who says what scrolls sideways, shows it, and can be scrolled from the keyboard", async ({ page }) => {
      await page.goto("/?chart=figures&figures=table");
      const region = page.locator("#panel-figures").getByRole("region", { name: /scrolls sideways/ });
      await expect(region).toBeVisible();
      await region.focus();
      await expect(region).toBeFocused();
      const overflow = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
      if (overflow) {
        await page.keyboard.press("ArrowRight");
        await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      }
    });
  });
}

test("an embedded timeline is legible from 320 to 720 px: its labels do not overlap", async ({ page }) => {
  for (const width of [320, 480, 720]) {
    await page.setViewportSize({ width, height: 600 });
    await page.goto("/embed/chart?chart=timeline&cat=tools-of-power");
    const ticks = page.locator(".recharts-yAxis-tick-labels text");
    await expect(ticks.first()).toBeVisible();
    const boxes = await ticks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, left: r.left })));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top, `${width} px: label ${i} overlaps the one above`).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
    for (const box of boxes) expect(box.left, `${width} px: a label is cut at the left edge`).toBeGreaterThanOrEqual(0);
    const years = await page
      .locator(".recharts-xAxis-tick-labels text")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    for (let i = 1; i < years.length; i++) expect(years[i]!.left, `${width} px: year ${i} collides with the one before`).toBeGreaterThan(years[i - 1]!.right);
    // Names of the periods in power are written only where they fit, so they never run into each other.
    const names = await page.locator("text.recharts-label").evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    for (let i = 1; i < names.length; i++) expect(names[i]!.left, `${width} px: period name ${i} runs into the one before`).toBeGreaterThan(names[i - 1]!.right);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
});
