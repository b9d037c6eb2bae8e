// What the side-by-side table needs on the client: the cells, not the evidence. The evidence
// (events, rationale, citations) is rendered on the server only for the rows a reader opens.
import type { CompareRow } from "./buildCompareView";

/** The first sentence of a summary: the table shows one, the opened row the whole text. */
export function firstSentence(text: string): string {
  // A full stop followed by a space and a capital, not one inside "c." or "e.g." or an initial.
  const end = /(?<![A-Z]|\b(?:c|e\.g|i\.e|cf|vs|St|Dr|pp?))[.!?](?=\s+[A-Z"“(])/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

export type TableRow = ReturnType<typeof tableRows>[number];

export function tableRows(rows: CompareRow[], open: string[]) {
  const cell = (a: CompareRow["a"]) =>
    a && {
      intensity: a.intensity,
      summary: firstSentence(a.summary),
      startYear: a.startYear,
      endYear: a.endYear,
      relation: a.relation,
    };
  return rows.map((r) => ({
    mechanism: { slug: r.mechanism.slug, name: r.mechanism.name, categoryName: r.mechanism.categoryName, order: r.mechanism.order },
    a: cell(r.a),
    b: cell(r.b),
    open: open.includes(r.mechanism.slug),
  }));
}
