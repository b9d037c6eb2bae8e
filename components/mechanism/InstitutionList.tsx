import type { CatalogInstitution } from "@/lib/queries/catalog";
import { CitationList } from "@/components/common/CitationList";
import type { SourceIndex } from "@/lib/sources/citationLabel";
import { formatDateRange } from "@/lib/format";

/** Institutions serving a mechanism, with their dates and the bodies they grew from and turned into. */
export function InstitutionList({
  institutions,
  all,
  sources,
}: {
  institutions: readonly CatalogInstitution[];
  all: readonly CatalogInstitution[];
  sources: SourceIndex;
}) {
  if (institutions.length === 0) return <p className="text-muted">No institution is linked to this mechanism yet.</p>;
  const bySlug = new Map(all.map((i) => [i.slug, i]));
  const here = new Set(institutions.map((i) => i.slug));

  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {institutions.map((i) => (
        <li key={i.slug} id={`institution-${i.slug}`} className="scroll-mt-4 rounded-lg border border-border bg-card p-4">
          <h3 className="font-semibold">
            {i.name}
            {i.abbreviation ? <span className="font-normal text-muted"> · {i.abbreviation}</span> : null}
          </h3>
          <p className="text-sm text-muted">{formatDateRange(i.founded, i.dissolved)}</p>
          <p className="mt-2">{i.description}</p>
          {i.predecessors.length > 0 || i.successors.length > 0 ? (
            <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              {i.predecessors.length > 0 ? (
                <>
                  <dt className="font-medium">Grew out of</dt>
                  <dd>
                    <ul>
                      {i.predecessors.map((p) => (
                        <li key={p.slug}>
                          <InstitutionLink slug={p.slug} bySlug={bySlug} here={here} />
                          {p.note ? <span className="text-muted"> ({p.note})</span> : null}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
              {i.successors.length > 0 ? (
                <>
                  <dt className="font-medium">Succeeded by</dt>
                  <dd>
                    <ul className="flex flex-wrap gap-x-3">
                      {i.successors.map((s) => (
                        <li key={s}>
                          <InstitutionLink slug={s} bySlug={bySlug} here={here} />
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
            </dl>
          ) : null}
          <CitationList refs={i.sources} sources={sources} className="mt-2" />
        </li>
      ))}
    </ul>
  );
}

/** An institution's short name, linking to where it is described: on this page, or on a mechanism it serves. */
function InstitutionLink({
  slug,
  bySlug,
  here,
}: {
  slug: string;
  bySlug: ReadonlyMap<string, CatalogInstitution>;
  here: ReadonlySet<string>;
}) {
  const target = bySlug.get(slug);
  const label = target?.abbreviation ?? target?.name ?? slug;
  const page = here.has(slug) ? "" : target?.mechanisms[0] ? `/mechanisms/${target.mechanisms[0]}` : null;
  if (page === null) return <>{label}</>;
  return (
    // Stacked or wrapped short links, not words in a sentence: each is 24 px high to tap (WCAG 2.5.8).
    <a href={`${page}#institution-${slug}`} className="inline-block py-1 text-link">
      {label}
    </a>
  );
}
