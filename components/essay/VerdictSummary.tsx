import { Link } from "@/components/common/Link";
import { serializeEssayView, type EssayView } from "@/lib/url/essayUrl";
import { verdictLabels, verdicts, type Verdict } from "@/lib/essay/verdicts";
import { VerdictBadge } from "@/components/common/VerdictBadge";

/** How many claims received each verdict; each count links to the claims behind it. */
export function VerdictSummary({
  counts,
  total,
  view,
  scope,
}: {
  counts: Record<Verdict, number>;
  total: number;
  view: EssayView;
  scope: string;
}) {
  return (
    <section aria-labelledby="verdict-counts">
      <h2 id="verdict-counts" className="section-heading">
        Verdicts on {scope}
      </h2>
      <ul className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {verdicts.map((v) => {
          const selected = view.verdict === v;
          return (
            <li key={v}>
              <Link
                href={serializeEssayView("/essay", { verdict: selected ? null : v, m: view.m })}
                aria-current={selected ? "true" : undefined}
                aria-label={`${counts[v]} of ${total} ${verdictLabels[v].toLowerCase()}${selected ? " (shown; follow to show all verdicts)" : ""}`}
                className={`flex h-full flex-col items-start gap-2 rounded-lg border bg-card p-3 hover:border-accent ${selected ? "border-accent ring-2 ring-accent" : "border-border"}`}
              >
                <span className="text-3xl font-bold tabular-nums">{counts[v]}</span>
                <VerdictBadge verdict={v} />
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
