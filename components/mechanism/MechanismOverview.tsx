// The top of a mechanism's page: every leader in time order on the same rubric — his score, what
// he did with what the regime before him left, and the measures taken between two periods in
// power — with one computed sentence, compact enough to fill a phone's first screen. Below it,
// one card per leader with the lead of his record and a link to the whole of it.
import { ScorePips } from "@/components/common/ScorePips";
import { Link } from "@/components/common/Link";
import type { Catalog } from "@/lib/queries/catalog";
import type { Strip } from "@/lib/charts/model/beforeAfterChart";
import { formatPartialDate } from "@/lib/format";
import { leadSentence } from "@/lib/compare/tableRows";
import { relationLabel } from "@/lib/compare/relationLabel";


export function MechanismOverview({ strip, catalog }: { strip: Strip; catalog: Pick<Catalog, "leaders" | "assessments" | "rubric" | "relationTerms"> }) {
  const level = new Map(catalog.rubric.map((r) => [r.level, r.label]));
  const meaning = new Map(catalog.relationTerms.map((t) => [t.relation, t.description]));
  const gapAfter = new Map(strip.gaps.map((g) => [g.after, g]));
  const leader = (slug: string) => catalog.leaders.find((l) => l.slug === slug)!;
  return (
    <>
      <section aria-labelledby="before-after" className="space-y-2">
        <h2 id="before-after" className="section-heading">
          Before and after, on the same 0–5 scale
        </h2>
        <p className="text-[0.95rem] leading-snug" data-strip-sentence>
          {strip.sentence}
        </p>
        <table className="strip-one">
          <caption className="sr-only">Each leader in time order: score from 0 to 5, and what he did with what the regime before him left</caption>
          <tbody>
            {strip.steps.map((st) => {
              const gap = gapAfter.get(st.leader);
              return [
                <tr key={st.leader}>
                  <th scope="row">
                    <a href={`#record-${st.leader}`} className="font-medium hover:underline">
                      {st.name}
                    </a>
                    <span className="block text-xs font-normal text-muted">{st.intensity === null ? "" : st.years}</span>
                  </th>
                  {st.intensity === null ? (
                    <td colSpan={2} className="text-muted">
                      not assessed
                    </td>
                  ) : (
                    <>
                      <td>
                        <ScorePips score={st.intensity} />{" "}
                        <span className="font-semibold tabular-nums">{st.intensity}</span>
                        <span className="text-muted"> · {level.get(st.intensity)}</span>
                      </td>
                      <td>
                        <abbr title={meaning.get(st.relation)} className="no-underline">
                          {relationLabel[st.relation]}
                        </abbr>
                      </td>
                    </>
                  )}
                </tr>,
                gap ? (
                  <tr key={`${st.leader}-gap`} className="strip-between">
                    <td colSpan={3}>
                      Between {st.name} and {leader(gap.before).name}:{" "}
                      {gap.events.map((e, i) => (
                        <span key={e.slug}>
                          {i > 0 ? "; " : ""}
                          <a href={`#event-${e.slug}`} className="text-link">
                            {e.title}
                          </a>{" "}
                          ({formatPartialDate(e.date)})
                        </span>
                      ))}
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="records" className="scroll-mt-4">
        <h2 id="records" className="section-heading">
          The {strip.steps.length} records, in time order
        </h2>
        <ol className="mt-3 grid gap-3 md:grid-cols-2">
          {strip.steps.map((st) => {
            const assessment = catalog.assessments.find((a) => a.leader === st.leader && a.mechanism === strip.slug);
            return (
              <li key={st.leader} id={`record-${st.leader}`} className="scroll-mt-4 rounded-lg border border-border bg-card p-3">
                <h3 className="font-semibold">
                  {st.name} <span className="text-sm font-normal text-muted">{st.intensity === null ? "" : `${st.years} · ${st.intensity}/5 · ${relationLabel[st.relation]}`}</span>
                </h3>
                {assessment ? (
                  <>
                    <p className="mt-1 text-sm">{leadSentence(assessment.summary)}</p>
                    <p className="mt-1 text-sm">
                      <Link href={`/mechanisms/${strip.slug}/${st.leader}`} className="text-link">
                        The whole record<span className="sr-only"> of {st.name}</span>: rationale, institutions, events and sources
                      </Link>
                    </p>
                  </>
                ) : (
                  <p className="text-sm text-muted">Not assessed.</p>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
