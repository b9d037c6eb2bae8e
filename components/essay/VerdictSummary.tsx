import { Link } from "@/components/common/Link";
import { essayClaimsHref, type EssayView } from "@/lib/url/essayUrl";
import { verdictLabels, verdicts, type Verdict } from "@/lib/essay/verdicts";
import { VerdictBadge } from "@/components/common/VerdictBadge";

/**
 * How many claims received each verdict; each count is a link that shows the claims behind it
 * (or, when already chosen, all verdicts again), landing on the list. Compact, so that on a
 * phone the four cards and the first claims share the screen.
 */
export function VerdictSummary({ counts, total, view }: { counts: Record<Verdict, number>; total: number; view: EssayView }) {
  return (
    <ul className="grid grid-cols-2 gap-2 lg:grid-cols-4">
      {verdicts.map((v) => {
        const selected = view.verdict === v;
        return (
          <li key={v}>
            <Link
              href={essayClaimsHref({ verdict: selected ? null : v, m: view.m })}
              aria-current={selected ? "true" : undefined}
              aria-label={`${counts[v]} of ${total} ${verdictLabels[v].toLowerCase()}${selected ? " (shown; follow to show all verdicts)" : ""}`}
              className={`flex h-full items-center gap-2 rounded-lg border bg-card px-3 py-2 hover:border-accent ${selected ? "border-accent ring-2 ring-accent" : "border-border"}`}
            >
              <span className="text-2xl font-bold tabular-nums">{counts[v]}</span>
              <VerdictBadge verdict={v} />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
