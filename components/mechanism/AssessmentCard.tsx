import type { Catalog, CatalogAssessment, CatalogLeader } from "@/lib/queries/catalog";
import { ScoreBadge } from "@/components/common/ScoreBadge";
import { CitationList } from "@/components/common/CitationList";
import type { SourceIndex } from "@/lib/sources/citationLabel";
import { RelationBadge } from "@/components/common/RelationBadge";
import { sideClasses, type LeaderTone } from "@/components/common/leaders";

const MAX_INTENSITY = 5;

/** An institution's short name and where it is described (on this page or on a mechanism it serves). */
export type InstitutionLink = { label: string; title: string; href: string | null };

/** One leader's record on a mechanism: the summary, years, intensity on the rubric, relation, institutions and sources. */
export function AssessmentCard({
  leader,
  side,
  assessment,
  rubric,
  relationTerms,
  institutionLinks,
  sources,
}: {
  leader: CatalogLeader | undefined;
  side: LeaderTone;
  assessment: CatalogAssessment | null;
  rubric: Catalog["rubric"];
  relationTerms: Catalog["relationTerms"];
  institutionLinks: ReadonlyMap<string, InstitutionLink>;
  sources: SourceIndex;
}) {
  const tone = sideClasses[side];
  const name = leader?.name ?? "Unknown leader";
  const headingId = `assessment-${leader?.slug ?? side}`;
  return (
    <article aria-labelledby={headingId} className={`rounded-lg border border-border border-t-4 ${tone.borderTop} bg-card p-4`}>
      <h3 id={headingId} className={`text-xl font-bold ${tone.text}`}>
        {name}
      </h3>
      {assessment === null ? (
        <p className="mt-2 text-muted">The dataset has no assessment of {name}&apos;s record on this mechanism yet.</p>
      ) : (
        <AssessmentBody
          assessment={assessment}
          side={side}
          rubric={rubric}
          relationTerms={relationTerms}
          institutionLinks={institutionLinks}
          sources={sources}
        />
      )}
    </article>
  );
}

function AssessmentBody({
  assessment: a,
  side,
  rubric,
  relationTerms,
  institutionLinks,
  sources,
}: {
  assessment: CatalogAssessment;
  side: LeaderTone;
  rubric: Catalog["rubric"];
  relationTerms: Catalog["relationTerms"];
  institutionLinks: ReadonlyMap<string, InstitutionLink>;
  sources: SourceIndex;
}) {
  const level = rubric.find((r) => r.level === a.intensity);
  const years =
    a.startYear != null && a.endYear != null
      ? a.startYear === a.endYear
        ? String(a.startYear)
        : `${a.startYear}–${a.endYear}`
      : a.startYear != null
        ? `from ${a.startYear}`
        : a.endYear != null
          ? `until ${a.endYear}`
          : null;
  return (
    <>
      <p className="mt-2">{a.summary}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {years ? (
          <>
            <dt className="font-medium">Years</dt>
            <dd>{years}</dd>
          </>
        ) : null}
        <dt className="font-medium">Intensity</dt>
        <dd>
          <span className="flex flex-wrap items-center gap-2">
            <span aria-hidden="true" className="flex gap-0.5">
              {Array.from({ length: MAX_INTENSITY }, (_, i) => (
                <span
                  key={i}
                  className={`inline-block h-3 w-4 rounded-sm border border-border ${i < a.intensity ? sideClasses[side].bg : "bg-background"}`}
                />
              ))}
            </span>
            <ScoreBadge side={side} intensity={a.intensity} label={level?.label} />
          </span>
          <span className="mt-1 block text-muted">{a.intensityRationale}</span>
        </dd>
        <dt className="font-medium">Relation</dt>
        <dd>
          <RelationBadge relation={a.relation} meaning={relationTerms.find((t) => t.relation === a.relation)?.description} />
        </dd>
        {a.institutions.length > 0 ? (
          <>
            <dt className="font-medium">Key institutions</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {a.institutions.map((slug) => {
                  const link = institutionLinks.get(slug);
                  return (
                    <li key={slug}>
                      {link?.href ? (
                        <a href={link.href} title={link.title} className="text-link">
                          {link.label}
                        </a>
                      ) : (
                        (link?.label ?? slug)
                      )}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <CitationList refs={a.sources} sources={sources} className="mt-3" />
    </>
  );
}
