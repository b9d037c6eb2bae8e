import type { CompareRow } from "@/lib/compare/buildCompareView";
import { ScoreBadge } from "@/components/common/ScoreBadge";
import { relationLabel } from "@/lib/compare/relationLabel";

function Score({ side, a }: { side: "a" | "b"; a: CompareRow["a"] }) {
  if (!a) return <>not assessed</>;
  return (
    <>
      <ScoreBadge side={side} intensity={a.intensity} /> {relationLabel[a.relation]}
    </>
  );
}

/**
 * The view's rows side by side as a plain table: each leader's score and how the record relates
 * to the other's. Server-rendered, so it reads without JavaScript and prints as it is; the full
 * sortable table is one link away in the dashboard.
 */
export function ViewTable({ rows, nameA, nameB, caption }: { rows: readonly CompareRow[]; nameA: string; nameB: string; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left text-muted">{caption}</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-1 pr-3">
              Mechanism
            </th>
            <th scope="col" className="py-1 pr-3">
              {nameA}
            </th>
            <th scope="col" className="py-1 pr-3">
              {nameB}
            </th>
            <th scope="col" className="py-1">
              Under {nameB}, in brief
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.mechanism.slug} className="border-b border-border align-top last:border-0">
              <th scope="row" className="min-w-32 py-1 pr-3 font-medium">
                <a href={`/mechanisms/${r.mechanism.slug}`} className="text-link">
                  {r.mechanism.name}
                </a>
              </th>
              <td className="whitespace-nowrap py-1 pr-3 tabular-nums"><Score side="a" a={r.a} /></td>
              <td className="whitespace-nowrap py-1 pr-3 tabular-nums"><Score side="b" a={r.b} /></td>
              <td className="py-1 text-muted">{r.b?.summary ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
