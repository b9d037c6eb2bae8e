import type { CatalogClaim } from "@/lib/queries/catalog";
import { MechanismLinks } from "@/components/common/MechanismLinks";
import { CitationList } from "@/components/common/CitationList";
import type { SourceIndex } from "@/lib/sources/citationLabel";
import { VerdictBadge } from "@/components/common/VerdictBadge";

/** One of the essay's claims: what it says, the verdict, why, and what it rests on. */
export function ClaimCard({
  claim,
  mechanismName,
  sources,
  showMechanisms = true,
}: {
  claim: CatalogClaim;
  mechanismName: ReadonlyMap<string, string>;
  sources: SourceIndex;
  showMechanisms?: boolean;
}) {
  const headingId = `claim-${claim.slug}-statement`;
  return (
    <article id={`claim-${claim.slug}`} aria-labelledby={headingId} className="scroll-mt-4 rounded-lg border border-border bg-card p-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
        <h3 id={headingId} className="font-semibold">
          <span className="sr-only">The essay claims: </span>
          {claim.statement}
        </h3>
        <div className="shrink-0">
          <VerdictBadge verdict={claim.verdict} />
        </div>
      </div>
      <p className="mt-2">{claim.explanation}</p>
      {showMechanisms ? <MechanismLinks slugs={claim.mechanisms} names={mechanismName} /> : null}
      <CitationList refs={claim.sources} sources={sources} className="mt-2" />
    </article>
  );
}
