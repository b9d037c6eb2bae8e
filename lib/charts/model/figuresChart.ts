// Contested figures: every published estimate of the totals historians disagree on, as marks on
// one logarithmic scale, each saying who gives it; the lowest and highest estimate of each figure
// are written out, so a phone (or a reader without a mouse) sees the spread and its authors.
import { chartCaption } from "../../export/chartCaption";
import { formatMagnitude } from "../../format";
import type { Catalog } from "../../queries/catalog";
import { citationText, indexSources } from "../../sources/citationLabel";
import { contestedScale, estimateSpan, type ContestedScale } from "../contestedScale";
import type { ChartCommon, ChartInput } from "./chartModel";

type Figure = Catalog["figures"][number];
export type FigureMark = { attribution: string; said: string; left: number; width: number; source: string };
export type FigureRow = {
  slug: string;
  title: string;
  years: string;
  unit: string;
  marks: FigureMark[];
  /** The lowest and the highest estimate, with who gives each. */
  lowest: string;
  highest: string;
};
export type FiguresChart = ChartCommon & { kind: "figures"; rows: FigureRow[]; ticks: ContestedScale["ticks"] };

const lowEnd = (e: Figure["estimates"][number]) => e.low ?? e.best ?? e.high ?? Infinity;
const highEnd = (e: Figure["estimates"][number]) => e.high ?? e.best ?? e.low ?? -Infinity;

export function figuresChart({ catalog, view }: ChartInput): FiguresChart {
  const { from, to } = view;
  const sources = indexSources(catalog.sources);
  const shown = catalog.figures.filter((f) => f.endYear >= from && f.startYear <= to);
  const scale = contestedScale(shown.flatMap((f) => f.estimates));
  const rows: FigureRow[] = scale
    ? shown.map((f) => {
        const said = (e: Figure["estimates"][number]) => `${e.attribution}: ${formatMagnitude({ ...e, unit: f.unit })}`;
        const lowest = [...f.estimates].sort((x, y) => lowEnd(x) - lowEnd(y))[0]!;
        const highest = [...f.estimates].sort((x, y) => highEnd(y) - highEnd(x))[0]!;
        return {
          slug: f.slug,
          title: f.title,
          years: f.startYear === f.endYear ? String(f.startYear) : `${f.startYear}–${f.endYear}`,
          unit: f.unit,
          marks: f.estimates.flatMap((e) => {
            const span = estimateSpan(e, scale);
            return span ? [{ attribution: e.attribution, said: said(e), ...span, source: citationText(e, sources) }] : [];
          }),
          lowest: said(lowest),
          highest: said(highest),
        };
      })
    : [];
  const { title, source, legend } = chartCaption(catalog, view, "figures");
  return {
    kind: "figures",
    rows,
    ticks: scale?.ticks ?? [],
    title,
    caption: `Where historians and official statistics disagree, ${from}–${to}: each mark is one author's estimate (a bar for a range), on a logarithmic scale.`,
    source,
    legend,
    notes: [],
    table: {
      caption: `Published estimates of the contested figures, ${from}–${to}`,
      columns: ["Figure", "Who", "Estimate", "Source"],
      rows: shown.flatMap((f) => f.estimates.map((e) => [f.title, e.attribution, formatMagnitude({ ...e, unit: f.unit }), citationText(e, sources)])),
    },
    unit: null,
    empty: rows.length === 0 ? `No contested figure falls in ${from}–${to}.` : null,
  };
}
