import type { CatalogEvent, CatalogLeader } from "@/lib/queries/catalog";
import { CitationList } from "@/components/common/CitationList";
import type { SourceIndex } from "@/lib/sources/citationLabel";
import { formatDate } from "@/lib/format";
import type { LeaderSide } from "@/components/common/leaders";
import { formatMagnitude } from "@/lib/format";

/** A mechanism's events in date order, each with its date (old style too), leader, magnitude and sources. */
export function EventList({
  events,
  sideOf,
  leaders,
  sources,
}: {
  events: readonly CatalogEvent[];
  sideOf: (leader: string | null) => LeaderSide | null;
  leaders: readonly CatalogLeader[];
  sources: SourceIndex;
}) {
  if (events.length === 0) return <p className="text-muted">No dated events are recorded for this mechanism yet.</p>;
  const leaderName = new Map(leaders.map((l) => [l.slug, l.name]));
  return (
    <ol className="event-list">
      {events.map((e) => {
        const side = sideOf(e.leader);
        return (
          <li key={e.slug} id={`event-${e.slug}`} className={side ? `event-${side}` : undefined}>
            <article aria-labelledby={`event-${e.slug}-title`}>
              <p>
                <time dateTime={e.date}>{formatDate(e.date, e.oldStyleDate)}</time>
                {` · ${e.leader ? (leaderName.get(e.leader) ?? e.leader) : "Not attributed to any leader"}`}
              </p>
              <h3 id={`event-${e.slug}-title`}>{e.title}</h3>
              <p>{e.description}</p>
              {e.magnitude ? (
                <div className="mt-2 text-sm">
                  <p>
                    <span className="font-medium">Magnitude: </span>
                    {formatMagnitude(e.magnitude)}
                  </p>
                  {e.magnitude.note ? <p className="text-muted">{e.magnitude.note}</p> : null}
                </div>
              ) : null}
              <CitationList refs={e.sources} sources={sources} className="mt-2" />
            </article>
          </li>
        );
      })}
    </ol>
  );
}
