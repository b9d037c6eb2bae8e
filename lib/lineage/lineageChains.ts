// Groups institutions into chains of succession (Cheka → GPU → OGPU → NKVD ...) for the
// lineage view: each chain is a connected group of the predecessor graph, ordered by founding.
import { decimalYear } from "../compare/buildCompareView";

type Institution = {
  slug: string;
  name: string;
  abbreviation: string | null;
  founded: string;
  dissolved: string | null;
  predecessors: { slug: string }[];
  successors: string[];
  mechanisms: string[];
};

export type LineageChain<T extends Institution = Institution> = {
  /** Founding date of the chain's first institution, for ordering chains. */
  start: number;
  members: (T & { start: number; end: number | null })[];
};

/**
 * Chains that touch the selected mechanisms (all when none are selected) and the years
 * [from, to]. An institution with no predecessor or successor is a chain of its own.
 */
export function lineageChains<T extends Institution>(
  institutions: T[],
  mechanisms: string[],
  from: number,
  to: number,
): LineageChain<T>[] {
  const bySlug = new Map(institutions.map((i) => [i.slug, i]));
  const seen = new Set<string>();
  const chains: LineageChain<T>[] = [];
  for (const first of institutions) {
    if (seen.has(first.slug)) continue;
    const group: T[] = [];
    const stack = [first.slug];
    while (stack.length > 0) {
      const slug = stack.pop() as string;
      const inst = bySlug.get(slug);
      if (!inst || seen.has(slug)) continue;
      seen.add(slug);
      group.push(inst);
      stack.push(...inst.predecessors.map((p) => p.slug), ...inst.successors);
    }
    const members = group
      .map((i) => ({ ...i, start: decimalYear(i.founded), end: i.dissolved ? decimalYear(i.dissolved) : null }))
      .sort((x, y) => x.start - y.start || x.name.localeCompare(y.name));
    const relevant = mechanisms.length === 0 || members.some((m) => m.mechanisms.some((s) => mechanisms.includes(s)));
    const overlaps = members.some((m) => m.start < to + 1 && (m.end ?? Infinity) >= from);
    if (relevant && overlaps) chains.push({ start: members[0]?.start ?? 0, members });
  }
  return chains.sort((a, b) => b.members.length - a.members.length || a.start - b.start);
}
