import type { Catalog } from "@/lib/queries/catalog";
import type { ArgumentStep } from "@/lib/queries/argument";
import { stepView } from "@/lib/argument/stepView";
import { formatReferences } from "@/lib/sources/formatReferences";
import { FullCitations } from "./FullCitations";
import { HandoutFigure } from "./HandoutFigure";
import { StanceBadge } from "./StanceBadge";
import { StepText } from "./StepText";

/**
 * The handout (/argument/handout), made for paper: every step's text, its view in black and white,
 * its sources in full, and the discussion questions of all steps at the end.
 */
export function Handout({ catalog, steps }: { catalog: Catalog; steps: readonly ArgumentStep[] }) {
  const references = formatReferences(catalog.sources, "html");
  return (
    <div className="argument-handout space-y-6" data-handout>
      {steps.map((step, i) => (
        <section key={step.slug} aria-labelledby={`handout-${step.slug}`} className="argument-handout-step space-y-3">
          <h2 id={`handout-${step.slug}`} className="text-xl font-bold">
            Step {i + 1}. {step.title}
          </h2>
          <StanceBadge stance={step.stance} />
          <StepText step={step} catalog={catalog} level={3} />
          <HandoutFigure catalog={catalog} step={step} model={stepView(catalog, step)} />
          <div>
            <h3 className="text-sm font-semibold uppercase tracking-wide">Sources</h3>
            <FullCitations refs={step.sources} references={references} />
          </div>
        </section>
      ))}
      <section aria-labelledby="handout-questions" className="argument-handout-step space-y-3">
        <h2 id="handout-questions" className="text-xl font-bold">
          Questions for discussion
        </h2>
        <ol className="space-y-3">
          {steps.map((step, i) => (
            <li key={step.slug}>
              <p className="font-semibold">
                Step {i + 1}. {step.title}
              </p>
              <ol className="list-decimal pl-6">
                {step.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
