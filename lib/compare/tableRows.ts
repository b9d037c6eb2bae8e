// What the side-by-side table needs on the client: the cells, not the evidence. The evidence
// (events, rationale, citations) is rendered on the server only for the rows a reader opens.
import type { CompareRow } from "./buildCompareView";

export type TableRow = ReturnType<typeof tableRows>[number];

export function tableRows(rows: CompareRow[], open: string[]) {
  const cell = (a: CompareRow["a"]) =>
    a && {
      intensity: a.intensity,
      summary: a.summary,
      startYear: a.startYear,
      endYear: a.endYear,
      relation: a.relation,
      institutions: a.institutions,
    };
  return rows.map((r) => ({
    mechanism: { slug: r.mechanism.slug, name: r.mechanism.name, categoryName: r.mechanism.categoryName, order: r.mechanism.order },
    a: cell(r.a),
    b: cell(r.b),
    open: open.includes(r.mechanism.slug),
  }));
}
