import { Link } from "@/components/common/Link";
import type { CompareRow } from "@/lib/compare/buildCompareView";
import { formatDate, formatMagnitude } from "@/lib/format";
import { CitationList } from "@/components/common/CitationList";
import type { SourceIndex } from "@/lib/sources/citationLabel";

/** One row's evidence for each side: the full summary, the institutions, the score's rationale, the events and the sources. Server-rendered. */
export function EvidencePanel({
  row,
  nameA,
  nameB,
  sources,
  institutions,
}: {
  row: CompareRow;
  nameA: string;
  nameB: string;
  sources: SourceIndex;
  /** Institution names by slug. */
  institutions: Record<string, string>;
}) {
  const sides = [
    { key: "a", name: nameA, assessment: row.a, events: row.eventsA, accent: "border-leader-a" },
    { key: "b", name: nameB, assessment: row.b, events: row.eventsB, accent: "border-leader-b" },
  ];
  return (
    <div>
      <div className="grid gap-4 md:grid-cols-2">
        {sides.map((s) => (
          <section key={s.key} aria-label={`${s.name}: evidence on ${row.mechanism.name}`} className={`border-l-4 pl-3 ${s.accent}`}>
            <h4 className="font-semibold">{s.name}</h4>
            {s.assessment ? (
              <>
                <p className="mt-1 text-sm">{s.assessment.summary}</p>
                {s.assessment.institutions.length > 0 ? (
                  <p className="mt-1 text-sm">
                    <span className="font-medium">Institutions:</span> {s.assessment.institutions.map((i) => institutions[i] ?? i).join(", ")}
                  </p>
                ) : null}
                <p className="mt-1 text-sm">
                  <span className="font-medium">Why {s.assessment.intensity}/5:</span> {s.assessment.intensityRationale}
                </p>
                <CitationList refs={s.assessment.sources} sources={sources} className="mt-1" />
              </>
            ) : (
              <p className="text-sm text-muted">No assessment.</p>
            )}
            <h5 className="mt-3 text-sm font-medium">Events in the selected years ({s.events.length})</h5>
            {s.events.length === 0 ? (
              <p className="text-sm text-muted">None in the selected years.</p>
            ) : (
              <ol className="mt-1 space-y-2">
                {s.events.map((e) => (
                  <li key={e.slug} className="text-sm">
                    <p>
                      <time dateTime={e.date} className="font-medium">
                        {formatDate(e.date, e.oldStyleDate)}
                      </time>
                      : {e.title}
                    </p>
                    <p className="text-muted">{e.description}</p>
                    {e.magnitude ? <p className="text-xs">Scale: {formatMagnitude(e.magnitude)}{e.magnitude.note ? `. ${e.magnitude.note}` : ""}</p> : null}
                    <CitationList refs={e.sources} sources={sources} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
      <p className="mt-3 text-sm">
        <Link href={`/mechanisms/${row.mechanism.slug}`} className="underline underline-offset-4">
          Everything on {row.mechanism.name.toLowerCase()}
        </Link>
        {row.claims > 0 ? `, including ${row.claims} of the essay's claims checked` : ""}
      </p>
    </div>
  );
}
