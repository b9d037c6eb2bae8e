import { expect, test } from "@playwright/test";
import { BROKEN_URL } from "./servers";

test("the home page shows the leaders read from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Lenin", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Stalin", { exact: true }).first()).toBeVisible();
});

test.describe("with the database file missing", () => {
  test.use({ baseURL: BROKEN_URL });

  test("the page explains the problem instead of crashing", async ({ page }) => {
    await page.goto("/");
    // Next.js adds its own (empty) role="alert" route announcer; pick ours by its text.
    const alert = page.getByRole("alert").filter({ hasText: "database" });
    await expect(alert).toContainText("The dashboard's database is missing.");
    await expect(alert).toContainText("npm run db:setup");
    const html = await page.content();
    expect(html).not.toMatch(/does-not-exist\.db|SqliteError|at Object\.|node_modules/);
  });
});
