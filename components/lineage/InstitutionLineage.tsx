import { formatPartialDate } from "@/lib/format";
import type { LineageChart } from "@/lib/charts/model/lineageChart";
import { yearTicks } from "@/lib/charts/yearTicks";

/** Institutions as chains of succession on the view's time axis; the text list is the content, bars are decoration. */
export function InstitutionLineage({ chart, headingId = "lineage-heading" }: { chart: LineageChart; headingId?: string }) {
  const { chains, from, to } = chart;
  const start = from;
  const end = to + 1;
  const pct = (year: number) => `${((Math.min(Math.max(year, start), end) - start) / (end - start)) * 100}%`;
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
      <ol className="mt-1 space-y-4">
        {chains.map((chain) => (
          <li key={chain.members[0]?.slug} className="rounded-md border border-border bg-card p-3">
            <p className="text-sm font-medium">
              {chain.members.map((m) => m.abbreviation ?? m.name).join(" → ")}
            </p>
            <ol className="mt-2 space-y-1">
              {chain.members.map((m) => (
                <li key={m.slug} className="grid gap-1 text-sm sm:grid-cols-[16rem_1fr] sm:items-center">
                  <span>
                    <span className="font-medium">{m.abbreviation ?? m.name}</span>{" "}
                    <span className="text-xs text-muted">
                      {formatPartialDate(m.founded)} – {m.dissolved ? formatPartialDate(m.dissolved) : `after ${to}`}
                    </span>
                  </span>
                  <span className="relative hidden h-3 rounded bg-background sm:block" aria-hidden="true">
                    <span
                      className="absolute top-0 h-3 rounded bg-accent/70"
                      title={m.name}
                      style={{ left: pct(m.start), width: `calc(${pct(m.end ?? end)} - ${pct(m.start)})`, minWidth: "3px" }}
                    />
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
