// What the side-by-side table needs on the client: the cells, not the evidence. The evidence
// (events, rationale, citations) is rendered on the server only for the rows a reader opens.
import { firstSentence } from "../text/firstSentence";
import type { CompareRow } from "./buildCompareView";

/** Longest lead the table shows; a longer first sentence is cut at a word and ends in "…". */
export const LEAD_MAX = 180;

/**
 * The lead of a summary: its first sentence, shortened at a word when longer than LEAD_MAX.
 * The table shows the lead; the opened row (and the mechanism page) the whole text.
 */
export function leadSentence(text: string): string {
  const sentence = firstSentence(text);
  if (sentence.length <= LEAD_MAX) return sentence;
  const cut = sentence.slice(0, LEAD_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:—–\s]+$/, "")}…`;
}

export type TableRow = ReturnType<typeof tableRows>[number];

export function tableRows(rows: CompareRow[], open: string[]) {
  const cell = (a: CompareRow["a"], out: string | null) =>
    a && {
      /** Why this score does not count in the view's years ("not in power in 1918–1922"), or null. */
      out,
      intensity: a.intensity,
      summary: leadSentence(a.summary),
      startYear: a.startYear,
      endYear: a.endYear,
      relation: a.relation,
    };
  return rows.map((r) => ({
    mechanism: { slug: r.mechanism.slug, name: r.mechanism.name, categoryName: r.mechanism.categoryName, order: r.mechanism.order },
    a: cell(r.a, r.outA),
    b: cell(r.b, r.outB),
    open: open.includes(r.mechanism.slug),
  }));
}
