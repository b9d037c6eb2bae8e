import { describe, expect, it } from "vitest";
import { defaultView, resolveView, serializeView, type ViewCatalog } from "@/lib/viewState";

const catalog: ViewCatalog = {
  leaders: ["lenin", "stalin", "trotsky"],
  mechanisms: [
    { slug: "censorship", category: "tools-of-power" },
    { slug: "secret-police", category: "tools-of-power" },
    { slug: "nep", category: "policy" },
  ],
  metrics: ["vdem-civil-liberties", "executions"],
  events: ["red-terror-decree"],
};

const parse = (query: string) => {
  const raw: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(query)) {
    const prev = raw[k];
    raw[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return resolveView(raw, catalog);
};

describe("serializeView", () => {
  it("leaves defaults out of the URL", () => {
    expect(serializeView(defaultView)).toBe("");
  });

  it("writes short, readable parameters", () => {
    const url = serializeView({ ...defaultView, m: ["censorship", "secret-police"], from: 1918, to: 1938 });
    expect(decodeURIComponent(url)).toBe("?m=censorship,secret-police&from=1918&to=1938");
  });

  it("round-trips every parameter through resolveView", () => {
    const view = {
      ...defaultView,
      a: "stalin",
      b: "trotsky",
      cat: "tools-of-power" as const,
      m: ["secret-police"],
      from: 1920,
      to: 1930,
      q: "Kronstadt & co",
      chart: "totals" as const,
      series: "executions",
      norm: "per-year" as const,
      sort: { id: "b" as const, desc: true },
      hide: ["relation" as const],
      open: ["secret-police"],
      event: "red-terror-decree",
      events: "all" as const,
    };
    const { view: back, notices } = parse(serializeView(view).slice(1));
    expect(notices).toEqual([]);
    expect(back).toEqual(view);
  });
});

describe("resolveView", () => {
  it("gives the default view for an empty query", () => {
    expect(parse("")).toEqual({ view: defaultView, notices: [] });
  });

  it("drops unknown mechanisms, keeps known ones and says which were ignored", () => {
    const { view, notices } = parse("m=censorship,time-travel");
    expect(view.m).toEqual(["censorship"]);
    expect(notices).toEqual(['Ignored unknown mechanism "time-travel".']);
  });

  it("falls back to the default for a year that is not a number, keeping the other", () => {
    const { view, notices } = parse("from=abc&to=1938");
    expect([view.from, view.to]).toEqual([1917, 1938]);
    expect(notices.join(" ")).toMatch(/Ignored from="abc": not a year/);
  });

  it("refuses a reversed range", () => {
    const { view, notices } = parse("from=1940&to=1920");
    expect([view.from, view.to]).toEqual([1917, 1953]);
    expect(notices).toEqual(['Ignored the years 1940–1920: "From" is after "To".']);
  });

  it("refuses years outside 1917–1953", () => {
    const { view, notices } = parse("from=1800&to=1938");
    expect(view.from).toBe(1917);
    expect(notices[0]).toMatch(/covers 1917–1953/);
  });

  it("refuses an unknown leader and the same leader on both sides", () => {
    expect(parse("a=napoleon").notices[0]).toMatch(/no leader by that name/);
    const same = parse("a=stalin&b=stalin");
    expect([same.view.a, same.view.b]).toEqual(["lenin", "stalin"]);
    expect(same.notices[0]).toMatch(/same leader/);
  });

  it("uses the first of repeated parameters and says so", () => {
    const { view, notices } = parse("cat=policy&cat=goals");
    expect(view.cat).toBe("policy");
    expect(notices[0]).toMatch(/"cat" was given 2 times/);
  });

  it("ignores invalid enums, sorts, series and events with a notice each", () => {
    const { view, notices } = parse("cat=weather&chart=pie&sort=price.up&series=gdp&event=moon-landing&norm=log&events=some");
    expect(view).toEqual(defaultView);
    expect(notices).toHaveLength(7);
  });

  it("cuts an over-long search and truncates long values in notices", () => {
    const long = "x".repeat(5000);
    const { view, notices } = parse(`q=${long}&series=${long}`);
    expect(view.q).toHaveLength(200);
    expect(notices.every((n) => n.length < 200)).toBe(true);
  });

  it("keeps links from before the 'mechanisms' parameter was renamed to 'm' working", () => {
    expect(parse("mechanisms=nep").view.m).toEqual(["nep"]);
  });
});
