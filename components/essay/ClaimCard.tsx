import Link from "next/link";
import type { CatalogClaim } from "@/lib/queries/catalog";
import { CitationList, type SourceIndex } from "@/components/common/CitationList";
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
      {showMechanisms && claim.mechanisms.length > 0 ? (
        <div className="mt-2 text-sm">
          <span className="font-medium">Mechanisms: </span>
          <ul className="inline">
            {claim.mechanisms.map((m) => (
              <li key={m} className="inline after:content-[',_'] last:after:content-none">
                <Link href={`/mechanisms/${m}`} className="text-accent underline underline-offset-2 hover:no-underline">
                  {mechanismName.get(m) ?? m}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <CitationList refs={claim.sources} sources={sources} className="mt-2" />
    </article>
  );
}
