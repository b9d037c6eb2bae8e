// A leader's intensity on the 0–5 rubric, as every page shows it: "4/5 · Severe" on the leader's
// colour (outlined in black when printed). The compare table, the mechanism pages and the
// argument's tables use this one badge.
import type { LeaderTone } from "./leaders";

export function ScoreBadge({ side, intensity, label }: { side: LeaderTone; intensity: number; label?: string }) {
  return (
    <span className={`score score-${side}`}>
      {intensity}/5{label ? ` · ${label}` : ""}
    </span>
  );
}
