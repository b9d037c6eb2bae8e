import type { Catalog } from "@/lib/queries/catalog";
import { lineageChains } from "@/lib/lineage/lineageChains";
import { formatPartialDate } from "@/lib/format";
import { DEFAULT_FROM, DEFAULT_TO } from "@/lib/url/compareUrl";

const AXIS_START = DEFAULT_FROM;
const AXIS_END = DEFAULT_TO + 1;
const pct = (year: number) => `${((Math.min(Math.max(year, AXIS_START), AXIS_END) - AXIS_START) / (AXIS_END - AXIS_START)) * 100}%`;

/** Institutions as chains of succession on a 1917–1953 time axis; the text list is the content, bars are decoration. */
export function InstitutionLineage({
  institutions,
  mechanisms,
  from,
  to,
}: {
  institutions: Catalog["institutions"];
  mechanisms: string[];
  from: number;
  to: number;
}) {
  const chains = lineageChains(institutions, mechanisms, from, to);
  const ticks = [1917, 1921, 1924, 1929, 1934, 1941, 1946, 1953];
  return (
    <section aria-labelledby="lineage-heading">
      <h2 id="lineage-heading" className="section-heading">
        Institutional lineage
      </h2>
      <p className="text-sm text-muted">
        Who inherited what: each row is a chain of institutions, each succeeding the one before. Bars span founding to
        abolition ({AXIS_START}–{DEFAULT_TO} shown).
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
                      {formatPartialDate(m.founded)} – {m.dissolved ? formatPartialDate(m.dissolved) : "after 1953"}
                    </span>
                  </span>
                  <span className="relative hidden h-3 rounded bg-background sm:block" aria-hidden="true">
                    <span
                      className="absolute top-0 h-3 rounded bg-accent/70"
                      title={m.name}
                      style={{ left: pct(m.start), width: `calc(${pct(m.end ?? AXIS_END)} - ${pct(m.start)})`, minWidth: "3px" }}
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
