// The answer first: the overview at the top of the compare page (issue 11). Its sentences are
// checked against counts this test makes itself from the public API, for several views.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadDataset } from "@/lib/dataset/load";
import { DEFAULT_FROM, DEFAULT_TO } from "@/lib/url/compareUrl";
import { realDataDir } from "../support/dataFixture";

type Assessment = { leader: string; mechanism: string; intensity: number; relation: string };
type Leader = { slug: string; name: string };

/**
 * What the sentences must say, counted here from the public API: for each leader, what he
 * inherited from the leader before him (by relation word), what he began and what he did not use;
 * and how the later leader's scores compare with the earlier one's.
 */
async function expected(request: APIRequestContext, query: string) {
  const params = new URLSearchParams(query);
  const leaders = (await (await request.get(`/api/v1/leaders`)).json()).data as Leader[];
  const a = params.get("a") ?? "lenin";
  const b = params.get("b") ?? "stalin";
  const mechanisms = (await (await request.get(`/api/v1/mechanisms`)).json()).data as { slug: string; category: string }[];
  const cat = params.get("cat");
  const chosen = mechanisms.filter((m) => !cat || m.category === cat).map((m) => m.slug);
  const all = (await (await request.get(`/api/v1/assessments?a=${a}&b=${b}`)).json()).data as Assessment[];
  const place = (slug: string) => leaders.findIndex((l) => l.slug === slug);
  const side = (slug: string) => {
    const own = all.filter((x) => x.leader === slug && chosen.includes(x.mechanism));
    const inherited = new Map<string, number>();
    for (const x of own) if (x.relation !== "originated" && x.relation !== "absent") inherited.set(x.relation, (inherited.get(x.relation) ?? 0) + 1);
    return {
      name: leaders[place(slug)]!.name,
      before: leaders[place(slug) - 1]?.name ?? null,
      scores: new Map(own.map((x) => [x.mechanism, x.intensity])),
      inherited,
      began: own.filter((x) => x.relation === "originated").length,
      unused: own.filter((x) => x.relation === "absent").length,
    };
  };
  const [earlier, later] = place(a) < place(b) ? [side(a), side(b)] : [side(b), side(a)];
  let higher = 0;
  let lower = 0;
  for (const slug of chosen) {
    const x = earlier.scores.get(slug);
    const y = later.scores.get(slug);
    if (x === undefined || y === undefined) continue;
    if (y > x) higher++;
    if (y < x) lower++;
  }
  return { total: chosen.length, earlier, later, higher, lower };
}

const pairs = [
  ["lenin", "stalin"],
  ["nicholas-ii", "lenin"],
  ["nicholas-ii", "stalin"],
  ["nicholas-ii", "khrushchev"],
  ["lenin", "khrushchev"],
  ["stalin", "khrushchev"],
];
const views = [
  { query: "", noun: "mechanisms" },
  { query: "cat=tools-of-power", noun: "tools of power" },
  // The later leader first: the words still describe him against the earlier one.
  { query: "a=stalin&b=lenin&cat=policy", noun: "policies" },
  ...pairs.slice(1).map(([a, b]) => ({ query: `a=${a}&b=${b}&from=1894&to=1964`, noun: "mechanisms" })),
];

for (const v of views) {
  test(`the overview's sentences are computed from the data: /?${v.query}`, async ({ page, request }) => {
    const want = await expected(request, v.query);
    await page.goto(`/?${v.query}`);
    await expect(page.getByRole("region", { name: "Part of the address was not understood" })).toHaveCount(0);
    const sentences = (await page.locator("[data-overview-sentences]").innerText()).replace(/\s+/g, " ");
    expect(sentences).toContain(`Of the ${want.total} ${v.noun}`);
    for (const leader of [want.earlier, want.later]) {
      const amount = (n: number, of: number) => (n === of && of > 1 ? `all ${n}` : String(n));
      const took = [...leader.inherited.values()].reduce((x, y) => x + y, 0);
      if (took > 0) {
        if (leader.before) expect(sentences, leader.name).toContain(`${leader.name} inherited ${amount(took, want.total)} from ${leader.before}`);
        for (const [relation, n] of leader.inherited) expect(sentences, `${leader.name} ${relation}`).toMatch(new RegExp(`${relation} ${n}\\b`));
      }
      if (leader.began > 0) expect(sentences, `${leader.name} began`).toContain(`began ${amount(leader.began, want.total)}`);
      if (leader.unused > 0) expect(sentences, `${leader.name} unused`).toContain(`did not use ${amount(leader.unused, want.total)}`);
      // Nobody is said to have begun what an earlier leader in the dataset already used.
      if (leader.before === null) expect(sentences).not.toContain(`${leader.name} inherited`);
    }
    expect(sentences).toContain(`${want.later.name}'s intensity against ${want.earlier.name}'s`);
    if (want.higher > 0) expect(sentences).toContain(`higher on ${want.higher}`);
    if (want.lower > 0) expect(sentences).toContain(`lower on ${want.lower}`);
    // One row per mechanism in the chart, each with both scores written out for screen readers.
    const rows = page.locator("figure.overview tbody tr:not(.overview-group)");
    await expect(rows).toHaveCount(want.total);
    await expect(rows.first()).toContainText(new RegExp(`${want.earlier.name} \\d \\(`));
    await expect(rows.first()).toContainText(new RegExp(`${want.later.name} \\d \\(`));
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
  await expect(page.locator("[data-view-summary]")).toContainText("Censorship and propaganda and Secret police · 1918–1938");
  await expect(page.locator("figure.overview tbody tr")).toHaveCount(2);
  const table = page.getByRole("table", { name: /compared, one row per mechanism/ });
  await expect(table.getByRole("columnheader", { name: /Relation/ })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Charts" }).getByRole("link", { name: "Scale and words" })).toHaveAttribute("aria-current", "true");
});

test("contested figures: each figure's marks are one tab stop with arrow keys inside, 24 px targets, and say who gives each estimate", async ({ page }) => {
  await page.goto("/?chart=figures");
  const panel = page.locator("#panel-figures");
  // A figure's marks are a group named with its count of estimates (the panel holds other groups).
  const groups = panel.getByRole("group", { name: /: \d+ estimates; use the arrow keys/ });
  // A group per figure whose years meet the view's (the plain view's), a mark per estimate.
  const figures = loadDataset(realDataDir).figures.filter((f) => f.endYear >= DEFAULT_FROM && f.startYear <= DEFAULT_TO);
  expect(figures.length).toBeGreaterThan(0);
  await expect(groups).toHaveCount(figures.length);
  const first = groups.first();
  // The lowest and highest estimates are written out, with their authors, before any interaction.
  await expect(first.locator(".figures-said")).toContainText(/Lowest: .+: .*\d/);
  await expect(first.locator(".figures-said")).toContainText(/Highest: .+: .*\d/);
  const marks = first.getByRole("button");
  expect(figures[0]!.estimates.length).toBeGreaterThan(1);
  await expect(marks).toHaveCount(figures[0]!.estimates.length);
  // Only one mark of the group is in the tab order.
  expect(await marks.evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex === 0).length)).toBe(1);
  await marks.first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(marks.nth(1)).toBeFocused();
  const said = await marks.nth(1).getAttribute("aria-label");
  await expect(first.locator(".figures-said")).toHaveText(said!);
  for (const box of await marks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]))) {
    expect(box[0]).toBeGreaterThanOrEqual(24);
    expect(box[1]).toBeGreaterThanOrEqual(24);
  }
  // Tab leaves the group in one step.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest('[role="group"]')?.getAttribute("aria-label") ?? "")).not.toBe(await first.getAttribute("aria-label"));
});

test("a link from before the contested figures became a chart opens them with their table of sources", async ({ page }) => {
  await page.goto("/?figures=table");
  await expect(page.getByRole("region", { name: "Part of the address was not understood" })).toHaveCount(0);
  const panel = page.locator("#panel-figures");
  await expect(panel.getByRole("table")).toContainText("Source");
});
