// The view's events as a compact list grouped by year: date, whose tenure, title. The details
// (description, magnitude, sources) are one click away on the mechanism's page, so the compare
// page stays short and light.
import type { CatalogEvent } from "@/lib/queries/catalog";
import { eventYear } from "@/lib/compare/buildCompareView";
import { formatDayMonth } from "@/lib/format";

export function EventsByYear({
  events,
  nameOf,
  sideOf,
}: {
  events: readonly CatalogEvent[];
  nameOf: (leader: string | null) => string;
  sideOf: (leader: string | null) => "a" | "b" | null;
}) {
  if (events.length === 0) return <p className="text-muted">No event matches this view.</p>;
  const years = new Map<number, CatalogEvent[]>();
  for (const e of events) years.set(eventYear(e), [...(years.get(eventYear(e)) ?? []), e]);
  return (
    <ol className="space-y-2">
      {[...years].map(([year, list]) => (
        <li key={year} className="events-year">
          <h3 className="text-sm font-semibold tabular-nums">{year}</h3>
          <ul className="text-sm">
            {list.map((e) => (
              <li key={e.slug} id={`event-${e.slug}`} className="events-item">
                <time dateTime={e.date} className="text-muted tabular-nums">
                  {formatDayMonth(e.date)}
                </time>
                <span className={`events-side events-side-${sideOf(e.leader) ?? "none"}`} title={nameOf(e.leader)}>
                  <span className="sr-only">{nameOf(e.leader)}: </span>
                </span>
                <a href={`/mechanisms/${e.mechanisms[0]}#event-${e.slug}`} className="text-link">
                  {e.title}
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
