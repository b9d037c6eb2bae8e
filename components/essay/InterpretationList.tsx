import type { Catalog } from "@/lib/queries/catalog";
import { MechanismLinks } from "@/components/common/MechanismLinks";
import { CitationList } from "@/components/common/CitationList";
import type { SourceIndex } from "@/lib/sources/citationLabel";
import { positionLabel } from "@/lib/essay/positions";
import { interpretationAnchor } from "@/lib/url/essayUrl";

/** Historians' positions on whether Stalin continued or broke with Lenin, each in full. */
export function InterpretationList({
  interpretations,
  mechanismName,
  sources,
}: {
  interpretations: Catalog["interpretations"];
  mechanismName: ReadonlyMap<string, string>;
  sources: SourceIndex;
}) {
  if (interpretations.length === 0) return <p className="text-muted">No interpretations are in the dataset yet.</p>;
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {interpretations.map((i) => (
        <li key={i.slug}>
          <article
            id={interpretationAnchor(i.slug)}
            aria-labelledby={`${interpretationAnchor(i.slug)}-title`}
            className="h-full scroll-mt-4 rounded-lg border border-border bg-card p-4"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`${interpretationAnchor(i.slug)}-title`} className="font-semibold">
                {i.historian}
              </h2>
              <span className="rounded border border-border bg-background px-2 py-0.5 text-sm">
                <span className="sr-only">Position: </span>
                {positionLabel(i.position)}
              </span>
            </div>
            <p className="text-sm text-muted">
              <cite>{i.work}</cite> ({i.year})
            </p>
            <p className="mt-2">{i.summary}</p>
            <MechanismLinks slugs={i.mechanisms} names={mechanismName} />
            <CitationList refs={i.sources} sources={sources} className="mt-2" />
          </article>
        </li>
      ))}
    </ul>
  );
}
