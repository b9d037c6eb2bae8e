// The word each relation is shown with (the overview's rows, the table's cells, sentences,
// downloads): the relation's own name, defined once in the rubric (prisma/data/rubric.json), so
// the same relation is never called by two words. Written out, so it never rests on colour alone.
import { relations, type Relation } from "../dataset/vocabulary";

export const relationLabel = Object.fromEntries(relations.map((r) => [r, r])) as Record<Relation, Relation>;
