// Before and after, drawn from its chart model: one strip per mechanism with every leader in time
// order — his 0–5 score as filled pips and written out, and his relation word — and, under a strip,
// the measures taken between two periods in power. Drawn on the server as a table, so the chart and
// its text alternative are one element and it prints in black and white.
import { ScorePips } from "@/components/common/ScorePips";
import { Link } from "@/components/common/Link";
import { formatPartialDate } from "@/lib/format";
import type { BeforeAfterChart } from "@/lib/charts/model/beforeAfterChart";
import { relationLabel } from "@/lib/compare/relationLabel";


export function BeforeAfterStrips({ chart, headingId, showSentences = false }: { chart: BeforeAfterChart; headingId: string; showSentences?: boolean }) {
  const name = new Map(chart.leaders.map((l) => [l.slug, l.name]));
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={headingId}>
      <table className="strips">
        <caption id={headingId} className="sr-only">
          {chart.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Mechanism</th>
            {chart.leaders.map((l) => (
              <th key={l.slug} scope="col">
                {l.name}
                <span className="block text-xs font-normal text-muted">{l.years}</span>
              </th>
            ))}
          </tr>
        </thead>
        {chart.strips.map((s) => (
          <tbody key={s.slug}>
            <tr>
              <th scope="row">
                <Link href={`/mechanisms/${s.slug}`} className="underline-offset-2 hover:underline">
                  {s.name}
                </Link>
              </th>
              {s.steps.map((st) => (
                <td key={st.leader}>
                  {st.intensity === null ? (
                    <span className="text-muted">not assessed</span>
                  ) : (
                    <>
                      <ScorePips score={st.intensity} />{" "}
                      <span className="tabular-nums font-semibold">{st.intensity}</span>
                      <span className="sr-only"> of 5,</span> <span className="strip-relation">{relationLabel[st.relation]}</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
            {s.gaps.length > 0 || showSentences ? (
              <tr className="strip-note">
                <td colSpan={chart.leaders.length + 1}>
                  {showSentences ? <p>{s.sentence}</p> : null}
                  {s.gaps.map((g) => (
                    <p key={g.after}>
                      <span className="font-medium">{`Between ${name.get(g.after)} and ${name.get(g.before)}:`}</span>{" "}
                      {/* One string: a text node per piece cost a comment marker each in the HTML. */}
                      {g.events.map((e) => `${e.title} (${formatPartialDate(e.date)})`).join("; ")}
                    </p>
                  ))}
                </td>
              </tr>
            ) : null}
          </tbody>
        ))}
      </table>
    </div>
  );
}
