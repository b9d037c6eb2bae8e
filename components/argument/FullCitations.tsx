import type { CatalogSource, CitationRef } from "@/lib/queries/catalog";

/**
 * Citations written out in full (authors, title, year, publisher or journal, then the page or
 * chapter cited): a handout on paper has no bibliography page to follow a link to.
 */
export function FullCitations({ refs, sources }: { refs: readonly CitationRef[]; sources: ReadonlyMap<string, CatalogSource> }) {
  return (
    <ol className="list-decimal space-y-1 pl-5 text-sm">
      {refs.map((ref, i) => {
        const s = sources.get(ref.source);
        return (
          <li key={`${ref.source}-${i}`}>
            {s ? (
              <>
                {s.authors} ({s.year}).{" "}
                {s.journal ? (
                  <>
                    &ldquo;{s.title}.&rdquo; <i>{s.journal}</i>.
                  </>
                ) : (
                  <i>{s.title}.</i>
                )}
                {s.publisher ? ` ${s.publisher}.` : null}
              </>
            ) : (
              ref.source
            )}
            {ref.locator ? ` ${ref.locator}.` : null}{" "}
            <a href={`/sources#${ref.source}`} className="text-link print:hidden">
              In the bibliography
            </a>
          </li>
        );
      })}
    </ol>
  );
}
