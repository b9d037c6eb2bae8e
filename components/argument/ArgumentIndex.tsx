import type { ArgumentStep } from "@/lib/queries/argument";
import { firstSentence } from "@/lib/text/firstSentence";
import { Link } from "@/components/common/Link";
import { StanceBadge } from "./StanceBadge";

/** /argument: what the path is for and the steps in order; the handout to print is /argument/handout. */
export function ArgumentIndex({ steps }: { steps: readonly ArgumentStep[] }) {
  const first = steps[0];
  return (
    <div className="argument-index mx-auto max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">The argument, step by step</h1>
        <p className="leading-relaxed">
          The essay this site checks makes one case above all: that the terror of Stalin&apos;s years was carried out with
          instruments Lenin had already put in place, among them a political police, censorship of the press, the forced
          taking of grain, a single disciplined party and the camps. Historians do not answer that case in one voice. Some
          trace a straight line from 1917; others point to the retreat of the New Economic Policy, to the open quarrels
          inside Lenin&apos;s party, to the pressure of the civil war, or to how much larger and newer the violence of
          1929–1933 and 1937–1938 was.
        </p>
        <p className="leading-relaxed">
          The {steps.length} steps below take the question in order. Each gives, in three short parts, what the essay says
          at that point, what the records in this dataset show and what historians still argue about, next to the chart or
          table it rests on and the sources behind it. Every view opens in the dashboard with the same filters, so you can
          check it and go further, and every step ends with questions for a class or a reading group.
        </p>
        <p className="leading-relaxed">
          Teaching with it? Print{" "}
          <Link className="text-link" href="/argument/handout">
            the handout
          </Link>
          : each step&apos;s text, a black-and-white version of its chart, its sources in full and all the questions gathered
          at the end{" "}<span className="hidden print:inline">(at /argument/handout on this site)</span>.
        </p>
        {first ? (
          <p className="argument-controls">
            <Link href={`/argument/${first.slug}`} className="inline-block rounded-md bg-accent px-4 py-2 font-semibold text-background hover:opacity-90">
              Start with step 1 →
            </Link>
          </p>
        ) : null}
      </header>

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading" className="section-heading">
          The steps
        </h2>
        <ol className="mt-3 space-y-3">
          {steps.map((step, i) => (
            <li key={step.slug} className="argument-index-step rounded-lg border border-border bg-card p-4">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="text-sm font-semibold text-muted">Step {i + 1}</span>
                <StanceBadge stance={step.stance} />
              </div>
              <h3 className="mt-1 text-lg font-semibold">
                <Link href={`/argument/${step.slug}`} className="text-link">
                  {step.title}
                </Link>
              </h3>
              <p className="mt-1 text-sm text-muted">{firstSentence(step.essay)}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
