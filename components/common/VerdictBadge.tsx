import { isVerdict, verdictLabels, type Verdict } from "@/lib/essay/verdicts";

const tone: Record<Verdict, { mark: string; className: string }> = {
  supported: {
    mark: "✓",
    className: "border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100",
  },
  "partly-supported": {
    mark: "◐",
    className: "border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100",
  },
  disputed: {
    mark: "⇄",
    className: "border-violet-700 bg-violet-50 text-violet-900 dark:border-violet-400 dark:bg-violet-950 dark:text-violet-100",
  },
  contradicted: {
    mark: "✗",
    className: "border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100",
  },
};

/** A claim's verdict in words, with a mark and a colour that only repeat what the words say. */
export function VerdictBadge({ verdict }: { verdict: string }) {
  if (!isVerdict(verdict)) {
    return <span className="inline-flex rounded border border-border px-2 py-0.5 text-sm">Verdict: {verdict}</span>;
  }
  const { mark, className } = tone[verdict];
  return (
    <span className={`inline-flex items-center gap-1.5 rounded border px-2 py-0.5 text-sm font-medium ${className}`}>
      <span aria-hidden="true">{mark}</span>
      <span>
        <span className="sr-only">Verdict: </span>
        {verdictLabels[verdict]}
      </span>
    </span>
  );
}
