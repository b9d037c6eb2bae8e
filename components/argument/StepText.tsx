import type { Catalog } from "@/lib/queries/catalog";
import type { ArgumentStep } from "@/lib/queries/argument";

const parts = [
  { key: "essay", label: "What the essay claims" },
  { key: "evidence", label: "What the evidence shows" },
  { key: "dispute", label: "What historians dispute" },
] as const;

/**
 * A step's text in its three labelled parts, then the essay's claims and the historians'
 * interpretations it rests on, each linking to where the essay page explains it.
 */
export function StepText({ step, catalog, level = 2 }: { step: ArgumentStep; catalog: Catalog; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  const claims = step.claims.map((slug) => catalog.claims.find((c) => c.slug === slug)).filter((c) => c !== undefined);
  const interpretations = step.interpretations
    .map((slug) => catalog.interpretations.find((i) => i.slug === slug))
    .filter((i) => i !== undefined);
  return (
    <div className="space-y-4">
      {parts.map((p) => (
        <section key={p.key} className="argument-part" data-part={p.key}>
          <Heading className="text-sm font-semibold uppercase tracking-wide text-muted">{p.label}</Heading>
          <p className="mt-1 leading-relaxed">{step[p.key]}</p>
        </section>
      ))}
      <div className="grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <p className="font-medium">The essay&apos;s claims it rests on</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {claims.map((c) => (
              <li key={c.slug}>
                <a href={`/essay#claim-${c.slug}`} className="text-link">
                  {c.statement}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="font-medium">Historians it draws on</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {interpretations.map((i) => (
              <li key={i.slug}>
                <a href={`/essay#interpretation-${i.slug}`} className="text-link">
                  {i.historian}, <cite>{i.work}</cite> ({i.year})
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
