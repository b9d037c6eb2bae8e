import type { CitationRef } from "@/lib/queries/catalog";
import { citationLabel, type SourceIndex } from "@/lib/sources/citationLabel";

/** A record's sources as "Author (year), locator", each linking to its bibliography entry. */
export function CitationList({
  refs,
  sources,
  label = "Sources",
  className = "",
}: {
  refs: readonly CitationRef[];
  sources: SourceIndex;
  label?: string;
  className?: string;
}) {
  if (refs.length === 0) return null;
  return (
    <div className={`text-sm text-muted ${className}`}>
      <span className="font-medium">{label}: </span>
      <ul className="citations">
        {refs.map((ref, i) => (
          <li key={`${ref.source}-${i}`}>
            {/* A plain link, not next/link: pages carry over a hundred citations, and each Link is
                a client component to hydrate and watch for prefetching; the bibliography opens
                at the entry either way. */}
            <a href={`/sources#${ref.source}`} title={sources.get(ref.source)?.title}>
              {citationLabel(ref.source, sources)}
            </a>
            {ref.locator ? `, ${ref.locator}` : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
