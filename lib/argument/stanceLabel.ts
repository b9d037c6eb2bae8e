// The words a reader sees for a step's stance. The data's values name sides of a debate among
// historians ("discontinuity"); a student reads them as which way the step argues.
import type { ArgumentStance } from "../dataset/vocabulary";

const labels: Record<ArgumentStance, string> = {
  continuity: "Continuity",
  discontinuity: "Against continuity",
  context: "Context",
  conclusion: "Conclusion",
};

export function stanceLabel(stance: ArgumentStance): string {
  return labels[stance];
}
