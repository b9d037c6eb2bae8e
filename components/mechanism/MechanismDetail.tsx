import { Link } from "@/components/common/Link";
import type { Catalog, CatalogMechanism } from "@/lib/queries/catalog";
import { serializeEssayView } from "@/lib/url/essayUrl";
import { categoryValues, serializeView, type ViewState } from "@/lib/url/compareUrl";
import { indexSources } from "@/lib/sources/citationLabel";
import { leaderPair, type LeaderSide } from "@/components/common/leaders";
import { ClaimCard } from "@/components/essay/ClaimCard";
import { AssessmentCard, type InstitutionLink } from "./AssessmentCard";
import { EventList } from "@/components/common/EventList";
import { InstitutionList } from "./InstitutionList";
import { MechanismIndex } from "./MechanismIndex";

const isCategory = (slug: string): slug is ViewState["cat"] => (categoryValues as readonly string[]).includes(slug);

const linkClass = "text-link";

/** One mechanism in depth: both leaders' records side by side, then its events, institutions, claims and series. */
export function MechanismDetail({ catalog, mechanism }: { catalog: Catalog; mechanism: CatalogMechanism }) {
  const slug = mechanism.slug;
  const sources = indexSources(catalog.sources);
  const category = catalog.categories.find((c) => c.slug === mechanism.category);
  const { a, b } = leaderPair(catalog.leaders);
  const sideOf = (leader: string | null): LeaderSide | null =>
    leader === null ? null : leader === a?.slug ? "a" : leader === b?.slug ? "b" : null;

  const assessmentOf = (leader: string | undefined) =>
    catalog.assessments.find((x) => x.leader === leader && x.mechanism === slug) ?? null;
  const events = catalog.events.filter((e) => e.mechanisms.includes(slug));
  const records = [assessmentOf(a?.slug), assessmentOf(b?.slug)];
  // Institutions that serve the mechanism, and those the two records name as key to it; oldest
  // first, so the list reads as a line of descent (Cheka, GPU, OGPU, NKVD...).
  const named = new Set(records.flatMap((r) => r?.institutions ?? []));
  const institutions = catalog.institutions
    .filter((i) => i.mechanisms.includes(slug) || named.has(i.slug))
    .sort((x, y) => x.founded.localeCompare(y.founded));
  const claims = catalog.claims.filter((c) => c.mechanisms.includes(slug));
  const series = catalog.metrics.filter((m) => m.mechanisms.includes(slug));
  const institutionsHere = new Set(institutions.map((i) => i.slug));
  const institutionLinks = new Map<string, InstitutionLink>(
    catalog.institutions.map((i) => {
      const page = institutionsHere.has(i.slug) ? "" : i.mechanisms[0] ? `/mechanisms/${i.mechanisms[0]}` : null;
      return [i.slug, { label: i.abbreviation ?? i.name, title: i.name, href: page === null ? null : `${page}#institution-${i.slug}` }];
    }),
  );
  const mechanismName = new Map(catalog.mechanisms.map((m) => [m.slug, m.name]));
  const pairNames = `${a?.name ?? "the first leader"} and ${b?.name ?? "the second"}`;

  return (
    <div className="space-y-10">
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
        <p className="mt-2 max-w-3xl text-lg">{mechanism.description}</p>
        <p className="mt-3">
          <Link href={serializeView("/", { m: [slug] })} className={`${linkClass} font-medium`}>
            Compare {pairNames} on this mechanism in the dashboard
          </Link>
        </p>
        <nav aria-label="On this page" className="mt-3 text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li><a className={linkClass} href="#records">The two records</a></li>
            <li><a className={linkClass} href="#events">Events ({events.length})</a></li>
            <li><a className={linkClass} href="#institutions">Institutions ({institutions.length})</a></li>
            <li><a className={linkClass} href="#claims">The essay&apos;s claims ({claims.length})</a></li>
            <li><a className={linkClass} href="#series">Yearly series ({series.length})</a></li>
          </ul>
        </nav>
      </header>

      <section aria-labelledby="records" className="scroll-mt-4">
        <h2 id="records" className="section-heading">
          {pairNames}: the two records
        </h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {(["a", "b"] as const).map((side) => {
            const leader = side === "a" ? a : b;
            return (
              <AssessmentCard
                key={side}
                leader={leader}
                side={side}
                assessment={records[side === "a" ? 0 : 1] ?? null}
                rubric={catalog.rubric}
                relationTerms={catalog.relationTerms}
                institutionLinks={institutionLinks}
                sources={sources}
              />
            );
          })}
        </div>
      </section>

      <section aria-labelledby="events" className="scroll-mt-4">
        <h2 id="events" className="section-heading">
          Events
        </h2>
        <p className="mb-3 text-sm text-muted">In date order. Dates before 14 February 1918 also give the old-style (Julian) date.</p>
        <EventList events={events} sideOf={sideOf} leaders={catalog.leaders} sources={sources} />
      </section>

      <section aria-labelledby="institutions" className="scroll-mt-4">
        <h2 id="institutions" className="section-heading">
          Institutions
        </h2>
        <p className="mb-3 text-sm text-muted">
          The bodies that carried it out, and those the two records above name as key to it, oldest first.
        </p>
        <InstitutionList institutions={institutions} all={catalog.institutions} sources={sources} />
      </section>

      <section aria-labelledby="claims" className="scroll-mt-4">
        <h2 id="claims" className="section-heading">
          What the essay claims
        </h2>
        {claims.length === 0 ? (
          <p className="mt-2 text-muted">The essay makes no claim about this mechanism that the dataset checks.</p>
        ) : (
          <>
            <p className="mt-1 text-sm">
              <Link href={serializeEssayView("/essay", { m: [slug] })} className={linkClass}>
                These claims on the essay page
              </Link>
            </p>
            <ul className="mt-3 space-y-4">
              {claims.map((c) => (
                <li key={c.slug}>
                  <ClaimCard claim={c} mechanismName={mechanismName} sources={sources} />
                </li>
              ))}
            </ul>
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
