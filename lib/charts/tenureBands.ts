import { decimalYear } from "../compare/buildCompareView";
import type { CatalogLeader } from "../queries/catalog";

export type TenureLeader = Pick<CatalogLeader, "slug" | "name" | "powerStart" | "powerEnd">;

export type TenureBand = {
  /** The compared pair's sides in their colours; any other leader in the years ("none") in grey. */
  side: "a" | "b" | "none";
  leader: string;
  name: string;
  /** Decimal years, clipped to the selected years. */
  start: number;
  end: number;
};

/**
 * Each leader's time in power as a span of decimal years, clipped to [from, to + 1): the view's
 * years are whole calendar years, so "to" reaches the end of that year. A leader entirely outside
 * the years gets no band. The first two leaders given are the compared pair (sides a and b); any
 * others (the regimes before and after, when the years reach them) are shaded too, so a series
 * is read against every period in power it crosses.
 */
export function tenureBands(leaders: readonly TenureLeader[], from: number, to: number, pair: readonly [string, string] = [leaders[0]?.slug ?? "", leaders[1]?.slug ?? ""]): TenureBand[] {
  const sideOf = (slug: string) => (slug === pair[0] ? ("a" as const) : slug === pair[1] ? ("b" as const) : ("none" as const));
  return leaders.flatMap((leader) => {
    const start = Math.max(decimalYear(leader.powerStart), from);
    const end = Math.min(decimalYear(leader.powerEnd), to + 1);
    if (end <= start) return [];
    return [{ side: sideOf(leader.slug), leader: leader.slug, name: leader.name, start, end }];
  });
}
