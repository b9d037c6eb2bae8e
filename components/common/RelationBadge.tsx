import type { Relation } from "@/lib/dataset/vocabulary";

const relationText: Record<Relation, { label: string; meaning: string }> = {
  originated: { label: "Originated", meaning: "began under this leader" },
  inherited: { label: "Inherited", meaning: "taken over largely as it was" },
  expanded: { label: "Expanded", meaning: "taken over and enlarged" },
  transformed: { label: "Transformed", meaning: "taken over and changed in kind" },
  reversed: { label: "Reversed", meaning: "undone or turned around" },
  new: { label: "New", meaning: "introduced without a precedent" },
  absent: { label: "Absent", meaning: "not used by this leader" },
};

/** How one leader's record on a mechanism relates to the other's, in words. */
export function RelationBadge({ relation, withMeaning = false }: { relation: string; withMeaning?: boolean }) {
  const text = relationText[relation as Relation] ?? { label: relation, meaning: "" };
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5 text-sm">
      <span className="rounded border border-border bg-background px-2 py-0.5 font-medium">
        <span className="sr-only">Relation to the other leader: </span>
        {text.label}
      </span>
      {withMeaning && text.meaning ? <span className="text-muted">{text.meaning}</span> : null}
    </span>
  );
}
