// One leader's whole record on one mechanism: the assessment with its rationale, relation,
// institutions and sources; the events in full (his own, and those of neither leader just before
// him, which he found); the institutions his record names. Linked from the mechanism's page.
import { Link } from "@/components/common/Link";
import type { Catalog, CatalogLeader, CatalogMechanism } from "@/lib/queries/catalog";
import { indexSources } from "@/lib/sources/citationLabel";
import { recordPageLeader } from "@/lib/mechanism/recordPage";
import { EventList } from "@/components/common/EventList";
import { AssessmentCard, type InstitutionLink } from "./AssessmentCard";
import { InstitutionList } from "./InstitutionList";

export function MechanismRecord({ catalog, mechanism, leader }: { catalog: Catalog; mechanism: CatalogMechanism; leader: CatalogLeader }) {
  const slug = mechanism.slug;
  const sources = indexSources(catalog.sources);
  const assessment = catalog.assessments.find((a) => a.leader === leader.slug && a.mechanism === slug) ?? null;
  const place = catalog.leaders.findIndex((l) => l.slug === leader.slug);
  const before = catalog.leaders[place - 1];
  const after = catalog.leaders[place + 1];
  const events = catalog.events.filter((e) => e.mechanisms.includes(slug) && recordPageLeader(e, catalog.leaders) === leader.slug);
  const named = new Set(assessment?.institutions ?? []);
  const institutions = catalog.institutions.filter((i) => named.has(i.slug)).sort((x, y) => x.founded.localeCompare(y.founded));
  const institutionLinks = new Map<string, InstitutionLink>(
    catalog.institutions.map((i) => [i.slug, { label: i.abbreviation ?? i.name, title: i.name, href: named.has(i.slug) ? `#institution-${i.slug}` : `/mechanisms/${slug}#institution-${i.slug}` }]),
  );
  const record = (l: CatalogLeader | undefined, label: string) =>
    l ? (
      <Link href={`/mechanisms/${slug}/${l.slug}`} className="text-link">
        {label}: {l.name}
      </Link>
    ) : null;

  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm text-muted">
          <Link href={`/mechanisms/${slug}`} className="text-link">
            {mechanism.name}
          </Link>
          {" / "}
          {leader.name}
        </p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">
          {mechanism.name} under {leader.name}
        </h1>
        <nav aria-label="Other records" className="mt-2 flex flex-wrap gap-x-4 text-sm">
          {record(before, "Before")}
          {record(after, "After")}
          <Link href={`/mechanisms/${slug}`} className="text-link">
            All {catalog.leaders.length} in time order
          </Link>
        </nav>
      </header>
      <AssessmentCard
        leader={leader}
        side="none"
        assessment={assessment}
        rubric={catalog.rubric}
        relationTerms={catalog.relationTerms}
        institutionLinks={institutionLinks}
        sources={sources}
      />
      <section aria-labelledby="events" className="scroll-mt-4">
        <h2 id="events" className="section-heading">
          Events
        </h2>
        <p className="mb-3 text-sm text-muted">
          {leader.name}&apos;s own, and any of neither leader just before him. Dates before 14 February 1918 also give the old-style (Julian) date.
        </p>
        <EventList events={events} leaders={catalog.leaders} sources={sources} />
      </section>
      {institutions.length > 0 ? (
        <section aria-labelledby="institutions" className="scroll-mt-4">
          <h2 id="institutions" className="section-heading">
            Institutions his record names
          </h2>
          <InstitutionList institutions={institutions} all={catalog.institutions} sources={sources} />
        </section>
      ) : null}
    </div>
  );
}
