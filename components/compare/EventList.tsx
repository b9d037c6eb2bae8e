import Link from "next/link";
import type { Catalog } from "@/lib/queries/catalog";
import { formatDateWithOldStyle, formatRange } from "@/lib/format";
import { Citations, type Lookup } from "./EvidencePanel";

type Leader = Catalog["leaders"][number];

export function EventList({
  events,
  leaderA,
  leaderB,
  lookup,
}: {
  events: Catalog["events"];
  leaderA: Leader;
  leaderB: Leader;
  lookup: Lookup;
}) {
  const side = (slug: string | null) => (slug === leaderA.slug ? "a" : slug === leaderB.slug ? "b" : null);
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading" className="text-xl font-semibold">
        Events ({events.length})
      </h2>
      {events.length === 0 ? <p className="mt-2 text-muted">No event matches these filters.</p> : null}
      <ol className="mt-3 space-y-3">
        {events.map((e) => {
          const s = side(e.leader);
          return (
            <li
              key={e.slug}
              id={`event-${e.slug}`}
              className={`scroll-mt-4 border-l-4 pl-3 ${s === "a" ? "border-leader-a" : s === "b" ? "border-leader-b" : "border-border"}`}
            >
              <p className="text-sm">
                <time dateTime={e.date} className="font-medium">
                  {formatDateWithOldStyle(e.date, e.oldStyleDate)}
                </time>
                <span className="text-muted"> · {s === "a" ? leaderA.name : s === "b" ? leaderB.name : "no leader"}</span>
              </p>
              <h3 className="font-semibold">{e.title}</h3>
              <p className="text-sm">{e.description}</p>
              {e.magnitude ? (
                <p className="text-sm">
                  Scale: {formatRange(e.magnitude)}
                  {e.magnitude.note ? <span className="text-muted">. {e.magnitude.note}</span> : null}
                </p>
              ) : null}
              <p className="text-xs text-muted">
                {e.mechanisms.map((m, i) => (
                  <span key={m}>
                    {i > 0 ? ", " : ""}
                    <Link href={`/mechanisms/${m}`} className="underline underline-offset-2">
                      {m.replaceAll("-", " ")}
                    </Link>
                  </span>
                ))}
                {" · "}
                <Citations list={e.sources} lookup={lookup} />
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
