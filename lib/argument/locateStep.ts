// Where a step sits in the argument: its number (from 1, as the pages show it) and its
// neighbours, so the step pages can chain from the first to the last.

type Slugged = { slug: string };

export type LocatedStep<S extends Slugged> = {
  step: S;
  /** 1 for the first step. */
  number: number;
  total: number;
  previous: S | null;
  next: S | null;
};

/** The step with this slug and its place in the reading order, or null if there is none. */
export function locateStep<S extends Slugged>(steps: readonly S[], slug: string): LocatedStep<S> | null {
  const index = steps.findIndex((s) => s.slug === slug);
  if (index === -1) return null;
  return {
    step: steps[index]!,
    number: index + 1,
    total: steps.length,
    previous: steps[index - 1] ?? null,
    next: steps[index + 1] ?? null,
  };
}
