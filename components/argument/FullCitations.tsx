import { Reference } from "@/components/sources/Reference";
import type { CitationRef } from "@/lib/queries/catalog";

/**
 * Citations written out in full (the bibliography's reference, then the page or chapter cited):
 * a handout on paper has no bibliography page to follow a link to. `references` are the full
 * references by slug (lib/sources/formatReferences.ts), made once for the page.
 */
export function FullCitations({ refs, references }: { refs: readonly CitationRef[]; references: ReadonlyMap<string, string> }) {
  return (
    <ol className="list-decimal space-y-1 pl-5 text-sm">
      {refs.map((ref, i) => (
        <li key={`${ref.source}-${i}`}>
          {references.has(ref.source) ? <Reference html={references.get(ref.source)} /> : ref.source}
          {ref.locator ? ` Cited: ${ref.locator}.` : null}{" "}
          <a href={`/sources#${ref.source}`} className="text-link print:hidden">
            In the bibliography
          </a>
        </li>
      ))}
    </ol>
  );
}
