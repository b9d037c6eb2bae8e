import { describe, expect, it } from "vitest";
import { buildCompareView, decimalYear, matchesText } from "@/lib/compare/buildCompareView";
import { describeView } from "@/lib/compare/describeView";
import { lineageChains } from "@/lib/lineage/lineageChains";
import { formatDate, formatMagnitude } from "@/lib/format";
import { citationLabel } from "@/lib/sources/citationLabel";
import type { Catalog } from "@/lib/queries/catalog";
import { defaultView } from "@/lib/url/compareUrl";

const assessment = (leader: string, mechanism: string, intensity: number, summary = "text") => ({
  leader,
  mechanism,
  summary,
  startYear: 1918,
  endYear: 1922,
  intensity,
  intensityRationale: "why",
  relation: "originated",
  institutions: [],
  sources: [{ source: "s", locator: null }],
});
const event = (slug: string, date: string, leader: string | null, mechanisms: string[], title = slug) => ({
  slug,
  date,
  precision: "day",
  oldStyleDate: null,
  title,
  description: "",
  leader,
  mechanisms,
  magnitude: null,
  sources: [],
});

const catalog = {
  leaders: [
    { slug: "lenin", name: "Lenin", powerStart: "1917-11-08", powerEnd: "1924-01-21" },
    { slug: "stalin", name: "Stalin", powerStart: "1924-01-21", powerEnd: "1953-03-05" },
  ],
  categories: [
    { slug: "tools-of-power", name: "Tools of power", description: "" },
    { slug: "policy", name: "Policy", description: "" },
  ],
  mechanisms: [
    { slug: "censorship", name: "Censorship and propaganda", description: "", category: "tools-of-power" },
    { slug: "secret-police", name: "Secret police", description: "", category: "tools-of-power" },
    { slug: "nep", name: "New Economic Policy", description: "", category: "policy" },
  ],
  assessments: [
    assessment("lenin", "censorship", 4, "Closed the opposition press."),
    assessment("stalin", "censorship", 5),
    assessment("lenin", "secret-police", 4, "Founded the Cheka."),
    assessment("stalin", "secret-police", 5),
    assessment("lenin", "nep", 4),
    assessment("stalin", "nep", 2),
  ],
  events: [
    event("press-decree", "1917-11-09", "lenin", ["censorship"]),
    event("cheka", "1917-12-20", "lenin", ["secret-police"], "Cheka founded"),
    event("kronstadt", "1921-03", "lenin", ["secret-police", "nep"], "Kronstädt rising"),
    event("order-00447", "1937-07-30", "stalin", ["secret-police"]),
    event("february", "1917-03", null, ["censorship"]),
  ],
  claims: [],
} as unknown as Catalog;

describe("buildCompareView", () => {
  it("shows every mechanism and event by default", () => {
    const model = buildCompareView(catalog, defaultView);
    expect(model.rows.map((r) => r.mechanism.slug)).toEqual(["censorship", "secret-police", "nep"]);
    expect(model.events).toHaveLength(5);
    expect(model.rows[1]?.eventsA.map((e) => e.slug)).toEqual(["cheka", "kronstadt"]);
    expect(model.rows[1]?.eventsB.map((e) => e.slug)).toEqual(["order-00447"]);
  });

  it("filters by category, mechanisms and years together", () => {
    const model = buildCompareView(catalog, { ...defaultView, cat: "tools-of-power", m: ["secret-police"], from: 1918, to: 1938 });
    expect(model.rows.map((r) => r.mechanism.slug)).toEqual(["secret-police"]);
    expect(model.events.map((e) => e.slug)).toEqual(["kronstadt", "order-00447"]);
  });

  it("searches summaries and events, ignoring case and accents", () => {
    const bySummary = buildCompareView(catalog, { ...defaultView, q: "opposition PRESS" });
    expect(bySummary.rows.map((r) => r.mechanism.slug)).toEqual(["censorship"]);
    const byEvent = buildCompareView(catalog, { ...defaultView, q: "kronstadt" });
    expect(byEvent.rows.map((r) => r.mechanism.slug)).toEqual(["secret-police", "nep"]);
    expect(byEvent.events.map((e) => e.slug)).toEqual(["kronstadt"]);
  });

  it("swaps sides when the leaders are swapped", () => {
    const model = buildCompareView(catalog, { ...defaultView, a: "stalin", b: "lenin" });
    expect(model.rows[0]?.a?.leader).toBe("stalin");
    expect(model.rows[0]?.b?.intensity).toBe(4);
  });
});

describe("describeView", () => {
  it("names the leaders, the mechanisms and the years", () => {
    const { title } = describeView({ ...defaultView, m: ["censorship", "secret-police"], from: 1918, to: 1938 }, catalog);
    expect(title).toBe("Lenin vs Stalin: censorship and propaganda and secret police, 1918–1938");
  });

  it("names the category when no mechanism is picked, and says nothing of default years", () => {
    expect(describeView({ ...defaultView, cat: "policy" }, catalog).title).toBe("Lenin vs Stalin: policy");
  });
});

describe("helpers", () => {
  it("matchesText ignores case and diacritics", () => {
    expect(matchesText("kronstadt", "Kronstädt")).toBe(true);
    expect(matchesText("", "anything")).toBe(true);
    expect(matchesText("tambov", "Kronstadt", null)).toBe(false);
  });

  it("decimalYear places a date within its year", () => {
    expect(decimalYear("1917")).toBe(1917);
    expect(decimalYear("1924-07-01")).toBeCloseTo(1924.497, 2);
  });

  it("formats dates at their precision with the old style", () => {
    expect(formatDate("1917-11-07")).toBe("7 November 1917");
    expect(formatDate("1918-09")).toBe("September 1918");
    expect(formatDate("1917-11-07", "1917-10-25")).toBe("7 November 1917 (25 October old style)");
    expect(formatDate("1918-01-01", "1917-12-19")).toBe("1 January 1918 (19 December 1917 old style)");
  });

  it("formats ranges and source labels", () => {
    expect(formatMagnitude({ low: 1200, best: 1500, high: 2168, unit: "people executed" })).toBe(
      "1,200–2,168 (best estimate 1,500) people executed",
    );
    expect(formatMagnitude({ best: 681692, unit: null })).toBe("681,692");
    expect(formatMagnitude({ low: 50000, unit: "executions" })).toBe("at least 50,000 executions");
    const index = new Map([
      ["conquest-1990", { slug: "conquest-1990", authors: "Robert Conquest", year: 1990, title: "" }],
      ["davies-wheatcroft-2004", { slug: "davies-wheatcroft-2004", authors: "R. W. Davies and Stephen G. Wheatcroft", year: 2004, title: "" }],
    ]);
    expect(citationLabel("conquest-1990", index)).toBe("Conquest (1990)");
    expect(citationLabel("davies-wheatcroft-2004", index)).toBe("Davies and Wheatcroft (2004)");
    expect(citationLabel("missing-2000", index)).toBe("missing-2000");
  });
});

describe("lineageChains", () => {
  const inst = (slug: string, founded: string, dissolved: string | null, predecessors: string[], successors: string[], mechanisms = ["secret-police"]) => ({
    slug,
    name: slug.toUpperCase(),
    abbreviation: null,
    founded,
    dissolved,
    predecessors: predecessors.map((s) => ({ slug: s })),
    successors,
    mechanisms,
  });
  const all = [
    inst("gpu", "1922-02-06", "1923-11-15", ["cheka"], ["ogpu"]),
    inst("cheka", "1917-12-20", "1922-02-06", [], ["gpu"]),
    inst("ogpu", "1923-11-15", "1934-07-10", ["gpu"], []),
    inst("glavlit", "1922-06-06", null, [], [], ["censorship"]),
  ];

  it("links predecessors into one chain, ordered by founding", () => {
    const chains = lineageChains(all, [], 1917, 1953);
    expect(chains[0]?.members.map((m) => m.slug)).toEqual(["cheka", "gpu", "ogpu"]);
    expect(chains).toHaveLength(2);
  });

  it("keeps only chains serving the selected mechanisms and years", () => {
    expect(lineageChains(all, ["censorship"], 1917, 1953).map((c) => c.members[0]?.slug)).toEqual(["glavlit"]);
    expect(lineageChains(all, ["secret-police"], 1940, 1953)).toEqual([]);
  });
});
