import { stanceLabel } from "@/lib/argument/stanceLabel";
import type { ArgumentStance } from "@/lib/dataset/vocabulary";

// A mark before the words so the stance reads on a black-and-white handout too.
const marks: Record<ArgumentStance, string> = { continuity: "→", discontinuity: "↯", context: "◇", conclusion: "■" };

/** Which way a step argues, in words. */
export function StanceBadge({ stance }: { stance: ArgumentStance }) {
  return (
    <span className="inline-flex items-center gap-1 rounded border border-border bg-background px-2 py-0.5 text-xs font-medium">
      <span aria-hidden="true">{marks[stance]}</span>
      <span>
        <span className="sr-only">Stance: </span>
        {stanceLabel(stance)}
      </span>
    </span>
  );
}
