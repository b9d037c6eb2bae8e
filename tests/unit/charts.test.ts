import { describe, expect, it } from "vitest";
import { decimalYear } from "@/lib/compare/buildCompareView";
import { describeSeries, describeTotals } from "@/lib/charts/chartDescriptions";
import { formatCompact, formatNumber } from "@/lib/format";
import { seriesData } from "@/lib/charts/seriesData";
import { tenureBands, type TenureLeader } from "@/lib/charts/tenureBands";
import { tenureTotals } from "@/lib/charts/tenureTotals";
import { timelineData } from "@/lib/charts/timelineData";
import { yearTicks } from "@/lib/charts/yearTicks";
import type { CatalogMetricValue } from "@/lib/dataset/records";

const lenin: TenureLeader = { slug: "lenin", name: "Lenin", powerStart: "1917-11-08", powerEnd: "1924-01-21" };
const stalin: TenureLeader = { slug: "stalin", name: "Stalin", powerStart: "1924-01-21", powerEnd: "1953-03-05" };

type Value = CatalogMetricValue;
const value = (year: number, best: number, range: { low?: number; high?: number } = {}): Value => ({
  year,
  best,
  low: range.low ?? null,
  high: range.high ?? null,
  source: "fixture",
  locator: null,
  rangeSource: null,
  rangeLocator: null,
  note: null,
});
/** 100 in every year from 1917 to 1953, so counting years is counting hundreds. */
const everyYear = Array.from({ length: 37 }, (_, i) => value(1917 + i, 100));

describe("tenureBands", () => {
  it("spans each leader's time in power over the whole range, side A first", () => {
    const bands = tenureBands([lenin, stalin], 1917, 1953);
    expect(bands.map((b) => [b.side, b.leader])).toEqual([["a", "lenin"], ["b", "stalin"]]);
    expect(bands[0]!.start).toBeCloseTo(1917.852, 3); // 8 November 1917: day 311 of 365
    expect(bands[0]!.end).toBe(decimalYear("1924-01-21"));
    expect(bands[1]!.start).toBe(decimalYear("1924-01-21"));
    expect(bands[1]!.end).toBeCloseTo(1953.17, 2); // 5 March 1953
  });

  it("clips to the selected years, the last of them counted to its end", () => {
    const bands = tenureBands([lenin, stalin], 1920, 1930);
    expect(bands.map((b) => [b.leader, b.start, b.end])).toEqual([
      ["lenin", 1920, decimalYear("1924-01-21")],
      ["stalin", decimalYear("1924-01-21"), 1931],
    ]);
  });

  it("leaves out a leader entirely outside the years", () => {
    expect(tenureBands([lenin, stalin], 1930, 1940).map((b) => b.leader)).toEqual(["stalin"]);
    expect(tenureBands([lenin, stalin], 1917, 1917).map((b) => [b.leader, b.end])).toEqual([["lenin", 1918]]);
  });

  it("follows the order of the sides, not of the dataset", () => {
    expect(tenureBands([stalin, lenin], 1917, 1953).map((b) => [b.side, b.leader])).toEqual([["a", "stalin"], ["b", "lenin"]]);
  });
});

describe("timelineData", () => {
  const mechanisms = [
    { slug: "censorship", name: "Censorship" },
    { slug: "secret-police", name: "Secret police" },
    { slug: "purges", name: "Purges" },
  ];
  const event = (slug: string, date: string, leader: string | null, mechs: string[]) => ({
    slug,
    date,
    title: `Title ${slug}`,
    leader,
    mechanisms: mechs,
  });
  const events = [
    event("great-terror", "1937-07-30", "stalin", ["mechanism-not-selected", "purges", "secret-police"]),
    event("cheka", "1917-12-20", "lenin", ["secret-police"]),
    event("february", "1917-03", null, ["censorship"]),
    event("unrelated", "1921-03", "lenin", ["nep"]),
  ];

  it("puts each event on the row of its first selected mechanism, drops unselected ones and sorts by date", () => {
    const { points, categories } = timelineData(events, mechanisms, "lenin", "stalin");
    expect(categories.map((c) => c.slug)).toEqual(["censorship", "secret-police"]);
    expect(points.map((p) => [p.slug, p.y, p.mechanism])).toEqual([
      ["february", 0, "Censorship"],
      ["cheka", 1, "Secret police"],
      ["great-terror", 1, "Secret police"],
    ]);
    // Placed on the year axis to within half a day.
    expect(points[0]!.x).toBeCloseTo(decimalYear("1917-03"), 3);
    expect(points[1]).toMatchObject({ title: "Title cheka", date: "1917-12-20" });
  });

  it("has no empty rows: a mechanism without events is not a category", () => {
    const { categories, points } = timelineData([events[0]!], mechanisms, "lenin", "stalin");
    expect(categories.map((c) => c.slug)).toEqual(["secret-police"]);
    expect(points[0]!.y).toBe(0);
  });

  it("marks each event with the side of its leader", () => {
    const side = (a: string, b: string) =>
      Object.fromEntries(timelineData(events, mechanisms, a, b).points.map((p) => [p.slug, p.leader]));
    expect(side("lenin", "stalin")).toEqual({ february: "none", cheka: "a", "great-terror": "b" });
    expect(side("stalin", "lenin")).toEqual({ february: "none", cheka: "b", "great-terror": "a" });
  });
});

describe("seriesData", () => {
  const vdem = { values: Array.from({ length: 61 }, (_, i) => value(1900 + i, 0.1)) };
  // Lenin's and Stalin's years, as the chart model passes them.
  const inPower = (year: number) => year >= 1917 && year <= 1953 && year !== 1923;

  it("shows the selected years with three years of context on each side where there are values", () => {
    const { points, domain } = seriesData(vdem, 1920, 1930);
    expect(points[0]!.year).toBe(1917);
    expect(points.at(-1)!.year).toBe(1933);
    expect(domain).toEqual([1917, 1934]);
  });

  it("keeps every selected year, marking those without a value: no published figure in power, not in power otherwise", () => {
    const executions = { values: [value(1921, 9701), value(1922, 1962)] };
    const { points, domain, unmeasured } = seriesData(executions, 1917, 1925, inPower);
    expect(points.map((p) => p.year)).toEqual([1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925]);
    expect(points.filter((p) => p.status === "measured").map((p) => p.year)).toEqual([1921, 1922]);
    expect(points.find((p) => p.year === 1919)).toEqual({ year: 1919, status: "no-figure", best: null, low: null, high: null, band: null });
    expect(points.find((p) => p.year === 1923)!.status).toBe("not-in-power");
    expect(unmeasured).toEqual([[1917, 1920], [1924, 1925]]);
    expect(domain).toEqual([1917, 1926]);
  });

  it("keeps a missing year as a gap, not a zero", () => {
    const grain = { values: [value(1919, 3.48), value(1920, 6.01), value(1928, 10.8)] };
    const { points } = seriesData(grain, 1917, 1953, inPower);
    expect(points).toHaveLength(37);
    expect(points.find((p) => p.year === 1924)).toMatchObject({ best: null, status: "no-figure" });
  });

  it("gives a band where a value has a range, falling back to best for a missing end", () => {
    const metric = { values: [value(1938, 10), value(1939, 20, { high: 80 }), value(1940, 30, { low: 25, high: 35 })] };
    const { points, hasBand } = seriesData(metric, 1938, 1940);
    expect(hasBand).toBe(true);
    expect(points.map((p) => p.band)).toEqual([null, [20, 80], [25, 35]]);
    expect(points[1]).toMatchObject({ best: 20, low: null, high: 80 });
  });

  it("has no band when no shown value has a range, and only unmeasured years when the years have no data", () => {
    expect(seriesData(vdem, 1917, 1953).hasBand).toBe(false);
    const ranged = { values: [value(1900, 1, { low: 0 }), value(1930, 2)] };
    expect(seriesData(ranged, 1930, 1931).hasBand).toBe(false);
    const empty = seriesData({ values: [value(1900, 1)] }, 1930, 1932);
    expect(empty.points.map((p) => p.status)).toEqual(["no-figure", "no-figure", "no-figure"]);
    expect(empty.domain).toEqual([1930, 1933]);
  });
});

describe("tenureTotals", () => {
  const additive = (values: Value[]) => ({ additive: true, values });

  it("counts each year for the leader in power on 1 July: 1917 and 1953 for neither, 1924 for Stalin", () => {
    const [a, b] = tenureTotals(additive(everyYear), [lenin, stalin], 1917, 1953, "total")!;
    expect([a!.firstYear, a!.lastYear, a!.yearsInPower, a!.total]).toEqual([1918, 1923, 6, 600]);
    expect([b!.firstYear, b!.lastYear, b!.yearsInPower, b!.total]).toEqual([1924, 1952, 29, 2900]);
  });

  it("leaves out years outside the selection", () => {
    const [a, b] = tenureTotals(additive(everyYear), [lenin, stalin], 1920, 1930, "total")!;
    expect([a!.firstYear, a!.lastYear, a!.total]).toEqual([1920, 1923, 400]);
    expect([b!.firstYear, b!.lastYear, b!.total]).toEqual([1924, 1930, 700]);
    const [onlyLenin, none] = tenureTotals(additive(everyYear), [lenin, stalin], 1917, 1917, "total")!;
    expect([onlyLenin!.yearsInPower, onlyLenin!.total, none!.total]).toEqual([0, null, null]);
  });

  it("divides by the years that have data, so gaps are not zeros", () => {
    const metric = additive([value(1921, 9000), value(1923, 3000), value(1937, 350000), value(1938, 330000)]);
    const [a, b] = tenureTotals(metric, [lenin, stalin], 1917, 1953, "per-year")!;
    expect(a).toMatchObject({ yearsInPower: 6, yearsCovered: 2, total: 12000, perYear: 6000, value: 6000 });
    expect(b).toMatchObject({ yearsInPower: 29, yearsCovered: 2, total: 680000, perYear: 340000, value: 340000 });
    const [totalA] = tenureTotals(metric, [lenin, stalin], 1917, 1953, "total")!;
    expect(totalA!.value).toBe(12000);
  });

  it("sums ranges with best standing in for a missing end, and has none when no value has a range", () => {
    const metric = additive([value(1931, 10651, { low: 1481 }), value(1932, 2728), value(1939, 2552, { high: 2601 })]);
    const [a, b] = tenureTotals(metric, [lenin, stalin], 1917, 1953, "total")!;
    expect(b).toMatchObject({ total: 15931, low: 1481 + 2728 + 2552, high: 10651 + 2728 + 2601 });
    expect(a).toMatchObject({ total: null, low: null, high: null, valueLow: null });
    const [, perYear] = tenureTotals(metric, [lenin, stalin], 1917, 1953, "per-year")!;
    expect(perYear!.valueLow).toBeCloseTo((1481 + 2728 + 2552) / 3);
    expect(perYear!.valueHigh).toBeCloseTo((10651 + 2728 + 2601) / 3);
  });

  it("keeps the sides in the order given", () => {
    const totals = tenureTotals(additive(everyYear), [stalin, lenin], 1917, 1953, "total")!;
    expect(totals.map((t) => [t.side, t.leader, t.total])).toEqual([["a", "stalin", 2900], ["b", "lenin", 600]]);
  });

  it("gives no totals for a metric that cannot be summed over years", () => {
    expect(tenureTotals({ additive: false, values: everyYear }, [lenin, stalin], 1917, 1953, "total")).toBeNull();
  });
});

describe("formatNumber", () => {
  it("writes counts with separators and small values with decimals", () => {
    expect(formatNumber(353074)).toBe("353,074");
    expect(formatNumber(12345.6)).toBe("12,346");
    expect(formatNumber(6.01)).toBe("6.01");
    expect(formatNumber(0.1234)).toBe("0.123");
    expect(formatCompact(2561351)).toBe("2.6M");
    expect(formatCompact(2500)).toBe("2,500");
  });
});

describe("yearTicks", () => {
  it("puts about ten whole-year ticks on the axis", () => {
    expect(yearTicks([1917, 1954])).toEqual([1920, 1925, 1930, 1935, 1940, 1945, 1950]);
    expect(yearTicks([1920, 1931])).toEqual([1920, 1922, 1924, 1926, 1928, 1930]);
    expect(yearTicks([1924, 1925])).toEqual([1924, 1925]);
  });
});

describe("chart descriptions (the figures' accessible names)", () => {
  it("names first, last and highest values of a series, skipping gaps", () => {
    const { points } = seriesData({ values: [value(1936, 1118), value(1937, 353074), value(1939, 2552)] }, 1917, 1953);
    expect(describeSeries(points, "Death sentences", "sentences")).toBe(
      "Line chart of Death sentences (sentences), 1936–1939: 1,118 in 1936, 2,552 in 1939, highest 353,074 in 1937.",
    );
  });

  it("says how many years with data each total rests on", () => {
    const totals = tenureTotals({ additive: true, values: [value(1921, 9000), value(1923, 3000)] }, [lenin, stalin], 1917, 1953, "per-year")!;
    expect(describeTotals(totals, "sentences", "per-year")).toBe(
      "Bar chart of yearly averages per leader. Lenin: 6,000 sentences per year over 2 years with data (1921–1923); Stalin: no data.",
    );
  });
});
