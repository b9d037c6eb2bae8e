"use client";
import { Link } from "@/components/common/Link";
import { Fragment, useMemo, type ReactNode } from "react";
import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
  useTable,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import type { TableRow } from "@/lib/compare/tableRows";
import { columnIds, sortValue, type ColumnId } from "@/lib/compare/sortKeys";
import { relationLabel } from "@/lib/compare/relationLabel";
import { ScoreBadge } from "@/components/common/ScoreBadge";
import { useView, useViewNavigation } from "./useView";

/** Names for slugs, sent once with the table rather than repeated in every row. */
export type Lookup = { rubric: Record<number, string> };

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic },
});

const column = createColumnHelper<typeof features, TableRow>();


function apply<T>(updater: Updater<T>, old: T): T {
  return typeof updater === "function" ? (updater as (o: T) => T)(old) : updater;
}

export function CompareTable({
  rows,
  nameA,
  nameB,
  lookup,
  evidence,
}: {
  rows: TableRow[];
  nameA: string;
  nameB: string;
  lookup: Lookup;
  /** The evidence panels of the open rows (open=...), rendered on the server. */
  evidence: Record<string, ReactNode>;
}) {
  const [view, setView] = useView();

  const sortKey = view.sort ? `${view.sort.id}.${view.sort.desc}` : "";
  const hideKey = view.hide.join(",");
  const sorting: SortingState = useMemo(() => (view.sort ? [view.sort] : []), [sortKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const columnVisibility = useMemo(() => Object.fromEntries(view.hide.map((id) => [id, false])), [hideKey]); // eslint-disable-line react-hooks/exhaustive-deps

  // Stable column definitions and state slices, so the table's store only changes when they do.
  const columns = useMemo(() => column.columns([
    column.accessor((r) => sortValue(r, "mechanism"), {
      id: "mechanism",
      header: "Mechanism",
      sortFn: "basic",
      // Sort keys are numbers, which TanStack Table would sort highest first on the first click;
      // the dataset's order and the relations' order read first-to-last.
      sortDescFirst: false,
      cell: ({ row }) => {
        const r = row.original;
        return (
          <div className="flex flex-wrap items-baseline gap-x-3">
            <Link href={`/mechanisms/${r.mechanism.slug}`} className="font-medium underline-offset-4 hover:underline">
              {r.mechanism.name}
            </Link>
            <EvidenceToggle slug={r.mechanism.slug} name={r.mechanism.name} open={r.open} />
          </div>
        );
      },
    }),
    column.accessor((r) => sortValue(r, "a"), {
      id: "a",
      header: nameA,
      sortFn: "basic",
      sortDescFirst: true,
      cell: ({ row }) => <SideCell side="a" assessment={row.original.a} lookup={lookup} />,
    }),
    column.accessor((r) => sortValue(r, "b"), {
      id: "b",
      header: nameB,
      sortFn: "basic",
      sortDescFirst: true,
      cell: ({ row }) => <SideCell side="b" assessment={row.original.b} lookup={lookup} />,
    }),
    column.accessor((r) => sortValue(r, "relation"), {
      id: "relation",
      header: "Relation",
      sortFn: "basic",
      sortDescFirst: false,
      cell: ({ row }) => {
        const { a, b } = row.original;
        // One line, first leader → second: the overview and each cell say the rest.
        return (
          <span className="text-sm">
            {a ? relationLabel[a.relation] : "not assessed"} → {b ? relationLabel[b.relation] : "not assessed"}
          </span>
        );
      },
    }),
  ]), [nameA, nameB, lookup]);

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.mechanism.slug,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => {
      const next = apply(updater, sorting)[0];
      void setView({ sort: next ? { id: next.id as ColumnId, desc: next.desc } : null });
    },
    onColumnVisibilityChange: (updater) => {
      const next = apply(updater, columnVisibility);
      void setView({ hide: columnIds.filter((id) => next[id] === false) });
    },
  });

  const visibleCount = table.getVisibleLeafColumns().length;
  return (
    <div>
      <fieldset className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="sr-only">Columns shown</legend>
        <span className="text-muted">Columns:</span>
        {table
          .getAllLeafColumns()
          .filter((c) => c.id !== "mechanism")
          .map((c) => (
            <label key={c.id} className="flex items-center gap-1.5">
              <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />
              {c.id === "a" ? nameA : c.id === "b" ? nameB : "Relation"}
            </label>
          ))}
      </fieldset>
      <div className="relative overflow-x-auto rounded-lg border border-border">
        <table className="compare-table w-full border-collapse text-left text-sm">
          <caption className="sr-only">
            {nameA} and {nameB} compared, one row per mechanism. Column headers sort the rows.
          </caption>
          <thead className="bg-card">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const id = header.column.id;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      data-col={id}
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
                      className={`border-b border-border p-2 align-bottom ${id === "a" ? "border-t-4 border-t-leader-a" : id === "b" ? "border-t-4 border-t-leader-b" : ""}`}
                    >
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className="flex items-center gap-1 font-semibold"
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="text-muted">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                        <span className="sr-only">
                          {id === "a" || id === "b" ? ", sort by intensity" : ", sort"}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <Fragment key={row.id}>
                <tr className="compare-row border-b border-border align-top">
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className="p-2" data-col={cell.column.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
                {row.original.open && evidence[row.id] ? (
                  <tr id={`evidence-${row.original.mechanism.slug}`} className="border-b border-border bg-background">
                    <td colSpan={visibleCount} className="p-3">
                      {evidence[row.id]}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? <p className="mt-3 text-muted">No mechanism matches these filters.</p> : null}
    </div>
  );
}

/** Opening a row asks the server for its evidence, so closed rows cost nothing to send. */
function EvidenceToggle({ slug, name, open }: { slug: string; name: string; open: boolean }) {
  const { view, navigate, pending } = useViewNavigation();
  const toggle = () => navigate({ open: view.open.includes(slug) ? view.open.filter((s) => s !== slug) : [...view.open, slug] });
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={open ? `evidence-${slug}` : undefined}
      aria-busy={pending}
      onClick={toggle}
      className="evidence-toggle"
    >
      {open ? "Hide evidence" : "Show evidence"}
      <span className="sr-only"> for {name}</span>
    </button>
  );
}

function SideCell({ side, assessment, lookup }: { side: "a" | "b"; assessment: TableRow["a"]; lookup: Lookup }) {
  if (!assessment) return <p className="text-muted">Not assessed.</p>;
  const years =
    assessment.startYear && assessment.endYear ? `${assessment.startYear}–${assessment.endYear}` : assessment.startYear ?? "";
  return (
    <div>
      {assessment.out ? <p className="cell-out">{assessment.out[0]!.toUpperCase() + assessment.out.slice(1)}: left out of this view&apos;s comparison.</p> : null}
      <p className={assessment.out ? "opacity-60" : undefined}>
        <ScoreBadge side={side} intensity={assessment.intensity} label={lookup.rubric[assessment.intensity]} />
        <span className="cell-meta">
          {[years, relationLabel[assessment.relation]].filter(Boolean).join(" · ")}
        </span>
      </p>
      <p className="cell-summary">{assessment.summary}</p>
    </div>
  );
}
