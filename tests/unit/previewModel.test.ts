// What the link previews show (lib/previews/previewModel.ts), from the dataset's own files: the
// view's answer in a few rows, the rest counted, each step of the argument drawn as its display asks.
import { describe, expect, it } from "vitest";
import { buildCompareView } from "@/lib/compare/buildCompareView";
import { buildOverview } from "@/lib/compare/overview";
import { resolveCatalogView } from "@/lib/compare/resolveCatalogView";
import { argumentPreview, compareViewPreview, essayPreview, mechanismPreview, PREVIEW_ROWS, sourcesPreview, stepPreview } from "@/lib/previews/previewModel";
import { exportCatalog as catalog } from "../support/exportCatalog";

const view = (query: string) => resolveCatalogView(catalog, Object.fromEntries(new URLSearchParams(query))).view;

describe("link preview models", () => {
  it("a compare view: its overview's first rows in the view's order, the rest counted, its first sentence", () => {
    const v = view("order=change");
    const overview = buildOverview(buildCompareView(catalog, v), v);
    const preview = compareViewPreview(catalog, v, "title");
    expect(preview.sentence).toBe(overview.sentences[0]);
    expect(preview.figure).toEqual({
      kind: "dumbbell",
      rows: overview.rows.slice(0, PREVIEW_ROWS).map((r) => ({ label: r.name, a: r.a?.intensity ?? null, b: r.b?.intensity ?? null })),
      more: Math.max(0, overview.rows.length - PREVIEW_ROWS),
    });
  });

  it("a mechanism: both leaders' scores and relations; an unknown slug: nothing", () => {
    const preview = mechanismPreview(catalog, "secret-police")!;
    const assessments = catalog.assessments.filter((a) => a.mechanism === "secret-police");
    expect(preview.figure).toMatchObject({ kind: "scores", sides: [{ side: "a", name: "Lenin" }, { side: "b", name: "Stalin" }] });
    if (preview.figure.kind !== "scores") throw new Error("scores expected");
    for (const side of preview.figure.sides) {
      const assessed = assessments.find((a) => a.leader === (side.side === "a" ? "lenin" : "stalin"));
      expect(side.score).toBe(assessed?.intensity ?? null);
    }
    expect(mechanismPreview(catalog, "no-such-mechanism")).toBeNull();
  });

  it("each step of the argument draws what its display shows", () => {
    const kinds = { overview: "dumbbell", table: "dumbbell", lineage: "dumbbell", figures: "dumbbell", series: "series", timeline: "timeline", totals: "bars" } as const;
    catalog.argument.forEach((step, i) => {
      const preview = stepPreview(catalog, step, { number: i + 1, total: catalog.argument.length });
      expect(preview.figure.kind, step.slug).toBe(kinds[step.display]);
      expect(preview.kicker).toBe(`The argument · step ${i + 1} of ${catalog.argument.length}`);
      if ("rows" in preview.figure) expect(preview.figure.rows.length, step.slug).toBeLessThanOrEqual(PREVIEW_ROWS);
    });
  });

  it("a series step: its values with gaps kept, and the highest year in the sentence", () => {
    const step = { title: "A series", display: "series" as const, view: `?chart=series&series=${catalog.metrics[0]!.slug}` };
    const preview = stepPreview(catalog, step, { number: 1, total: 1 });
    if (preview.figure.kind !== "series") throw new Error("series expected");
    const known = preview.figure.points.filter((p) => p.value !== null);
    const peak = known.reduce((max, p) => (p.value! > max.value! ? p : max));
    expect(preview.sentence).toContain(`highest in ${peak.year}`);
  });

  it("the essay, the argument and the sources: counts that add up to the dataset", () => {
    const essay = essayPreview(catalog);
    if (essay.figure.kind !== "bars") throw new Error("bars expected");
    expect(essay.figure.rows.reduce((n, r) => n + r.value, 0)).toBe(catalog.claims.length);
    const sources = sourcesPreview(catalog);
    if (sources.figure.kind !== "bars") throw new Error("bars expected");
    expect(sources.figure.rows.reduce((n, r) => n + r.value, 0) + 0).toBeLessThanOrEqual(catalog.sources.length);
    expect(sources.sentence).toContain(`${catalog.sources.length} sources`);
    expect(argumentPreview(catalog).kicker).toBe(`The argument in ${catalog.argument.length} steps`);
  });
});
