import type { CatalogClaim } from "@/lib/queries/catalog";
import { VerdictBadge } from "@/components/common/VerdictBadge";
import { claimAnchor, claimPath } from "@/lib/url/essayUrl";

/**
 * One claim in the essay page's list: what the essay says and the verdict. The explanation and
 * the sources are on the claim's own page, which the whole card opens (its statement is the
 * link), so the list stays short to send and to read. A plain link rather than next/link: forty-odd
 * client components to hydrate, for pages that are prerendered anyway.
 */
export function ClaimSummary({ claim }: { claim: Pick<CatalogClaim, "slug" | "statement" | "verdict" | "sources"> }) {
  const sources = claim.sources.length;
  return (
    <li id={claimAnchor(claim.slug)} className="claim-item">
      <h3>
        <a href={claimPath(claim.slug)}>{claim.statement}</a>
      </h3>
      <VerdictBadge verdict={claim.verdict} />
      <span className="claim-why">{`Why, with ${sources} source${sources === 1 ? "" : "s"} →`}</span>
    </li>
  );
}
