import { describe, expect, it } from "vitest";
import { parseView, resolveView, type ViewCatalog } from "@/lib/url/readCompareUrl";
import { defaultView, serializeView, viewParsers, type ViewKey, type ViewState } from "@/lib/url/compareUrl";

const catalog: ViewCatalog = {
  leaders: ["lenin", "stalin", "trotsky"],
  mechanisms: [
    { slug: "censorship", category: "tools-of-power" },
    { slug: "secret-police", category: "tools-of-power" },
    { slug: "nep", category: "policy" },
  ],
  metrics: [
    { slug: "vdem-civil-liberties", aliases: [] },
    { slug: "death-sentences", aliases: ["executions"] },
  ],
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
    // A value other than its default for each key: typed as the whole view, so a key added to
    // viewParsers fails the typecheck here until it is given one.
    const view: ViewState = {
      a: "stalin",
      b: "trotsky",
      cat: "tools-of-power",
      m: ["secret-police"],
      from: 1920,
      to: 1930,
      q: "Kronstadt & co",
      chart: "totals",
      series: "death-sentences",
      norm: "per-year",
      sort: { id: "b", desc: true },
      hide: ["relation"],
      open: ["secret-police"],
      event: "red-terror-decree",
      events: "all",
      order: "change",
      figures: "table",
    };
    const keys = Object.keys(viewParsers).sort();
    expect(Object.keys(view).sort()).toEqual(keys);
    for (const key of keys as ViewKey[]) expect(view[key], `${key} differs from its default`).not.toEqual(defaultView[key]);

    const query = serializeView(view);
    // Every key is written to the address (none left out as a default) and read back as it was.
    expect([...new URLSearchParams(query).keys()].sort()).toEqual(keys);
    const { view: back, notices } = parse(query.slice(1));
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
    expect(notices).toEqual(['In m="censorship,time-travel": unknown mechanism "time-travel"; the others were kept.']);
    expect(parse("m=time-travel").notices).toEqual(['Ignored m="time-travel": unknown mechanism "time-travel".']);
  });

  it("reads a renamed series' old slug as the new one, without a notice, and writes the new one", () => {
    const { view, notices } = parse("chart=series&series=executions");
    expect(view.series).toBe("death-sentences");
    expect(notices).toEqual([]);
    expect(serializeView(view)).toBe("?chart=series&series=death-sentences");
    expect(parse("series=no-such-series").notices).toEqual(['Ignored series="no-such-series": no such series in the dataset.']);
  });

  it("falls back to the default for a year that is not a number, keeping the other", () => {
    const { view, notices } = parse("from=abc&to=1938");
    expect([view.from, view.to]).toEqual([1917, 1938]);
    expect(notices.join(" ")).toMatch(/Ignored from="abc": not a year/);
  });

  it("refuses a start after the end, keeping the end", () => {
    const { view, notices } = parse("from=1940&to=1920");
    expect([view.from, view.to]).toEqual([1917, 1920]);
    expect(notices).toEqual(['Ignored from="1940": after to (1940 > 1920).']);
  });

  it("refuses years outside 1894–1964, the four leaders' span", () => {
    const { view, notices } = parse("from=1800&to=1938");
    expect(view.from).toBe(1917);
    expect(notices).toEqual(['Ignored from="1800": must be between 1894 and 1964.']);
  });

  it("refuses an unknown leader and the same leader on both sides", () => {
    expect(parse("a=napoleon").notices).toEqual(['Ignored a="napoleon": no leader "napoleon" in the dataset.']);
    const same = parse("a=stalin&b=stalin");
    expect([same.view.a, same.view.b]).toEqual(["lenin", "stalin"]);
    expect(same.notices[0]).toMatch(/same leader/);
  });

  it("uses the first of repeated parameters and says so", () => {
    const { view, notices } = parse("cat=policy&cat=goals");
    expect(view.cat).toBe("policy");
    expect(notices).toEqual(['In cat="policy, goals": given 2 times; only the first was used.']);
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

describe("parseView: one result per parameter", () => {
  const raw = (query: string) => Object.fromEntries(new URLSearchParams(query));

  it("says which parameters are valid, invalid (with the reason) or missing", () => {
    const parsed = parseView(raw("cat=policy&from=abc&m=censorship,nope"), catalog);
    expect(parsed.cat).toEqual({ status: "valid", value: "policy" });
    expect(parsed.from).toEqual({ status: "invalid", given: "abc", reason: "not a year" });
    expect(parsed.to).toEqual({ status: "missing" });
    expect(parsed.m).toEqual({
      status: "invalid",
      given: "censorship,nope",
      reason: 'unknown mechanism "nope"',
      salvage: { value: ["censorship"], note: "the others were kept" },
    });
  });

  it("blames the leader the request gave when both sides are the same", () => {
    expect(parseView(raw("a=stalin"), catalog).a).toMatchObject({ status: "invalid", reason: expect.stringContaining("whose default is") });
    expect(parseView(raw("b=lenin"), catalog).b).toMatchObject({ status: "invalid", reason: expect.stringContaining("whose default is") });
    expect(parseView(raw("a=trotsky&b=trotsky"), catalog).b).toMatchObject({ status: "invalid", reason: 'names the same leader as a ("trotsky")' });
  });

  it("only reads the keys it is asked for", () => {
    const parsed = parseView(raw("a=napoleon&cat=policy"), catalog, ["cat"]);
    expect(parsed.a).toEqual({ status: "missing" });
    expect(parsed.cat).toEqual({ status: "valid", value: "policy" });
  });

  it("shows a leader given on its own against the default other side", () => {
    const { view, notices } = parse("a=stalin");
    expect([view.a, view.b]).toEqual(["lenin", "stalin"]);
    expect(notices).toEqual(['Ignored a="stalin": names the same leader as b, whose default is "stalin"; give b as well.']);
    expect(parse("a=stalin&b=lenin").view).toMatchObject({ a: "stalin", b: "lenin" });
  });

  it("a to before the default from, with no from, is named rather than giving an empty range", () => {
    const { view, notices } = resolveView({ to: "1900" }, catalog);
    expect([view.from, view.to]).toEqual([1917, 1953]);
    expect(notices).toEqual(['Ignored to="1900": before from, whose default is 1917; give from as well.']);
    expect(resolveView({ from: "1894", to: "1900" }, catalog).view).toMatchObject({ from: 1894, to: 1900 });
  });
});
