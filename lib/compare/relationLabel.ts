// The word each relation is shown with (the overview's rows, the table's cells): written out,
// so the relation never rests on colour alone.
import type { Relation } from "../dataset/vocabulary";

export const relationLabel: Record<Relation, string> = {
  originated: "originated",
  inherited: "inherited",
  expanded: "expanded",
  transformed: "transformed",
  reversed: "reversed",
  new: "new",
  absent: "absent",
};
