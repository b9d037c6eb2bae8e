// The overview model (lib/compare/overview.ts): rows, their order and the computed sentences,
// for the edge cases a reader can reach with the filters.
import { describe, expect, it } from "vitest";
import { buildOverview } from "@/lib/compare/overview";
import type { Relation } from "@/lib/dataset/vocabulary";

type Side = { intensity: number; relation: Relation } | null;

function model(rows: { slug: string; category?: string; a: Side; b: Side }[]) {
  return {
    leaderA: { name: "Lenin" },
    leaderB: { name: "Stalin" },
    rows: rows.map((r, order) => ({
      mechanism: { slug: r.slug, name: r.slug.replace(/-/g, " "), category: r.category ?? "tools-of-power", categoryName: r.category ?? "Tools of power", order },
      a: r.a,
      b: r.b,
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

  it("one mechanism: named in the sentence, with the direction of the change", () => {
    const o = buildOverview(model([{ slug: "secret-police", a: s(4, "originated"), b: s(5, "expanded") }]), view);
    expect(o.rows).toHaveLength(1);
    expect(o.rows[0]!.change).toBe(1);
    expect(o.sentences).toEqual(["secret police: Lenin originated it; Stalin expanded it.", "Stalin's intensity is higher than Lenin's."]);
  });

  it("equal intensities count as the same, not higher or lower", () => {
    const o = buildOverview(
      model([
        { slug: "x", a: s(3, "originated"), b: s(3, "kept") },
        { slug: "y", a: s(2, "originated"), b: s(5, "expanded") },
      ]),
      view,
    );
    expect(o.sentences[0]).toBe("Of the 2 mechanisms in this view, Lenin originated all of them; Stalin kept 1 and expanded 1.");
    expect(o.sentences[1]).toBe("On the 0–5 scale, Stalin's intensity is higher on 1 and the same on 1.");
  });

  it("a leader with no assessment: the row has no change, sorts last, and the sentence says it is not assessed", () => {
    const o = buildOverview(
      model([
        { slug: "missing", a: s(2, "originated"), b: null },
        { slug: "grew", a: s(1, "originated"), b: s(4, "transformed") },
        { slug: "fell", a: s(4, "originated"), b: s(2, "reversed") },
      ]),
      view,
    );
    expect(o.rows.map((r) => r.slug)).toEqual(["grew", "fell", "missing"]);
    expect(o.rows[2]!.change).toBeNull();
    expect(o.sentences[0]).toBe("Of the 3 mechanisms in this view, Lenin originated all of them; Stalin transformed 1 and reversed 1, and 1 is not assessed for Stalin.");
    expect(o.sentences[1]).toBe("On the 0–5 scale, Stalin's intensity is higher on 1 and lower on 1 of the 2 assessed for both.");
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
