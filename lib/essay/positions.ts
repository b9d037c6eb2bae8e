import { positions, type Position } from "../dataset/vocabulary";

export { positions, type Position };

/** How each historian's position on the continuity reads in the interface. */
export const positionLabels: Record<Position, string> = {
  continuity: "Continuity",
  discontinuity: "Discontinuity",
  "social-history": "Social history",
  revisionist: "Revisionist",
  mixed: "Mixed",
};

/** The label of a position, or the value itself for one the interface does not know yet. */
export function positionLabel(position: string): string {
  return (positionLabels as Record<string, string>)[position] ?? position;
}
