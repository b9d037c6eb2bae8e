// The one chart model (lib/charts/model) and what is drawn from it: every kind of chart gives a
// title, a source line, a data table whose rows match its columns, a CSV that carries the unit and
// the source on every row, and an SVG document; missing data is part of the model, in words.
import { describe, expect, it } from "vitest";
import { buildCompareView } from "@/lib/compare/buildCompareView";
import { resolveCatalogView } from "@/lib/compare/resolveCatalogView";
import { buildChart } from "@/lib/charts/model/chartModel";
import { chartCsv } from "@/lib/charts/model/chartCsv";
import { chartSvg } from "@/lib/charts/svg/chartSvg";
import { chartValues } from "@/lib/url/compareUrl";
import { parseCsv } from "../support/parseCsv";
import { exportCatalog as catalog } from "../support/exportCatalog";

function chartFor(query: string) {
  const { view } = resolveCatalogView(catalog, Object.fromEntries(new URLSearchParams(query)));
  return buildChart(view.chart, { catalog, model: buildCompareView(catalog, view), view });
}

describe("every kind of chart", () => {
  it.each(chartValues)("%s: a title, a source, a table whose rows fit its columns, a CSV and an SVG", (kind) => {
    const chart = chartFor(`chart=${kind}`);
    expect(chart.kind).toBe(kind);
    expect(chart.title.length).toBeGreaterThan(10);
    expect(chart.source).toMatch(/Dataset: Test dataset, version 1\.0\.0/);
    for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);

    const csv = parseCsv(chartCsv(chart));
    expect(csv[0]).toEqual([...chart.table.columns, "unit", "source"]);
    expect(csv).toHaveLength(chart.table.rows.length + 1);
    for (const row of csv.slice(1)) expect(row.at(-1)).toBe(chart.source);

    const { svg, width, height } = chartSvg(chart);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`<title>${chart.title.replace(/&/g, "&amp;")}</title>`);
    expect(width).toBe(760);
    expect(height).toBeGreaterThan(60);
  });
});

describe("missing data is part of the model", () => {
  it("a series names the years with no published figure, in the table and in the notes", () => {
    const chart = chartFor("chart=series&from=1919&to=1922");
    if (chart.kind !== "series") throw new Error("not a series");
    const notes = chart.table.rows.filter((r) => r[0] === 1919 || r[0] === 1920).map((r) => r.at(-1));
    expect(notes).toEqual(["no published figure", "no published figure"]);
    expect(chart.table.rows.find((r) => r[0] === 1921)).toEqual([1921, 9701, null, null, null]);
    expect(chart.notes.join(" ")).toContain("No published figure for 1919–1920, 1922");
  });

  it("a total says which years it covers and which have no figure", () => {
    const chart = chartFor("chart=totals");
    if (chart.kind !== "totals") throw new Error("not totals");
    const lenin = chart.totals.find((t) => t.leader === "lenin")!;
    expect(lenin.total).toBe(9701);
    expect(lenin.coverage).toMatch(/^1921 only; no published figure for 1918–1920, 1922/);
  });

  it("an empty view says why instead of drawing nothing", () => {
    const chart = chartFor("chart=timeline&q=nothing-matches-this");
    expect(chart.empty).toMatch(/No dated event/);
    expect(chartSvg(chart).svg).toContain("No dated event");
  });
});
