import { decimalYear } from "../compare/buildCompareView";
import type { CatalogEvent } from "../queries/catalog";

export type TimelinePoint = {
  slug: string;
  /** Decimal year of the event's date. */
  x: number;
  /** Index into the returned categories. */
  y: number;
  mechanism: string;
  leader: "a" | "b" | "none";
  title: string;
  date: string;
};

export type TimelineCategory = { slug: string; name: string };

type TimelineEvent = Pick<CatalogEvent, "slug" | "date" | "title" | "leader" | "mechanisms">;

/**
 * Places each event on the row of the first of its mechanisms in the selection's order.
 * Only mechanisms that have at least one event become rows, so the y-axis has no empty rows;
 * events with none of the selected mechanisms are left out. Events of neither compared leader
 * (such as those before November 1917) are kept as "none".
 */
export function timelineData(
  events: readonly TimelineEvent[],
  mechanisms: readonly TimelineCategory[],
  sideA: string,
  sideB: string,
): { points: TimelinePoint[]; categories: TimelineCategory[] } {
  const order = new Map(mechanisms.map((m, i) => [m.slug, i]));
  const placed = events.flatMap((e) => {
    const rows = e.mechanisms.map((m) => order.get(m)).filter((i) => i !== undefined);
    return rows.length === 0 ? [] : [{ event: e, row: Math.min(...rows) }];
  });

  const used = [...new Set(placed.map((p) => p.row))].sort((x, y) => x - y);
  const categories = used.map((i) => mechanisms[i]!);
  const y = new Map(used.map((row, index) => [row, index]));

  const points = placed.map(({ event, row }) => ({
    slug: event.slug,
    // To a thousandth of a year (under half a day): the points go to the browser, where the full
    // float's 17 digits were a tenth of the timeline's page weight.
    x: Math.round(decimalYear(event.date) * 1000) / 1000,
    y: y.get(row)!,
    mechanism: mechanisms[row]!.name,
    leader: event.leader === sideA ? ("a" as const) : event.leader === sideB ? ("b" as const) : ("none" as const),
    title: event.title,
    date: event.date,
  }));
  points.sort((p, q) => p.x - q.x);
  return { points, categories };
}
