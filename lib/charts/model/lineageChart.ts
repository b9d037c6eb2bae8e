// Institutional lineage: the institutions of the view's mechanisms as chains of succession.
import { chartCaption } from "../../export/chartCaption";
import { formatPartialDate } from "../../format";
import { lineageChains, type LineageChain } from "../../lineage/lineageChains";
import type { Catalog } from "../../queries/catalog";
import type { ChartCommon, ChartInput } from "./chartModel";

export type LineageChart = ChartCommon & { kind: "lineage"; chains: LineageChain<Catalog["institutions"][number]>[]; from: number; to: number };

export function lineageChart({ catalog, model, view }: ChartInput): LineageChart {
  const chains = lineageChains(catalog.institutions, model.mechanisms.map((m) => m.slug), view.from, view.to);
  const { title, source, legend } = chartCaption(catalog, view, "lineage");
  return {
    kind: "lineage",
    chains,
    from: view.from,
    to: view.to,
    title,
    caption: "Who inherited what: each row is a chain of institutions, each succeeding the one before; bars span founding to abolition.",
    source,
    legend,
    notes: [],
    table: {
      caption: `Institutions in succession, ${view.from}–${view.to}`,
      columns: ["Chain", "Institution", "Founded", "Dissolved"],
      rows: chains.flatMap((c, i) => c.members.map((m) => [i + 1, m.abbreviation ? `${m.abbreviation} (${m.name})` : m.name, formatPartialDate(m.founded), m.dissolved ? formatPartialDate(m.dissolved) : null])),
    },
    unit: null,
    empty: chains.length === 0 ? "No institution matches these filters." : null,
  };
}
