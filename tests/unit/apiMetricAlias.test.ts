// A renamed series keeps its old address: /api/v1/metrics/{old slug} answers exactly as the new
// one does, and the alias is part of the series' record.
import { describe, expect, it } from "vitest";
import { toApiDataset } from "@/lib/api/dataset";
import { dataEndpoints } from "@/lib/api/endpoints";
import { defaultFilters } from "@/lib/api/parameters";
import type { Catalog } from "@/lib/queries/catalog";
import { exportCatalog } from "../support/exportCatalog";

const catalog: Catalog = {
  ...exportCatalog,
  metrics: exportCatalog.metrics.map((m) => ({ ...m, slug: "death-sentences", aliases: ["executions"] })),
};
const dataset = toApiDataset(catalog);
const get = (slug: string) => dataEndpoints.metric.answer(dataset, defaultFilters, slug);

describe("GET /api/v1/metrics/{slug} for a renamed series", () => {
  it("answers the old slug with the series under its new slug, as the new slug does", () => {
    const byAlias = get("executions");
    expect(byAlias).toEqual(get("death-sentences"));
    expect(dataEndpoints.metric.response.parse(byAlias)).toMatchObject({ data: { slug: "death-sentences", aliases: ["executions"] } });
  });

  it("lists the alias with the series and still answers 404 (null) for a slug that is neither", () => {
    const list = dataEndpoints.metrics.answer(dataset, defaultFilters, "") as { data: { slug: string; aliases: string[] }[] };
    expect(list.data.map((m) => [m.slug, m.aliases])).toEqual([["death-sentences", ["executions"]]]);
    expect(get("no-such-series")).toBeNull();
  });
});
