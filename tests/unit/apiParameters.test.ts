import { describe, expect, it } from "vitest";
import { defaultFilters, parseApiParameters, type ApiParameterName, type Vocabulary } from "@/lib/api/parameters";
import { resolveView, searchParamsToRecord } from "@/lib/url/readCompareUrl";

const vocabulary: Vocabulary = {
  leaders: ["lenin", "stalin", "trotsky"],
  mechanisms: ["censorship", "secret-police", "nep"].map((slug) => ({ slug, category: "x" })),
  metrics: [{ slug: "vdem-civil-liberties", aliases: [] }],
  events: [],
};
const compare = ["a", "b", "cat", "m", "from", "to", "q"] as const satisfies readonly ApiParameterName[];

const parse = (query: string, allowed: readonly ApiParameterName[] = compare) =>
  parseApiParameters(new URLSearchParams(query), allowed, vocabulary);

/** The issues of a request that must fail. */
function issues(query: string, allowed: readonly ApiParameterName[] = compare) {
  const result = parse(query, allowed);
  if (result.ok) throw new Error(`expected ${query} to be refused`);
  return result.issues;
}

describe("parseApiParameters: valid requests", () => {
  it("gives every filter its default when the query is empty", () => {
    expect(parse("")).toEqual({ ok: true, filters: defaultFilters });
    expect(defaultFilters).toMatchObject({ a: "lenin", b: "stalin", cat: "all", m: [], from: 1917, to: 1953, q: "", verdict: null });
  });

  it("turns each given parameter into its filter", () => {
    const result = parse("a=stalin&b=trotsky&cat=tools-of-power&m=secret-police,censorship&from=1918&to=1938&q=Cheka");
    expect(result).toEqual({
      ok: true,
      filters: {
        ...defaultFilters,
        a: "stalin",
        b: "trotsky",
        cat: "tools-of-power",
        m: ["secret-police", "censorship"],
        from: 1918,
        to: 1938,
        q: "Cheka",
      },
    });
  });

  it("trims, drops empty and repeated list items, and treats an empty value as absent", () => {
    const result = parse("m=censorship,%20nep,,censorship&q=%20%20terror%20&from=");
    expect(result).toMatchObject({ ok: true, filters: { m: ["censorship", "nep"], q: "terror", from: 1917 } });
  });

  it("reads the essay's and the bibliography's filters where the endpoint takes them", () => {
    expect(parse("verdict=contradicted&m=nep", ["m", "verdict", "q"])).toMatchObject({
      ok: true,
      filters: { verdict: "contradicted", m: ["nep"] },
    });
    expect(parse("kind=dataset", ["kind", "q"])).toMatchObject({ ok: true, filters: { kind: "dataset" } });
  });

  it("means what the dashboard means by the same query string", () => {
    const catalog = vocabulary;
    for (const query of ["", "m=censorship,secret-police&from=1918&to=1938", "a=stalin&b=lenin&q=Kronstadt", "cat=policy&m=nep&to=1925"]) {
      const { view, notices } = resolveView(searchParamsToRecord(new URLSearchParams(query)), catalog);
      expect(notices).toEqual([]);
      const result = parse(query);
      expect(result.ok).toBe(true);
      if (result.ok) for (const key of compare) expect(result.filters[key], `${key} in "${query}"`).toEqual(view[key]);
    }
  });
});

describe("parseApiParameters: each problem becomes an issue naming the parameter", () => {
  it.each([
    ["from=abc", "from", "not a year"],
    ["to=19380", "to", "not a year"],
    ["from=1800", "from", "must be between 1894 and 1964"],
    ["to=2000", "to", "must be between 1894 and 1964"],
    ["from=1940&to=1930", "from", "after to (1940 > 1930)"],
    ["cat=economy", "cat", "must be one of all, tools-of-power, policy, goals"],
    ["m=nope", "m", 'unknown mechanism "nope"'],
    ["m=nope,censorship,gone", "m", 'unknown mechanisms "nope", "gone"'],
    ["m=Censorship", "m", 'unknown mechanism "Censorship"'],
    ["a=bukharin", "a", 'no leader "bukharin" in the dataset'],
    ["a=stalin&b=stalin", "b", 'names the same leader as a ("stalin")'],
    ["a=stalin", "a", 'names the same leader as b, whose default is "stalin"; give b as well'],
    [`q=${"x".repeat(201)}`, "q", "longer than 200 characters"],
    ["m=nep&m=censorship", "m", "given 2 times; separate values with commas, e.g. m=x,y"],
    ["bogus=1", "bogus", "unknown parameter; this endpoint takes a, b, cat, m, from, to, q"],
    ["mechanisms=nep", "mechanisms", 'unknown parameter; did you mean "m"?'],
  ])("%s", (query, parameter, reason) => {
    expect(issues(query)).toEqual([{ parameter, reason }]);
  });

  it("refuses the essay's and the bibliography's values that are not theirs", () => {
    expect(issues("verdict=maybe", ["verdict"])).toEqual([
      { parameter: "verdict", reason: "must be one of supported, partly-supported, disputed, contradicted" },
    ]);
    expect(issues("kind=blog", ["kind"])).toEqual([
      { parameter: "kind", reason: "must be one of scholarly, primary, dataset, encyclopedia, essay" },
    ]);
  });

  it("treats a filter the endpoint does not take as unknown", () => {
    expect(issues("verdict=supported")).toEqual([
      { parameter: "verdict", reason: "unknown parameter; this endpoint takes a, b, cat, m, from, to, q" },
    ]);
    expect(issues("from=1918", [])).toEqual([{ parameter: "from", reason: "unknown parameter; this endpoint takes no parameters" }]);
  });

  it("reports every bad parameter at once, in the order the request gave them", () => {
    expect(issues("bogus=1&from=abc&m=nope&cat=x&q=ok").map((i) => i.parameter)).toEqual(["bogus", "from", "m", "cat"]);
  });
});
