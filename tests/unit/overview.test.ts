// The overview model (lib/compare/overview.ts): rows, their order and the computed sentences,
// for the edge cases a reader can reach with the filters and the choice of leaders.
import { describe, expect, it } from "vitest";
import { buildOverview } from "@/lib/compare/overview";
import type { Relation } from "@/lib/dataset/vocabulary";

type Side = { intensity: number; relation: Relation } | null;
type Leader = { slug: string; name: string; powerStart: string; powerEnd: string };
const nicholas: Leader = { slug: "nicholas-ii", name: "Nicholas II", powerStart: "1894-11-01", powerEnd: "1917-03-15" };
const lenin: Leader = { slug: "lenin", name: "Lenin", powerStart: "1917-11-08", powerEnd: "1923-03-10" };
const stalin: Leader = { slug: "stalin", name: "Stalin", powerStart: "1924-01-21", powerEnd: "1953-03-05" };
const khrushchev: Leader = { slug: "khrushchev", name: "Khrushchev", powerStart: "1953-09-14", powerEnd: "1964-10-14" };

function model(
  rows: { slug: string; category?: string; a: Side; b: Side; outA?: string; outB?: string }[],
  pair: { a: Leader; b: Leader; beforeA?: Leader | null; beforeB?: Leader | null; aFirst?: boolean } = { a: lenin, b: stalin, beforeA: null, beforeB: lenin },
) {
  return {
    leaderA: pair.a,
    leaderB: pair.b,
    beforeA: pair.beforeA ?? null,
    beforeB: pair.beforeB ?? null,
    aFirst: pair.aFirst ?? true,
    rows: rows.map((r, order) => ({
      mechanism: { slug: r.slug, name: r.slug.replace(/-/g, " "), category: r.category ?? "tools-of-power", categoryName: r.category ?? "Tools of power", order },
      a: r.a,
      b: r.b,
      outA: r.outA ?? (r.a ? null : "not assessed"),
      outB: r.outB ?? (r.b ? null : "not assessed"),
    })),
  } as unknown as Parameters<typeof buildOverview>[0];
}
const view: Parameters<typeof buildOverview>[1] = { cat: "all", m: [], order: "category" };
const s = (intensity: number, relation: Relation): Side => ({ intensity, relation });

describe("buildOverview", () => {
  it("no mechanism: no rows and a sentence that says so", () => {
    const o = buildOverview(model([]), view);
    expect(o.rows).toEqual([]);
    expect(o.sentences).toEqual(["No mechanism matches this view: widen the filters to compare the two leaders."]);
  });

  it("one mechanism: named in the sentence, each leader against the regime before him, with the direction of the change", () => {
    const o = buildOverview(model([{ slug: "secret-police", a: s(4, "re-created"), b: s(5, "expanded") }], { a: lenin, b: stalin, beforeA: nicholas, beforeB: lenin }), view);
    expect(o.rows).toHaveLength(1);
    expect(o.rows[0]!.change).toBe(1);
    expect(o.rows[0]!.a).toEqual({ intensity: 4, relation: "re-created", years: "1917–1923" });
    expect(o.sentences).toEqual([
      "Secret police: against what Nicholas II left, Lenin re-created it; against what Lenin left, Stalin expanded it.",
      "Stalin's intensity is higher than Lenin's.",
    ]);
  });

  it("equal intensities count as the same, not higher or lower", () => {
    const o = buildOverview(
      model([
        { slug: "x", a: s(3, "originated"), b: s(3, "kept") },
        { slug: "y", a: s(2, "originated"), b: s(5, "expanded") },
      ]),
      view,
    );
    expect(o.sentences[0]).toBe("Of the 2 mechanisms in this view, Lenin began all 2; Stalin inherited all 2 from Lenin (kept 1 and expanded 1).");
    expect(o.sentences[1]).toBe("On the 0–5 scale, Stalin's intensity against Lenin's is higher on 1 and the same on 1.");
  });

  it("a leader with no assessment: the row has no change, sorts last, and the sentence says it is not assessed", () => {
    const o = buildOverview(
      model([
        { slug: "missing", a: s(2, "originated"), b: null },
        { slug: "grew", a: s(1, "originated"), b: s(4, "transformed") },
        { slug: "fell", a: s(4, "originated"), b: s(2, "curtailed") },
      ]),
      view,
    );
    expect(o.rows.map((r) => r.slug)).toEqual(["grew", "fell", "missing"]);
    expect(o.rows[2]!.change).toBeNull();
    expect(o.sentences).toEqual([
      "Of the 3 mechanisms in this view, Lenin began all 3; Stalin, scored on 2 of them, inherited all 2 from Lenin (transformed 1 and curtailed 1).",
      "On the 0–5 scale, Stalin's intensity against Lenin's is higher on 1 and lower on 1 of the 2 scored for both.",
      "1 is not assessed for Stalin.",
    ]);
  });

  it("the words always describe the later leader against the earlier, whichever column he is in", () => {
    const o = buildOverview(
      model([{ slug: "camps", a: s(5, "expanded"), b: s(3, "re-created") }], { a: stalin, b: lenin, beforeA: lenin, beforeB: nicholas, aFirst: false }),
      view,
    );
    expect(o.later).toBe("a");
    // Stalin (column a) is later: the change is his score minus Lenin's.
    expect(o.rows[0]!.change).toBe(2);
    expect(o.sentences).toEqual([
      "Camps: against what Nicholas II left, Lenin re-created it; against what Lenin left, Stalin expanded it.",
      "Stalin's intensity is higher than Lenin's.",
    ]);
  });

  it("leaders who did not follow each other: each is measured against his own predecessor, never called the originator", () => {
    const o = buildOverview(
      model([{ slug: "secret-police", a: s(3, "expanded"), b: s(3, "curtailed") }], { a: nicholas, b: khrushchev, beforeA: null, beforeB: stalin, aFirst: true }),
      view,
    );
    expect(o.laterAgainst).toBe("Stalin");
    expect(o.sentences[0]).toBe("Secret police: Nicholas II expanded it; against what Stalin left, Khrushchev curtailed it.");
  });

  it("a leader not in power in the view's years: no score, no change, and a sentence that says why", () => {
    const o = buildOverview(
      model([
        { slug: "x", a: s(4, "originated"), b: null, outB: "not in power in 1918–1922" },
        { slug: "y", a: s(2, "originated"), b: null, outB: "not in power in 1918–1922" },
      ]),
      view,
    );
    expect(o.rows.every((r) => r.b === null && r.change === null)).toBe(true);
    expect(o.sentences).toEqual(["Of the 2 mechanisms in this view, Lenin began all 2.", "Stalin was not in power in 1918–1922: his scores are left out."]);
  });

  it("scores for other years are left out and counted", () => {
    const o = buildOverview(
      model([
        { slug: "x", a: s(4, "originated"), b: s(5, "expanded") },
        { slug: "y", a: null, outA: "scored for 1921–1923, outside 1917–1920", b: s(3, "kept") },
      ]),
      view,
    );
    expect(o.rows.find((r) => r.slug === "y")!.a).toBeNull();
    expect(o.sentences).toContain("1 of Lenin's scores cover other years and are left out.");
  });

  it("orders by category first, then by the change, largest first; other orders on request", () => {
    const rows = [
      { slug: "p-small", category: "policy", a: s(4, "originated" as const), b: s(5, "expanded" as const) },
      { slug: "t-small", a: s(4, "originated" as const), b: s(4, "kept" as const) },
      { slug: "t-big", a: s(1, "originated" as const), b: s(5, "transformed" as const) },
    ];
    expect(buildOverview(model(rows), view).rows.map((r) => r.slug)).toEqual(["p-small", "t-big", "t-small"]);
    expect(buildOverview(model(rows), { ...view, order: "change" }).rows.map((r) => r.slug)).toEqual(["t-big", "p-small", "t-small"]);
    expect(buildOverview(model(rows), { ...view, order: "a" }).rows.map((r) => r.slug)).toEqual(["p-small", "t-small", "t-big"]);
    expect(buildOverview(model(rows), { ...view, order: "name" }).rows.map((r) => r.slug)).toEqual(["p-small", "t-big", "t-small"]);
  });

  it("names the rows after the category the view is filtered to", () => {
    const o = buildOverview(
      model([
        { slug: "a", a: s(1, "originated"), b: s(2, "expanded") },
        { slug: "b", a: s(1, "originated"), b: s(2, "expanded") },
      ]),
      { cat: "policy", m: [], order: "category" },
    );
    expect(o.sentences[0]).toMatch(/^Of the 2 policies in this view, /);
  });
});
