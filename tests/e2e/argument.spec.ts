// The guided argument (/argument and /argument/<slug>), tested from its data: a step added to
// prisma/data/argument.json is walked, opened in the dashboard and printed without a new test.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { seriousViolations } from "./accessibility";

type Step = { slug: string; title: string; view: string; questions: string[]; sources: (string | { source: string })[] };
const steps = JSON.parse(readFileSync("prisma/data/argument.json", "utf8")) as Step[];
const first = steps[0]!;
const last = steps.at(-1)!;
const NOTICE = "Part of the address was not understood";

test.describe("each step of the argument", () => {
  for (const [i, step] of steps.entries()) {
    test(`step ${i + 1} (${step.slug}) answers with its text, and its view opens in the dashboard without a notice`, async ({ page }) => {
      const errors: string[] = [];
      page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
      const response = await page.goto(`/argument/${step.slug}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(step.title);
      for (const part of ["What the essay claims", "What the evidence shows", "What historians dispute", "Sources", "For discussion"]) {
        await expect(page.getByRole("heading", { name: part })).toBeVisible();
      }
      await expect(page.getByText(step.questions[0]!)).toBeVisible();

      const open = page.getByRole("link", { name: "Open this view in the dashboard" });
      const href = await open.getAttribute("href");
      // The same URL state as the step's data (the serialiser may order the keys differently).
      const pairs = (query: string) => new URLSearchParams(query).toString().split("&").filter(Boolean).sort();
      expect(pairs(new URL(href!, "http://x").search)).toEqual(pairs(step.view));
      await open.click();
      await expect(page).toHaveURL((url) => url.pathname === "/");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("vs");
      await expect(page.getByRole("region", { name: NOTICE })).toHaveCount(0);
      // No script or style blocked by the Content-Security-Policy, nothing thrown.
      expect(errors).toEqual([]);
    });
  }

  test("previous and next walk from the first step to the last and back", async ({ page }) => {
    await page.goto(`/argument/${first.slug}`);
    await expect(page.getByRole("link", { name: /Previous/ })).toHaveCount(0);
    for (const [i, step] of steps.entries()) {
      await expect(page.getByRole("heading", { level: 1 })).toContainText(step.title);
      // In the page itself: Next.js's route announcer, outside main, reads the new title aloud too.
      await expect(page.getByRole("main").getByText(`step ${i + 1} of ${steps.length}`)).toBeVisible();
      if (i < steps.length - 1) await page.getByRole("link", { name: /^Next: step/ }).click();
    }
    await expect(page).toHaveURL(new RegExp(`/argument/${last.slug}$`));
    await expect(page.getByRole("link", { name: /^Next: step/ })).toHaveCount(0);
    await page.getByRole("link", { name: /Previous: step/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(steps.at(-2)!.title);
  });

  test("an unknown step answers 404 with the site's not-found page", async ({ page }) => {
    const response = await page.goto("/argument/no-such-step");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Page not found");
  });

  test("a step shared alone has its title, description and a PNG preview", async ({ page, request }) => {
    await page.goto(`/argument/${first.slug}`);
    await expect(page).toHaveTitle(new RegExp(`Step 1 of ${steps.length}: ${first.title}`));
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(new RegExp(`/og/argument/${first.slug}$`));
    expect(await page.locator('meta[name="twitter:image"]').getAttribute("content")).toBe(image);
    const png = await request.get(new URL(image!).pathname);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
    expect((await request.get("/og/argument/no-such-step")).status()).toBe(404);
  });
});

test.describe("the list of steps, /argument", () => {
  test("lists every step in order, each linking to its page, and is in the site's navigation", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Argument" }).click();
    await expect(page).toHaveURL(/\/argument$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The argument, step by step");
    const items = page.getByRole("region", { name: "The steps" }).locator("ol > li");
    await expect(items).toHaveCount(steps.length);
    for (const [i, step] of steps.entries()) {
      await expect(items.nth(i)).toContainText(`Step ${i + 1}`);
      await expect(items.nth(i).getByRole("link", { name: step.title })).toHaveAttribute("href", `/argument/${step.slug}`);
    }
  });

  test("its handout, printed: controls hidden, every step's text, chart and sources, and all the questions", async ({ page }) => {
    await page.goto("/argument");
    // The list links to the handout rather than carrying it (it is several times the list's size).
    await expect(page.locator("[data-handout]")).toHaveCount(0);
    await page.getByRole("link", { name: "the handout" }).click();
    await expect(page).toHaveURL(/\/argument\/handout$/);
    const handout = page.locator("[data-handout]");
    await expect(handout).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(handout).toBeVisible();
    await expect(page.getByRole("link", { name: "The argument, step by step" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("list")).toBeHidden();
    for (const [i, step] of steps.entries()) {
      const section = handout.getByRole("region", { name: `Step ${i + 1}. ${step.title}` });
      await expect(section).toBeVisible();
      await expect(section.getByRole("heading", { name: "What the evidence shows" })).toBeVisible();
      await expect(section.getByRole("heading", { name: "Sources" })).toBeVisible();
      // Each citation written out: at least as many entries as the step cites.
      await expect(section.locator("ol > li").filter({ hasText: /\(\d{4}[a-z]?\) / })).toHaveCount(step.sources.length);
      await expect(section.locator("figure, table").first()).toBeVisible();
    }
    const questions = handout.getByRole("region", { name: "Questions for discussion" });
    await expect(questions).toBeVisible();
    for (const q of steps.flatMap((s) => s.questions)) await expect(questions.getByText(q, { exact: true })).toBeVisible();
  });

  test("a printed step hides its controls and keeps its sources and questions", async ({ page }) => {
    await page.goto(`/argument/${first.slug}`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("link", { name: "Open this view in the dashboard" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Steps of the argument" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "For discussion" })).toBeVisible();
  });
});

for (const path of ["/argument", `/argument/${first.slug}`, "/argument/handout"]) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    // axe walks every element: the handout has every step's chart and references, seconds on busy cores.
    test.slow();
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a step page shows its text, links, data table and sources", async ({ page }) => {
    const step = steps.find((s) => s.view.includes("chart=series")) ?? first;
    await page.goto(`/argument/${step.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(step.title);
    await expect(page.getByRole("heading", { name: "What the evidence shows" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
    await page.getByText("Data table").click();
    await expect(page.getByRole("table").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Open this view in the dashboard" })).toHaveAttribute("href", /^\/\?/);
    await page.getByRole("link", { name: /^Next: step/ }).click();
    await expect(page).toHaveURL(new RegExp(`/argument/${steps[steps.indexOf(step) + 1]!.slug}$`));
  });
});
