// Which leader's record page on a mechanism shows an event in full: the leader the event is
// attributed to, or, for an event of neither (the Provisional Government's months, the collective
// leaderships of 1923 and 1953), the first leader who came to power after it — what he found.
import type { CatalogEvent, CatalogLeader } from "../queries/catalog";

export function recordPageLeader(event: Pick<CatalogEvent, "leader" | "date">, leaders: readonly Pick<CatalogLeader, "slug" | "powerStart">[]): string {
  if (event.leader) return event.leader;
  return (leaders.find((l) => l.powerStart > event.date) ?? leaders.at(-1)!).slug;
}
