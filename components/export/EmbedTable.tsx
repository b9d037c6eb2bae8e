import type { CompareView } from "@/lib/compare/buildCompareView";
import { describeView } from "@/lib/compare/describeView";
import { compareHref } from "@/lib/export/exportLinks";
import { sortRows } from "@/lib/compare/sortKeys";
import type { Catalog, CatalogAssessment } from "@/lib/queries/catalog";
import type { ViewState } from "@/lib/url/compareUrl";
import { EmbedFrame } from "./EmbedFrame";

/** The side-by-side table of a view, read-only and in the URL's sort, for /embed/table. */
export function EmbedTable({ catalog, model, view }: { catalog: Catalog; model: CompareView; view: ViewState }) {
  const { leaderA, leaderB } = model;
  const rubric = new Map(catalog.rubric.map((r) => [r.level, r.label]));
  const { title } = describeView(view, catalog);
  const cell = (a: CatalogAssessment | null, side: "a" | "b") =>
    a ? (
      <>
        <p>
          <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold text-white ${side === "a" ? "bg-leader-a-strong" : "bg-leader-b-strong"}`}>
            {a.intensity}/5 · {rubric.get(a.intensity) ?? ""}
          </span>
          {a.startYear ? <span className="ml-2 text-xs text-muted">{a.endYear ? `${a.startYear}–${a.endYear}` : a.startYear}</span> : null}
        </p>
        <p className="mt-1">{a.summary}</p>
        <p className="mt-1 text-xs text-muted">Relation: {a.relation}</p>
      </>
    ) : (
      <p className="text-muted">Not assessed.</p>
    );

  return (
    <EmbedFrame
      title={`Side by side — ${title}`}
      source={`Source: ${catalog.dataset.title}, version ${catalog.dataset.version}. Scores follow the dataset's written 0–5 rubric.`}
      href={compareHref(view)}
    >
      <div className="overflow-x-auto rounded-lg border border-border">
        <table className="w-full min-w-[560px] border-collapse text-left text-sm">
          <caption className="sr-only">
            {leaderA.name} and {leaderB.name} compared, one row per mechanism.
          </caption>
          <thead className="bg-card">
            <tr>
              <th scope="col" className="border-b border-border p-2">
                Mechanism
              </th>
              <th scope="col" className="border-b border-t-4 border-border border-t-leader-a p-2">
                {leaderA.name}
              </th>
              <th scope="col" className="border-b border-t-4 border-border border-t-leader-b p-2">
                {leaderB.name}
              </th>
            </tr>
          </thead>
          <tbody>
            {sortRows(model.rows, view.sort).map((r) => (
              <tr key={r.mechanism.slug} className="border-b border-border align-top">
                <th scope="row" className="p-2 text-left font-medium">
                  {r.mechanism.name}
                  <p className="text-xs font-normal text-muted">{r.mechanism.categoryName}</p>
                </th>
                <td className="p-2">{cell(r.a, "a")}</td>
                <td className="p-2">{cell(r.b, "b")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {model.rows.length === 0 ? <p className="mt-3 text-muted">No mechanism matches these filters.</p> : null}
    </EmbedFrame>
  );
}
