import { formatPartialDate } from "@/lib/format";
import type { LineageChart } from "@/lib/charts/model/lineageChart";
import { yearTicks } from "@/lib/charts/yearTicks";

/** Institutions as chains of succession on the view's time axis; the text list is the content, bars are decoration. */
export function InstitutionLineage({ chart, headingId = "lineage-heading" }: { chart: LineageChart; headingId?: string }) {
  const { chains, from, to } = chart;
  const start = from;
  const end = to + 1;
  // Two decimals are finer than a pixel at any width, and keep the page's inline styles short.
  const pct = (year: number) => `${(((Math.min(Math.max(year, start), end) - start) / (end - start)) * 100).toFixed(2)}%`;
  const ticks = yearTicks([start, end]);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        Institutional lineage
      </h2>
      <p className="text-sm text-muted">
        {chart.caption} ({from}–{to} shown).
      </p>
      {chains.length === 0 ? <p className="mt-2 text-muted">No institution matches these filters.</p> : null}
      <div className="relative mt-3 hidden h-5 text-xs text-muted sm:block" aria-hidden="true">
        {ticks.map((t) => (
          <span key={t} className="absolute -translate-x-1/2" style={{ left: pct(t) }}>
            {t}
          </span>
        ))}
      </div>
      {/* Styled from the lists (.lineage in globals.css): a class on each of forty-odd members was
          carried twice, in the HTML and in the React payload. */}
      <ol className="lineage">
        {chains.map((chain) => (
          <li key={chain.members[0]?.slug}>
            <p>{chain.members.map((m) => m.abbreviation ?? m.name).join(" → ")}</p>
            <ol>
              {chain.members.map((m) => (
                <li key={m.slug}>
                  <span>
                    <b>{m.abbreviation ?? m.name}</b>{" "}
                    <small>{`${formatPartialDate(m.founded)} – ${m.dissolved ? formatPartialDate(m.dissolved) : `after ${to}`}`}</small>
                  </span>
                  <span aria-hidden="true">
                    <span title={m.name} style={{ left: pct(m.start), width: `calc(${pct(m.end ?? end)} - ${pct(m.start)})` }} />
                  </span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}
