// Checks of the guided argument (prisma/data/argument.json) against the rest of the dataset: each
// step's view must be one the dashboard reads whole (no notice, no key it does not know), and the
// claims and interpretations it rests on must exist. A step that fails names itself.
import { searchParamsToRecord } from "../url/parseParams";
import { resolveView, viewParams } from "../url/readCompareUrl";
import type { DatasetIssue } from "./DatasetError";
import type { ArgumentStepRecord } from "./schema";

export const ARGUMENT_STEPS = { min: 8, max: 14 } as const;

type Slugged = { slug: string };
export type ArgumentContext = {
  argument: (ArgumentStepRecord & { file: string })[];
  leaders: readonly Slugged[];
  mechanisms: readonly (Slugged & { category: string })[];
  metrics: readonly (Slugged & { aliases: readonly string[] })[];
  events: readonly Slugged[];
  claims: readonly Slugged[];
  interpretations: readonly Slugged[];
};

export function checkArgument(d: ArgumentContext): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const file = d.argument[0]?.file ?? "prisma/data/argument.json";
  const { min, max } = ARGUMENT_STEPS;
  if (d.argument.length < min || d.argument.length > max) {
    issues.push({ file, message: `the argument has ${d.argument.length} steps; it must have ${min} to ${max}` });
  }

  const slugs = (items: readonly Slugged[]) => items.map((i) => i.slug);
  const catalog = { leaders: slugs(d.leaders), mechanisms: d.mechanisms, metrics: d.metrics, events: slugs(d.events) };
  const claims = new Set(slugs(d.claims));
  const interpretations = new Set(slugs(d.interpretations));
  const keys = new Set(Object.keys(viewParams));

  for (const step of d.argument) {
    const add = (message: string) => issues.push({ file: step.file, record: `"${step.slug}"`, message });
    const params = new URLSearchParams(step.view);
    for (const key of new Set(params.keys())) {
      if (!keys.has(key)) add(`view: the dashboard has no parameter "${key}"`);
    }
    for (const notice of resolveView(searchParamsToRecord(params), catalog).notices) add(`view: ${notice}`);
    for (const c of step.claims) if (!claims.has(c)) add(`claims: no claim "${c}" in claims.json`);
    for (const i of step.interpretations) if (!interpretations.has(i)) add(`interpretations: no interpretation "${i}" in interpretations.json`);
  }
  return issues;
}
