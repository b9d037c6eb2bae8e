import { decimalYear } from "../compare/buildCompareView";
import type { CatalogLeader } from "../queries/catalog";

export type TenureLeader = Pick<CatalogLeader, "slug" | "name" | "powerStart" | "powerEnd">;

export type TenureBand = {
  side: "a" | "b";
  leader: string;
  name: string;
  /** Decimal years, clipped to the selected years. */
  start: number;
  end: number;
};

/**
 * Each compared leader's time in power as a span of decimal years, clipped to [from, to + 1):
 * the view's years are whole calendar years, so "to" reaches the end of that year. A leader
 * entirely outside the years gets no band.
 */
export function tenureBands(leaders: readonly [TenureLeader, TenureLeader], from: number, to: number): TenureBand[] {
  return leaders.flatMap((leader, i) => {
    const start = Math.max(decimalYear(leader.powerStart), from);
    const end = Math.min(decimalYear(leader.powerEnd), to + 1);
    if (end <= start) return [];
    return [{ side: i === 0 ? ("a" as const) : ("b" as const), leader: leader.slug, name: leader.name, start, end }];
  });
}
