import type { CatalogLeader } from "@/lib/queries/catalog";
import { defaultView } from "@/lib/url/compareUrl";

export type LeaderSide = "a" | "b";
/** A side of the compare view, or "none" for a leader shown on his own. */
export type LeaderTone = LeaderSide | "none";

/** The two leaders in the compare view's default order: the first in vermilion, the second in blue. */
export function leaderPair(leaders: readonly CatalogLeader[]): { a: CatalogLeader | undefined; b: CatalogLeader | undefined } {
  return {
    a: leaders.find((l) => l.slug === defaultView.a) ?? leaders[0],
    b: leaders.find((l) => l.slug === defaultView.b) ?? leaders[1],
  };
}

export const sideClasses: Record<LeaderTone, { text: string; bg: string; borderTop: string }> = {
  a: { text: "text-leader-a", bg: "bg-leader-a", borderTop: "border-t-leader-a" },
  b: { text: "text-leader-b", bg: "bg-leader-b", borderTop: "border-t-leader-b" },
  none: { text: "text-foreground", bg: "bg-muted", borderTop: "border-t-foreground" },
};
