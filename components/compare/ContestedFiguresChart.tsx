// The totals historians disagree on, as a chart: one row per figure, every author's estimate a
// mark on one logarithmic scale (the figures run from thousands to millions of people), a range
// as a bar, a single number as a dot. Who says what is in each mark's tooltip and focus label, and
// in the table that opens on request. Drawn on the server: no chart script.
import type { Catalog } from "@/lib/queries/catalog";
import { formatMagnitude } from "@/lib/format";
import { citationText, type SourceIndex } from "@/lib/sources/citationLabel";
import { contestedScale, estimateSpan } from "@/lib/charts/contestedScale";
import { Link } from "@/components/common/Link";
import { serializeView, type ViewState } from "@/lib/url/compareUrl";
import { SectionHeading } from "./SectionHeading";

export function ContestedFiguresChart({ figures, view, sources }: { figures: Catalog["figures"]; view: ViewState; sources: SourceIndex }) {
  const { from, to } = view;
  const withTable = view.figures === "table";
  const shown = figures.filter((f) => f.endYear >= from && f.startYear <= to);
  const scale = contestedScale(shown.flatMap((f) => f.estimates));
  return (
    <section aria-labelledby="figures-heading">
      <SectionHeading id="figures-heading" count={shown.length}>
        Contested figures
      </SectionHeading>
      <p className="text-sm text-muted">
        Where historians and official statistics disagree: each mark is one author&apos;s estimate (a bar for a range), on a
        logarithmic scale. Point at or focus a mark to see who says it, or show the table.
      </p>
      {shown.length === 0 || !scale ? (
        <p className="mt-2 text-muted">No contested figure falls in {from}–{to}.</p>
      ) : (
        <figure className="mt-3" aria-label={`Contested figures, ${from}–${to}: the spread of published estimates, logarithmic scale`}>
          <div className="figures-row text-xs text-muted" aria-hidden="true">
            <span />
            <span className="overview-scale">
              {scale.ticks.map((t) => (
                <span key={t.value} style={{ left: `${t.at}%` }}>
                  {t.label}
                </span>
              ))}
            </span>
          </div>
          <ul>
            {shown.map((f) => (
              <li key={f.slug} className="figures-row">
                <span className="text-sm">
                  {f.title}
                  <span className="block text-xs text-muted">
                    {f.startYear === f.endYear ? f.startYear : `${f.startYear}–${f.endYear}`} · {f.unit}
                  </span>
                </span>
                <span className="figures-track">
                  {f.estimates.map((e, i) => {
                    const span = estimateSpan(e, scale);
                    if (!span) return null;
                    const said = `${e.attribution}: ${formatMagnitude({ ...e, unit: f.unit })}`;
                    return (
                      <span
                        key={i}
                        tabIndex={0}
                        role="img"
                        aria-label={said}
                        className={span.width > 0 ? "figures-range" : "figures-point"}
                        style={{ left: `${span.left.toFixed(2)}%`, width: span.width > 0 ? `${span.width.toFixed(2)}%` : undefined, top: 8 + (i % 4) * 7 }}
                      />
                    );
                  })}
                </span>
              </li>
            ))}
          </ul>
          {/* The table (every estimate with its source) is sent only when asked for: figures=table. */}
          <p className="mt-2 text-sm print:hidden">
            <Link
              scroll={false}
              href={`${serializeView("/", { ...view, figures: withTable ? "chart" : "table" })}#figures-heading`}
              className="underline underline-offset-4"
            >
              {withTable ? "Hide the table of estimates" : "Show who says what (table with sources)"}
            </Link>
          </p>
          {withTable ? (
            <div className="mt-2 overflow-x-auto text-sm">
              <table className="w-full border-collapse text-left">
                <caption className="mb-1 text-left text-muted">Published estimates of the contested figures, {from}–{to}</caption>
                <thead>
                  <tr className="border-b border-border">
                    <th scope="col" className="px-2 py-1">Figure</th>
                    <th scope="col" className="px-2 py-1">Who</th>
                    <th scope="col" className="px-2 py-1">Estimate</th>
                    <th scope="col" className="px-2 py-1">Source</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.flatMap((f) =>
                    f.estimates.map((e, i) => (
                      <tr key={`${f.slug}-${i}`} className="border-b border-border align-top last:border-0">
                        {i === 0 ? (
                          <th scope="rowgroup" rowSpan={f.estimates.length} className="px-2 py-1 font-medium">
                            {f.title}
                          </th>
                        ) : null}
                        <td className="px-2 py-1">{e.attribution}</td>
                        <td className="px-2 py-1 tabular-nums">{formatMagnitude({ ...e, unit: f.unit })}</td>
                        <td className="px-2 py-1">
                          <a href={`/sources#${e.source}`} className="text-link">
                            {citationText(e, sources)}
                          </a>
                        </td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          ) : null}
        </figure>
      )}
    </section>
  );
}
