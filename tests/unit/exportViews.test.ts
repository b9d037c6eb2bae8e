import { describe, expect, it } from "vitest";
import { chartCaption } from "@/lib/export/chartCaption";
import { compareHref, downloadHref, embedHref, embedSnippet } from "@/lib/export/exportLinks";
import { attachment, datasetFileStem, viewFileName, viewFileStem } from "@/lib/export/fileNames";
import { filterSummary } from "@/lib/export/filterSummary";
import { eventsExport, tableExport, toCsv, toJson } from "@/lib/export/viewExport";
import { resolveCatalogView } from "@/lib/compare/resolveCatalogView";
import { defaultView, type ViewState } from "@/lib/url/compareUrl";
import { exportCatalog as catalog } from "../support/exportCatalog";
import { parseCsvRecords } from "../support/parseCsv";

const view = (patch: Partial<ViewState>): ViewState => ({ ...defaultView, ...patch });
const rowsOf = parseCsvRecords;

describe("table download", () => {
  it("has a header row and one row per mechanism the filters show", () => {
    const csv = toCsv(tableExport(catalog, view({ cat: "tools-of-power", from: 1918, to: 1938 })));
    const [header] = csv.split("\r\n");
    expect(header).toBe(
      "mechanism,mechanism_slug,category," +
        "lenin_intensity,lenin_years,lenin_summary,lenin_institutions,lenin_relation,lenin_sources," +
        "stalin_intensity,stalin_years,stalin_summary,stalin_institutions,stalin_relation,stalin_sources",
    );
    const rows = rowsOf(csv);
    expect(rows.map((r) => r.mechanism)).toEqual(["Censorship and propaganda", "Secret police"]);
    expect(rows[1]).toMatchObject({
      category: "Tools of power",
      lenin_intensity: "3",
      lenin_years: "1917–1923",
      lenin_summary: "Founded the Cheka.",
      lenin_institutions: "Cheka",
      lenin_relation: "originated",
      lenin_sources: "Conquest (1990), p. 12",
      stalin_intensity: "5",
      stalin_institutions: "Cheka; NKVD",
      stalin_relation: "expanded",
    });
  });

  it("keeps the table's order: the URL's sort, ties in the view's order", () => {
    const byB = tableExport(catalog, view({ sort: { id: "b", desc: true } }));
    expect(byB.rows.map((r) => r.mechanism_slug)).toEqual(["censorship", "secret-police", "nep"]);
    const byA = tableExport(catalog, view({ sort: { id: "a", desc: false } }));
    expect(byA.rows.map((r) => r.mechanism_slug)).toEqual(["secret-police", "censorship", "nep"]);
    const byMechanism = tableExport(catalog, view({ sort: { id: "mechanism", desc: true } }));
    expect(byMechanism.rows.map((r) => r.mechanism_slug)).toEqual(["nep", "secret-police", "censorship"]);
  });

  it("names the columns after the leaders, in the view's order", () => {
    const { columns, rows } = tableExport(catalog, view({ a: "stalin", b: "lenin", m: ["nep"] }));
    expect(columns.slice(3, 5)).toEqual(["stalin_intensity", "stalin_years"]);
    expect(rows).toEqual([expect.objectContaining({ mechanism_slug: "nep", stalin_intensity: 2, lenin_intensity: 4 })]);
  });

  it("in JSON keeps lists as lists and says which view and dataset the rows come from", () => {
    const v = view({ m: ["secret-police"], from: 1918, to: 1938 });
    const json = toJson(catalog, v, "table", tableExport(catalog, v));
    expect(json.title).toBe("Mechanisms compared: Lenin vs Stalin: secret police, 1918–1938");
    expect(json.view).toBe("/?m=secret-police&from=1918&to=1938");
    expect(json.dataset.version).toBe("1.0.0");
    expect(json.rows[0]?.stalin_institutions).toEqual(["Cheka", "NKVD"]);
  });
});

describe("events download", () => {
  it("has one row per event of the view's list, with its magnitude and sources", () => {
    const csv = toCsv(eventsExport(catalog, view({ m: ["secret-police"], from: 1918, to: 1938 })));
    expect(csv.split("\r\n")[0]).toBe(
      "date,old_style_date,title,leader,mechanisms,magnitude_low,magnitude_best,magnitude_high,magnitude_unit,magnitude_note,description,sources,slug",
    );
    const rows = rowsOf(csv);
    expect(rows.map((r) => r.slug)).toEqual(["kronstadt", "order-00447"]);
    expect(rows[0]).toMatchObject({
      date: "1921-03",
      old_style_date: "",
      title: "Kronstädt rising",
      leader: "Lenin",
      mechanisms: "Secret police; New Economic Policy",
      magnitude_low: "1000",
      magnitude_best: "2000",
      magnitude_high: "3000",
      magnitude_unit: "people killed",
      description: 'About Kronstädt rising, "quoted", with a comma.',
      sources: "Pipes (1990)",
    });
    expect(rows[1]).toMatchObject({ magnitude_low: "", magnitude_best: "386798" });
  });

  it("follows the search like the page does", () => {
    const { rows } = eventsExport(catalog, view({ q: "kronstadt" }));
    expect(rows.map((r) => r.slug)).toEqual(["kronstadt"]);
  });

  it("resolves request parameters as the page does, reporting what it ignored", () => {
    const { view: v, notices } = resolveCatalogView(catalog, { m: "secret-police,nowhere", from: "1930" });
    expect(v.m).toEqual(["secret-police"]);
    expect(v.from).toBe(1930);
    expect(notices).toContainEqual(expect.stringContaining(`unknown mechanism "nowhere"`));
    expect(eventsExport(catalog, v).rows.map((r) => r.slug)).toEqual(["order-00447"]);
  });
});

describe("file names", () => {
  it("say the leaders, the mechanisms, the years and what the file holds", () => {
    const v = view({ m: ["censorship", "secret-police"], from: 1918, to: 1938 });
    expect(viewFileStem(v)).toBe("lenin-vs-stalin_censorship-secret-police_1918-1938");
    expect(viewFileName(v, "table", "csv")).toBe("lenin-vs-stalin_censorship-secret-police_1918-1938_table.csv");
    expect(viewFileName(v, "timeline-chart", "png")).toBe("lenin-vs-stalin_censorship-secret-police_1918-1938_timeline-chart.png");
  });

  it("use the category or 'all' without mechanisms, and mark a search", () => {
    expect(viewFileStem(view({ cat: "policy" }))).toBe("lenin-vs-stalin_policy_1917-1953");
    expect(viewFileStem(view({ a: "stalin", b: "lenin", q: "Kronstadt" }))).toBe("stalin-vs-lenin_all_1917-1953-search");
  });

  it("stay short for long selections", () => {
    const many = Array.from({ length: 12 }, (_, i) => `a-rather-long-mechanism-${i}`);
    expect(viewFileStem(view({ m: many }))).toBe("lenin-vs-stalin_12-mechanisms_1917-1953");
  });

  it("name the dataset after its version, and quote safely in Content-Disposition", () => {
    expect(`${datasetFileStem("1.0.0")}.zip`).toBe("lenin-vs-stalin-dataset-1.0.0.zip");
    expect(attachment("a.csv")).toBe("attachment; filename=a.csv");
    expect(attachment('é"x.csv')).toBe(`attachment; filename="?\\"x.csv"; filename*=UTF-8''%C3%A9%22x.csv`);
  });
});

describe("links", () => {
  const v = view({ m: ["censorship"], from: 1918, chart: "timeline", open: ["censorship"], hide: ["relation"], event: "cheka", sort: { id: "b", desc: true } });

  it("downloads carry the filters and the sort, not what is open or hidden", () => {
    expect(downloadHref("table.csv", v)).toBe("/download/table.csv?m=censorship&from=1918&sort=b.desc");
  });

  it("embeds carry the chart, and link back to the same view", () => {
    expect(embedHref("chart", v)).toBe("/embed/chart?m=censorship&from=1918&chart=timeline&sort=b.desc");
    expect(embedHref("chart", v, "series")).toContain("chart=series");
    expect(embedHref("table", v)).toBe("/embed/table?m=censorship&from=1918&sort=b.desc");
    expect(compareHref(v)).toBe("/?m=censorship&from=1918&chart=timeline&sort=b.desc");
  });

  it("the embed code is an escaped iframe 480 px high and as wide as its container", () => {
    expect(embedSnippet("https://x.org/embed/chart?a=1&b=2", 'A "chart"')).toBe(
      '<iframe src="https://x.org/embed/chart?a=1&amp;b=2" title="A &quot;chart&quot;" width="100%" height="480" style="border:0" loading="lazy"></iframe>',
    );
  });
});

describe("chart captions and the printed filters", () => {
  it("title the chart with the view and name its sources", () => {
    const v = view({ m: ["secret-police"], from: 1918, to: 1938, series: "executions" });
    expect(chartCaption(catalog, v, "intensity").title).toBe("Intensity by mechanism (0–5) — Lenin vs Stalin: secret police, 1918–1938");
    const series = chartCaption(catalog, v, "series");
    expect(series.title).toBe("Death sentences (sentences) by year, 1918–1938 — periods in power of Lenin vs Stalin shaded");
    expect(series.source).toMatch(/^Source: Popov \(1992\)\. Dataset: Test dataset, version 1\.0\.0\.$/);
    expect(chartCaption(catalog, { ...v, norm: "per-year" }, "totals").title).toContain("average per year in power");
    expect(series.legend).toEqual([
      { label: "Lenin", color: "var(--leader-a)" },
      { label: "Stalin", color: "var(--leader-b)" },
    ]);
  });

  it("list every filter in words", () => {
    expect(filterSummary(view({ m: ["censorship", "nep"], from: 1918, to: 1938, q: "press" }), catalog)).toEqual([
      ["Leaders", "Lenin vs Stalin"],
      ["Category", "all"],
      ["Mechanisms", "Censorship and propaganda, New Economic Policy"],
      ["Years", "1918–1938"],
      ["Search", "“press”"],
      ["Chart", "Intensity by mechanism"],
    ]);
  });
});
