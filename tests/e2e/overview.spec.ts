// The answer first: the overview at the top of the compare page (issue 11). Its sentences are
// checked against counts this test makes itself from the public API, for several views.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadDataset } from "@/lib/dataset/load";
import type { Relation } from "@/lib/dataset/vocabulary";
import { DEFAULT_FROM, DEFAULT_TO } from "@/lib/url/compareUrl";
import { realDataDir } from "../support/dataFixture";

type Assessment = { leader: string; mechanism: string; intensity: number; relation: Relation };

// The words the page uses for each relation (lib/compare/overview.ts): part of what a reader
// sees, so written out here. Keyed by every relation: a new one fails the typecheck until added.
const verb: Record<Relation, string> = {
  originated: "originated",
  "re-created": "re-created",
  kept: "kept",
  expanded: "expanded",
  transformed: "transformed",
  curtailed: "curtailed",
  dismantled: "dismantled",
  reversed: "reversed",
  absent: "did not use",
};

async function expected(request: APIRequestContext, query: string, a: string, b: string) {
  const params = new URLSearchParams(query);
  const mechanisms = (await (await request.get(`/api/v1/mechanisms`)).json()).data as { slug: string; category: string }[];
  const cat = params.get("cat");
  const chosen = mechanisms.filter((m) => !cat || m.category === cat).map((m) => m.slug);
  const all = (await (await request.get(`/api/v1/assessments`)).json()).data as Assessment[];
  const side = (leader: string) => new Map(all.filter((x) => x.leader === leader && chosen.includes(x.mechanism)).map((x) => [x.mechanism, x]));
  const sa = side(a);
  const sb = side(b);
  const counts = (m: Map<string, Assessment>) => {
    const c = new Map<Relation, number>();
    for (const x of m.values()) c.set(x.relation, (c.get(x.relation) ?? 0) + 1);
    return c;
  };
  let higher = 0;
  let lower = 0;
  for (const slug of chosen) {
    const x = sa.get(slug);
    const y = sb.get(slug);
    if (!x || !y) continue;
    if (y.intensity > x.intensity) higher++;
    if (y.intensity < x.intensity) lower++;
  }
  return { total: chosen.length, a: counts(sa), b: counts(sb), higher, lower };
}

const views = [
  { query: "", a: "lenin", b: "stalin", names: ["Lenin", "Stalin"], noun: "mechanisms" },
  { query: "cat=tools-of-power", a: "lenin", b: "stalin", names: ["Lenin", "Stalin"], noun: "tools of power" },
  { query: "a=stalin&b=lenin&cat=policy", a: "stalin", b: "lenin", names: ["Stalin", "Lenin"], noun: "policies" },
];

for (const v of views) {
  test(`the overview's sentences are computed from the data: /?${v.query}`, async ({ page, request }) => {
    const want = await expected(request, v.query, v.a, v.b);
    await page.goto(`/?${v.query}`);
    const sentences = (await page.locator("[data-overview-sentences]").innerText()).replace(/\s+/g, " ");
    expect(sentences).toContain(`Of the ${want.total} ${v.noun}`);
    for (const [leader, counts] of [
      [v.names[0]!, want.a],
      [v.names[1]!, want.b],
    ] as const) {
      for (const [relation, n] of counts) {
        const amount = n === want.total ? "all of them" : String(n);
        expect(sentences, `${leader} ${relation}`).toContain(`${verb[relation]} ${amount}`);
      }
      expect(sentences).toContain(`${leader} `);
    }
    if (want.higher > 0) expect(sentences).toContain(`higher on ${want.higher}`);
    if (want.lower > 0) expect(sentences).toContain(`lower on ${want.lower}`);
    // One row per mechanism in the chart, each with both scores written out for screen readers.
    const rows = page.locator("figure.overview tbody tr:not(.overview-group)");
    await expect(rows).toHaveCount(want.total);
    await expect(rows.first()).toContainText(new RegExp(`${v.names[0]} (\\d|not assessed).*${v.names[1]} (\\d|not assessed)`));
  });
}

test("on a phone, the leaders, the view in one line and the overview chart are on the first screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  for (const locator of [page.getByRole("heading", { level: 1, name: "Lenin vs Stalin" }), page.locator("[data-view-summary]"), page.locator("figure.overview tbody tr").nth(3)]) {
    const box = await locator.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  }
  // The filters are not on the first screen: one button opens them.
  await expect(page.getByRole("dialog", { name: "Change the view" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Change view" })).toBeInViewport();
});

test("a row of the overview opens that mechanism's evidence in the table", async ({ page }) => {
  await page.goto("/");
  await page.locator("figure.overview").getByRole("link", { name: "Secret police" }).click();
  await expect(page).toHaveURL(/open=secret-police/);
  await expect(page.getByRole("region", { name: "Lenin: evidence on Secret police" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Stalin: evidence on Secret police" })).toContainText(/Why \d\/5/);
});

test("the order of the overview's rows is in the URL", async ({ page }) => {
  await page.goto("/?cat=policy");
  await page.getByRole("navigation", { name: "Order of the overview" }).getByRole("link", { name: "name" }).click();
  await expect(page).toHaveURL(/order=name/);
  const names = await page.locator("figure.overview tbody th[scope=row]").allInnerTexts();
  expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, "en")));
  await page.reload();
  expect(await page.locator("figure.overview tbody th[scope=row]").allInnerTexts()).toEqual(names);
});

test("old links still restore their view, without a notice", async ({ page }) => {
  // Links shared before this version: the old name of m, the intensity tab, a table sort and hidden column.
  await page.goto("/?mechanisms=censorship,secret-police&from=1918&to=1938&chart=intensity&sort=relation.asc&hide=relation");
  await expect(page.getByRole("region", { name: "Part of the address was not understood" })).toHaveCount(0);
  await expect(page.locator("[data-view-summary]")).toContainText("Chosen mechanisms · 2 mechanisms · 1918–1938");
  await expect(page.locator("figure.overview tbody tr")).toHaveCount(2);
  const table = page.getByRole("table", { name: /compared, one row per mechanism/ });
  await expect(table.getByRole("columnheader", { name: /Relation/ })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Charts" }).getByRole("link", { name: "Scores" })).toHaveAttribute("aria-current", "true");
});

test("contested figures: every estimate is a mark that says who gives it, and the table is there on request", async ({ page }) => {
  // The figures whose years meet the plain view's, each with all its estimates.
  const estimates = loadDataset(realDataDir)
    .figures.filter((f) => f.endYear >= DEFAULT_FROM && f.startYear <= DEFAULT_TO)
    .flatMap((f) => f.estimates);
  expect(estimates.length).toBeGreaterThan(0);
  await page.goto("/");
  const section = page.getByRole("region", { name: /^Contested figures/ });
  const marks = section.getByRole("img");
  await expect(marks).toHaveCount(estimates.length);
  await marks.first().focus();
  await expect(marks.first()).toHaveAccessibleName(/: .*\d/);
  await section.getByRole("link", { name: /Show who says what/ }).click();
  await expect(page).toHaveURL(/figures=table/);
  await expect(section.getByRole("table")).toContainText("Source");
});
