import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * axe's serious and critical violations on the page, as "rule: targets" lines. Sections the
 * browser has not laid out yet (content-visibility: auto, the render-when-near class) are laid
 * out first: axe cannot measure the contrast of text that is not rendered and would leave it
 * unchecked (323 elements of the compare page).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addStyleTag({ content: ".render-when-near { content-visibility: visible !important; }" });
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
