import type { Relation } from "@/lib/dataset/vocabulary";
import { relationLabel } from "@/lib/compare/relationLabel";

/** What a leader did with a mechanism, against the regime before him, in the rubric's word (and its meaning). */
export function RelationBadge({ relation, meaning }: { relation: Relation; meaning?: string }) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5 text-sm">
      <span className="rounded border border-border bg-background px-2 py-0.5 font-medium">
        <span className="sr-only">Against the regime before him: </span>
        {relationLabel[relation]}
      </span>
      {meaning ? <span className="text-muted">{meaning}</span> : null}
    </span>
  );
}
