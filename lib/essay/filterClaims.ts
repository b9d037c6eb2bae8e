// The essay page's model: which claims a view shows and how many there are of each verdict.
import type { CatalogClaim } from "../queries/catalog";
import type { EssayView } from "../url/essayUrl";
import { verdicts, type Verdict } from "./verdicts";

type ClaimLike = Pick<CatalogClaim, "verdict" | "mechanisms">;

/** Claims about any of the view's mechanisms (all claims when none is chosen). */
export function claimsForMechanisms<C extends ClaimLike>(claims: readonly C[], mechanisms: readonly string[]): C[] {
  if (mechanisms.length === 0) return [...claims];
  const wanted = new Set(mechanisms);
  return claims.filter((c) => c.mechanisms.some((m) => wanted.has(m)));
}

/** The claims a view shows, in the dataset's order: by mechanism, then by verdict. */
export function filterClaims<C extends ClaimLike>(claims: readonly C[], view: EssayView): C[] {
  return claimsForMechanisms(claims, view.m).filter((c) => view.verdict === null || c.verdict === view.verdict);
}

/** How many of the claims carry each verdict, every verdict present (zero when none). */
export function countByVerdict(claims: readonly Pick<CatalogClaim, "verdict">[]): Record<Verdict, number> {
  const counts = Object.fromEntries(verdicts.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const c of claims) {
    if (c.verdict in counts) counts[c.verdict as Verdict] += 1;
  }
  return counts;
}
