// How the side-by-side table sorts, written once for the table (TanStack Table's accessors,
// components/compare/CompareTable.tsx) and for the downloads that list its rows in the same
// order (lib/export/viewExport.ts). Every key is a number, so both sort the same way.
import { relations, type Relation } from "../dataset/vocabulary";

/** Table columns a reader can sort by or hide. */
export const columnIds = ["mechanism", "a", "b", "relation"] as const;
export type ColumnId = (typeof columnIds)[number];
export type TableSort = { id: ColumnId; desc: boolean };

/** What a row must carry to be sorted: the mechanism's place in the dataset and each side's assessment. */
export type SortableRow = {
  mechanism: { order: number };
  a: { intensity: number; relation: Relation } | null;
  b: { intensity: number; relation: Relation } | null;
};

// A missing assessment sorts after every relation and below every intensity.
const relationRank = (side: SortableRow["a"]) => (side ? relations.indexOf(side.relation) : relations.length);

/**
 * The number a column sorts a row by. Relation: the second leader's relation to the first
 * (originated, inherited, expanded... in the dataset's order), then the first leader's, so rows
 * with the same relation on one side are still ordered by the other.
 */
export function sortValue(row: SortableRow, id: ColumnId): number {
  switch (id) {
    case "mechanism":
      return row.mechanism.order;
    case "a":
    case "b":
      return row[id]?.intensity ?? -1;
    case "relation":
      return relationRank(row.b) * (relations.length + 1) + relationRank(row.a);
  }
}

/**
 * The rows in the order the table shows them: ascending or descending by the column, ties in
 * the dataset's order (as TanStack Table sorts: the comparison is reversed for descending, ties
 * never are).
 */
export function sortRows<R extends SortableRow>(rows: readonly R[], sort: TableSort | null): R[] {
  if (!sort) return [...rows];
  return rows
    .map((row, index) => ({ row, index, key: sortValue(row, sort.id) }))
    .sort((x, y) => (x.key !== y.key ? (sort.desc ? y.key - x.key : x.key - y.key) : x.index - y.index))
    .map((x) => x.row);
}
