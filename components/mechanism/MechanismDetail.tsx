import { Link } from "@/components/common/Link";
import type { Catalog, CatalogMechanism } from "@/lib/queries/catalog";
import { serializeEssayView } from "@/lib/url/essayUrl";
import { categoryValues, serializeView, type ViewState } from "@/lib/url/compareUrl";
import { formatDate, formatDateRange } from "@/lib/format";
import { mechanismStrip } from "@/lib/charts/model/beforeAfterChart";
import { recordPageLeader } from "@/lib/mechanism/recordPage";
import { VerdictBadge } from "@/components/common/VerdictBadge";
import { MechanismIndex } from "./MechanismIndex";
import { MechanismOverview } from "./MechanismOverview";

const isCategory = (slug: string): slug is ViewState["cat"] => (categoryValues as readonly string[]).includes(slug);

const linkClass = "text-link";

/**
 * One mechanism: every leader in time order on the same rubric, with one computed sentence, then
 * the lead of each record; the events, institutions, claims and series as short lists. Each
 * leader's whole record (rationale, institutions, events in full, sources) is a page of its own,
 * /mechanisms/<slug>/<leader>, so this page opens with the answer and stays light.
 */
export function MechanismDetail({ catalog, mechanism }: { catalog: Catalog; mechanism: CatalogMechanism }) {
  const slug = mechanism.slug;
  const category = catalog.categories.find((c) => c.slug === mechanism.category);
  const strip = mechanismStrip(catalog, mechanism);
  const events = catalog.events.filter((e) => e.mechanisms.includes(slug));
  const named = new Set(catalog.assessments.filter((a) => a.mechanism === slug).flatMap((a) => a.institutions));
  const institutions = catalog.institutions
    .filter((i) => i.mechanisms.includes(slug) || named.has(i.slug))
    .sort((x, y) => x.founded.localeCompare(y.founded));
  const claims = catalog.claims.filter((c) => c.mechanisms.includes(slug));
  const series = catalog.metrics.filter((m) => m.mechanisms.includes(slug));
  const leaderName = new Map(catalog.leaders.map((l) => [l.slug, l.name]));

  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm text-muted">
          <Link href="/" className={linkClass}>
            Compare
          </Link>
          {" / "}
          {category && isCategory(category.slug) ? (
            <Link href={serializeView("/", { cat: category.slug })} className={linkClass}>
              {category.name}
            </Link>
          ) : (
            (category?.name ?? mechanism.category)
          )}
        </p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{mechanism.name}</h1>
        <p className="mt-1 max-w-3xl text-muted">{mechanism.description}</p>
      </header>

      <MechanismOverview strip={strip} catalog={catalog} />

      <p className="text-sm">
        <Link href={serializeView("/", { m: [slug] })} className={`${linkClass} font-medium`}>
          Compare two of them side by side in the dashboard
        </Link>
        {" · "}
        <a className={linkClass} href="#events">Events ({events.length})</a>
        {" · "}
        <a className={linkClass} href="#institutions">Institutions ({institutions.length})</a>
        {" · "}
        <a className={linkClass} href="#claims">The essay&apos;s claims ({claims.length})</a>
        {" · "}
        <a className={linkClass} href="#series">Yearly series ({series.length})</a>
      </p>

      <section aria-labelledby="events" className="scroll-mt-4">
        <h2 id="events" className="section-heading">
          Events
        </h2>
        <p className="mb-2 text-sm text-muted">In date order; each opens in full, with its scale and sources, on the record of the leader it belongs to (events of neither, on the next leader&apos;s).</p>
        {events.length === 0 ? (
          <p className="text-muted">No dated events are recorded for this mechanism yet.</p>
        ) : (
          <ol className="space-y-1 text-sm">
            {events.map((e) => (
              <li key={e.slug} id={`event-${e.slug}`} className="scroll-mt-4">
                <time dateTime={e.date} className="text-muted">
                  {formatDate(e.date, e.oldStyleDate)}
                </time>{" "}
                <span className="text-muted">· {e.leader ? leaderName.get(e.leader) : "neither leader"} ·</span>{" "}
                <Link href={`/mechanisms/${slug}/${recordPageLeader(e, catalog.leaders)}#event-${e.slug}`} className={linkClass}>
                  {e.title}
                </Link>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="institutions" className="scroll-mt-4">
        <h2 id="institutions" className="section-heading">
          Institutions
        </h2>
        <p className="mb-2 text-sm text-muted">The bodies that carried it out, and those the records name as key to it, oldest first.</p>
        {institutions.length === 0 ? (
          <p className="text-muted">No institution is linked to this mechanism yet.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {institutions.map((i) => (
              <li key={i.slug} id={`institution-${i.slug}`} className="scroll-mt-4">
                <span className="font-medium">{i.name}</span>
                {i.abbreviation ? <span className="text-muted"> · {i.abbreviation}</span> : null}
                <span className="text-muted"> · {formatDateRange(i.founded, i.dissolved)}</span>
                {i.predecessors.length > 0 ? (
                  <span className="text-muted"> · grew out of {i.predecessors.map((p) => catalog.institutions.find((x) => x.slug === p.slug)?.abbreviation ?? p.slug).join(", ")}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="claims" className="scroll-mt-4">
        <h2 id="claims" className="section-heading">
          What the essay claims
        </h2>
        {claims.length === 0 ? (
          <p className="mt-2 text-muted">The essay makes no claim about this mechanism that the dataset checks.</p>
        ) : (
          <>
            <ul className="mt-2 space-y-2 text-sm">
              {claims.map((c) => (
                <li key={c.slug} className="flex flex-wrap items-baseline gap-2">
                  <VerdictBadge verdict={c.verdict} />
                  <Link href={`/essay/claims/${c.slug}`} className={linkClass}>
                    {c.statement}
                  </Link>
                </li>
              ))}
            </ul>
            <p className="mt-2 text-sm">
              <Link href={serializeEssayView("/essay", { m: [slug] })} className={linkClass}>
                These claims with their explanations and sources on the essay page
              </Link>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="series" className="scroll-mt-4">
        <h2 id="series" className="section-heading">
          Yearly series
        </h2>
        {series.length === 0 ? (
          <p className="mt-2 text-muted">No yearly series is linked to this mechanism.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {series.map((m) => (
              <li key={m.slug}>
                <Link href={serializeView("/", { chart: "series", series: m.slug, m: [slug] })} className={`${linkClass} font-medium`}>
                  {m.name}
                </Link>
                <span className="text-sm text-muted"> ({m.unit}, {m.values.length} yearly value{m.values.length === 1 ? "" : "s"})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <nav aria-labelledby="other-mechanisms" className="border-t border-border pt-6">
        <h2 id="other-mechanisms" className="section-heading">
          Other mechanisms
        </h2>
        <MechanismIndex catalog={catalog} current={slug} headingLevel={3} />
      </nav>
    </div>
  );
}
