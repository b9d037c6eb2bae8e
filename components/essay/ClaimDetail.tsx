import { Link } from "@/components/common/Link";
import { CitationList } from "@/components/common/CitationList";
import { VerdictBadge } from "@/components/common/VerdictBadge";
import type { Catalog, CatalogClaim } from "@/lib/queries/catalog";
import { indexSources } from "@/lib/sources/citationLabel";
import { claimAnchor, claimPath, essayClaimsHref } from "@/lib/url/essayUrl";

/**
 * One of the essay's claims on its own page: the statement and the verdict, why, the sources,
 * the mechanisms it concerns (with the other claims about each), and the claims before and after
 * it in the essay's order.
 */
export function ClaimDetail({ catalog, claim }: { catalog: Catalog; claim: CatalogClaim }) {
  const sources = indexSources(catalog.sources);
  const mechanismName = new Map(catalog.mechanisms.map((m) => [m.slug, m.name]));
  const index = catalog.claims.findIndex((c) => c.slug === claim.slug);
  const previous = catalog.claims[index - 1] ?? null;
  const next = catalog.claims[index + 1] ?? null;

  return (
    <article aria-labelledby="claim-statement" className="max-w-3xl space-y-6">
      <header>
        <p className="text-sm">
          <Link href={`/essay#${claimAnchor(claim.slug)}`} className="text-link">
            The essay, checked
          </Link>
          <span className="text-muted">
            {" "}
            · claim {index + 1} of {catalog.claims.length}
          </span>
        </p>
        <h1 id="claim-statement" className="mt-2 text-2xl font-bold">
          {/* Visible: shared alone, the page must not read as if the site made the claim. */}
          <span className="block text-base font-normal text-muted">The essay claims: </span>
          {claim.statement}
        </h1>
        <div className="mt-3">
          <VerdictBadge verdict={claim.verdict} />
        </div>
      </header>

      <section aria-labelledby="claim-why">
        <h2 id="claim-why" className="section-heading">
          Why this verdict
        </h2>
        <p>{claim.explanation}</p>
        <CitationList refs={claim.sources} sources={sources} className="mt-3" />
      </section>

      {claim.mechanisms.length > 0 ? (
        <section aria-labelledby="claim-mechanisms">
          <h2 id="claim-mechanisms" className="section-heading">
            What it is about
          </h2>
          <ul className="space-y-1">
            {claim.mechanisms.map((m) => (
              <li key={m}>
                <Link href={`/mechanisms/${m}`} className="text-link font-medium">
                  {mechanismName.get(m) ?? m}
                </Link>
                <span className="text-muted"> · </span>
                <Link href={essayClaimsHref({ m: [m] })} className="text-link text-sm">
                  the essay&apos;s claims about it
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <nav aria-label="The essay's claims" className="grid gap-3 border-t border-border pt-4 sm:grid-cols-2">
        <div>
          {previous ? (
            <Link href={claimPath(previous.slug)} rel="prev" className="block rounded-md border border-border bg-card p-3 hover:border-accent">
              <span className="block text-xs text-muted">← Previous claim</span>
              <span className="font-medium">{previous.statement}</span>
            </Link>
          ) : null}
        </div>
        <div className="sm:text-right">
          {next ? (
            <Link href={claimPath(next.slug)} rel="next" className="block rounded-md border border-border bg-card p-3 hover:border-accent">
              <span className="block text-xs text-muted">Next claim →</span>
              <span className="font-medium">{next.statement}</span>
            </Link>
          ) : null}
        </div>
      </nav>
    </article>
  );
}
