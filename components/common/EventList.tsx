import type { CatalogEvent, CatalogLeader } from "@/lib/queries/catalog";
import { CitationList } from "@/components/common/CitationList";
import type { SourceIndex } from "@/lib/sources/citationLabel";
import { formatDate, formatMagnitude } from "@/lib/format";

/** One leader's events on a mechanism in date order, each with its date (old style too), leader, magnitude and sources. */
export function EventList({ events, leaders, sources }: { events: readonly CatalogEvent[]; leaders: readonly CatalogLeader[]; sources: SourceIndex }) {
  if (events.length === 0) return <p className="text-muted">No dated events are recorded for this mechanism yet.</p>;
  const leaderName = new Map(leaders.map((l) => [l.slug, l.name]));
  return (
    <ol className="event-list">
      {events.map((e) => (
        <li key={e.slug} id={`event-${e.slug}`}>
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
      ))}
    </ol>
  );
}
