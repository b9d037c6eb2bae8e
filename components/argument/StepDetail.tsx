import type { Catalog } from "@/lib/queries/catalog";
import type { ArgumentStep } from "@/lib/queries/argument";
import type { StepView as Model } from "@/lib/argument/stepView";
import { Link } from "@/components/common/Link";
import { formatReferences } from "@/lib/sources/formatReferences";
import { FullCitations } from "./FullCitations";
import { StanceBadge } from "./StanceBadge";
import { StepNav } from "./StepNav";
import { StepText } from "./StepText";
import { StepView } from "./StepView";

type Neighbour = { slug: string; title: string } | null;

/** One step of the argument: its text first (a phone reads it before the chart), then the view, its sources and questions. */
export function StepDetail({
  catalog,
  step,
  number,
  total,
  previous,
  next,
  model,
}: {
  catalog: Catalog;
  step: ArgumentStep;
  number: number;
  total: number;
  previous: Neighbour;
  next: Neighbour;
  model: Model;
}) {
  const references = formatReferences(catalog.sources, "html");
  return (
    <article aria-labelledby="step-title" className="argument-step mx-auto max-w-4xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-muted">
          <Link href="/argument" className="text-link">
            The argument
          </Link>
          , step {number} of {total}
        </p>
        <h1 id="step-title" className="text-2xl font-bold sm:text-3xl">
          <span className="text-muted">{number}. </span>
          {step.title}
        </h1>
        <StanceBadge stance={step.stance} />
      </header>

      <StepText step={step} catalog={catalog} />

      <section aria-labelledby="view-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="view-heading" className="section-heading">
            The evidence in the dashboard
          </h2>
          <Link href={model.href} className="argument-controls rounded-md bg-accent px-4 py-2 font-semibold text-background no-underline hover:opacity-90">
            Open this view in the dashboard →
          </Link>
        </div>
        <div className="rounded-lg border border-border bg-card p-3 sm:p-4">
          <StepView catalog={catalog} step={step} model={model} />
        </div>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="section-heading">
          Sources
        </h2>
        <FullCitations refs={step.sources} references={references} />
      </section>

      <section aria-labelledby="questions-heading" className="rounded-lg border border-border bg-card p-4">
        <h2 id="questions-heading" className="section-heading">
          For discussion
        </h2>
        <ol className="mt-2 list-decimal space-y-2 pl-5">
          {step.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ol>
      </section>

      <StepNav previous={previous} next={next} number={number} />
    </article>
  );
}
