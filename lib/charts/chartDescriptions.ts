// One-sentence summaries of what each chart shows, for the aria-label of its figure. Screen
// readers get the gist here and the exact numbers from the data table under the chart.
import type { ViewState } from "../url/compareUrl";
import { formatNumber } from "../format";
import type { SeriesPoint } from "./seriesData";
import type { TenureTotal } from "./tenureTotals";
import type { TimelinePoint } from "./timelineData";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function describeTimeline(points: readonly TimelinePoint[], rows: number, nameA: string, nameB: string): string {
  if (points.length === 0) return "Timeline of events: no events in the selection.";
  const count = (side: TimelinePoint["leader"]) => points.filter((p) => p.leader === side).length;
  const years = points.map((p) => Math.floor(p.x));
  return (
    `Timeline of ${plural(points.length, "event")} from ${Math.min(...years)} to ${Math.max(...years)} across ${plural(rows, "mechanism")}: ` +
    `${count("a")} under ${nameA}, ${count("b")} under ${nameB}, ${count("none")} under neither.`
  );
}

export function describeSeries(points: readonly SeriesPoint[], name: string, unit: string): string {
  const known = points.filter((p): p is SeriesPoint & { best: number } => p.best !== null);
  if (known.length === 0) return `${name}: no values in the selected years.`;
  const first = known[0]!;
  const last = known.at(-1)!;
  const top = known.reduce((m, p) => (p.best > m.best ? p : m));
  return (
    `Line chart of ${name} (${unit}), ${first.year}–${last.year}: ${formatNumber(first.best)} in ${first.year}, ` +
    `${formatNumber(last.best)} in ${last.year}, highest ${formatNumber(top.best)} in ${top.year}.`
  );
}

export function describeTotals(totals: readonly TenureTotal[], unit: string, norm: ViewState["norm"]): string {
  const parts = totals.map((t) =>
    t.value === null
      ? `${t.name}: no data`
      : `${t.name}: ${formatNumber(t.value)} ${unit}${norm === "per-year" ? " per year" : ""} over ${plural(t.yearsCovered, "year")} with data (${t.firstYear}–${t.lastYear})`,
  );
  return `Bar chart of ${norm === "per-year" ? "yearly averages" : "totals"} per leader. ${parts.join("; ")}.`;
}
