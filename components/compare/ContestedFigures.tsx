import type { Catalog } from "@/lib/queries/catalog";
import { formatMagnitude } from "@/lib/format";
import { CitationList } from "@/components/common/CitationList";
import type { SourceIndex } from "@/lib/sources/citationLabel";

/** Totals historians disagree on, one row per author, for the figures that fall in the selected years. */
export function ContestedFigures({
  figures,
  from,
  to,
  sources,
}: {
  figures: Catalog["figures"];
  from: number;
  to: number;
  sources: SourceIndex;
}) {
  const shown = figures.filter((f) => f.endYear >= from && f.startYear <= to);
  return (
    <section aria-labelledby="figures-heading" className="render-when-near">
      <h2 id="figures-heading" className="text-xl font-semibold">
        Contested figures ({shown.length})
      </h2>
      <p className="text-sm text-muted">
        Where historians and official statistics disagree, every estimate is shown with who gives it.
      </p>
      {shown.length === 0 ? <p className="mt-2 text-muted">No contested figure falls in {from}–{to}.</p> : null}
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        {shown.map((f) => (
          <div key={f.slug} className="relative overflow-x-auto rounded-lg border border-border bg-card p-3">
            <table className="w-full text-left text-sm">
              <caption className="mb-2 text-left">
                <span className="font-semibold">{f.title}</span>{" "}
                <span className="text-muted">
                  ({f.startYear === f.endYear ? f.startYear : `${f.startYear}–${f.endYear}`}, {f.unit})
                </span>
                <span className="mt-1 block text-xs text-muted">{f.description}</span>
              </caption>
              <thead>
                <tr className="border-b border-border">
                  <th scope="col" className="py-1 pr-2">
                    Who
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    Estimate
                  </th>
                  <th scope="col" className="py-1">
                    Source
                  </th>
                </tr>
              </thead>
              <tbody>
                {f.estimates.map((e, i) => (
                  <tr key={i} className="border-b border-border align-top last:border-0">
                    <th scope="row" className="py-1 pr-2 font-normal">
                      {e.attribution}
                      {e.note ? <span className="block text-xs text-muted">{e.note}</span> : null}
                    </th>
                    <td className="whitespace-nowrap py-1 pr-2 tabular-nums">{formatMagnitude(e)}</td>
                    <td className="py-1">
                      <CitationList refs={[{ source: e.source, locator: e.locator }]} sources={sources} label="Source" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </section>
  );
}
