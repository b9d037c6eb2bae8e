import type { Overview } from "@/lib/compare/overview";

/** The overview's computed sentences, above its chart (the compare page and the argument's overview steps). */
export function OverviewSentences({ overview, className = "" }: { overview: Overview; className?: string }) {
  return (
    <div className={`space-y-1 text-[0.95rem] leading-snug ${className}`} data-overview-sentences>
      {overview.sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
    </div>
  );
}
