import { describe, expect, it } from "vitest";
import { claimsForMechanisms, countByVerdict, filterClaims } from "@/lib/essay/filterClaims";
import { defaultEssayView, essayClaimsHref, resolveEssayView, serializeEssayView } from "@/lib/url/essayUrl";

const catalog = { mechanisms: [{ slug: "secret-police" }, { slug: "purges" }, { slug: "nep" }] };

const claims = [
  { slug: "a", verdict: "supported" as const, mechanisms: ["secret-police"] },
  { slug: "b", verdict: "contradicted" as const, mechanisms: ["purges", "nep"] },
  { slug: "c", verdict: "contradicted" as const, mechanisms: ["secret-police"] },
  { slug: "d", verdict: "disputed" as const, mechanisms: ["nep"] },
];
const slugs = (list: { slug: string }[]) => list.map((c) => c.slug);

describe("filterClaims", () => {
  it("shows every claim, in order, when nothing is chosen", () => {
    expect(slugs(filterClaims(claims, defaultEssayView))).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps only the claims with the chosen verdict", () => {
    expect(slugs(filterClaims(claims, { verdict: "contradicted", m: [] }))).toEqual(["b", "c"]);
  });

  it("keeps claims about any of the chosen mechanisms", () => {
    expect(slugs(filterClaims(claims, { verdict: null, m: ["purges", "secret-police"] }))).toEqual(["a", "b", "c"]);
  });

  it("combines verdict and mechanisms", () => {
    expect(slugs(filterClaims(claims, { verdict: "contradicted", m: ["nep"] }))).toEqual(["b"]);
    expect(filterClaims(claims, { verdict: "partly-supported", m: ["nep"] })).toEqual([]);
  });

  it("counts every verdict, zero included, over the claims in scope", () => {
    expect(countByVerdict(claims)).toEqual({ supported: 1, "partly-supported": 0, disputed: 1, contradicted: 2 });
    expect(countByVerdict(claimsForMechanisms(claims, ["nep"]))).toEqual({
      supported: 0,
      "partly-supported": 0,
      disputed: 1,
      contradicted: 1,
    });
  });
});

describe("resolveEssayView", () => {
  it("reads a valid link without notices", () => {
    expect(resolveEssayView({ verdict: "contradicted", m: "purges,secret-police" }, catalog)).toEqual({
      view: { verdict: "contradicted", m: ["secret-police", "purges"] },
      notices: [],
    });
  });

  it("gives the defaults for an empty address, and for the form's empty verdict", () => {
    expect(resolveEssayView({}, catalog)).toEqual({ view: defaultEssayView, notices: [] });
    expect(resolveEssayView({ verdict: "", m: "" }, catalog)).toEqual({ view: defaultEssayView, notices: [] });
  });

  it("accepts mechanisms repeated by the HTML form as well as comma-separated", () => {
    const { view, notices } = resolveEssayView({ m: ["nep", "purges,nep"] }, catalog);
    expect(view.m).toEqual(["purges", "nep"]);
    expect(notices).toEqual([]);
  });

  it("ignores an unknown verdict and says so", () => {
    const { view, notices } = resolveEssayView({ verdict: "bogus", m: "nep" }, catalog);
    expect(view).toEqual({ verdict: null, m: ["nep"] });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('verdict="bogus"');
    expect(notices[0]).toContain("contradicted");
  });

  it("drops unknown mechanisms, keeps the known ones and names what was ignored", () => {
    const { view, notices } = resolveEssayView({ m: "secret-police,no-such-thing,other" }, catalog);
    expect(view.m).toEqual(["secret-police"]);
    expect(notices).toEqual(['In m="secret-police,no-such-thing,other": unknown mechanisms "no-such-thing", "other"; the others were kept.']);
  });

  it("uses the first of repeated verdicts and says so", () => {
    const { view, notices } = resolveEssayView({ verdict: ["disputed", "supported"] }, catalog);
    expect(view.verdict).toBe("disputed");
    expect(notices[0]).toMatch(/given 2 times/);
  });

  it("serialises a view back to the same link, leaving defaults out", () => {
    expect(serializeEssayView("/essay", { verdict: "contradicted", m: ["secret-police", "purges"] })).toBe(
      "/essay?verdict=contradicted&m=secret-police,purges",
    );
    expect(serializeEssayView("/essay", defaultEssayView)).toBe("/essay");
    const link = serializeEssayView({ verdict: "disputed", m: ["nep"] });
    const params = Object.fromEntries(new URLSearchParams(link));
    expect(resolveEssayView(params, catalog).view).toEqual({ verdict: "disputed", m: ["nep"] });
  });

  it("links a view to the claims section, so a card or the form lands on the results", () => {
    expect(essayClaimsHref({ verdict: "contradicted", m: ["secret-police"] })).toBe("/essay?verdict=contradicted&m=secret-police#claims");
    expect(essayClaimsHref({})).toBe("/essay#claims");
    // What the plain HTML form sends (an empty verdict, one m per box) reads as the same view.
    const submitted = { verdict: "", m: ["secret-police", "purges"] };
    const { view, notices } = resolveEssayView(submitted, catalog);
    expect(notices).toEqual([]);
    expect(essayClaimsHref(view)).toBe("/essay?m=secret-police,purges#claims");
  });
});
