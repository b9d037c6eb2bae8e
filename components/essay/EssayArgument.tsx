import { Link } from "@/components/common/Link";
import type { Catalog } from "@/lib/queries/catalog";
import { CLAIMS_SECTION, HISTORIANS_PATH, essayClaimsHref, serializeEssayView, type EssayView } from "@/lib/url/essayUrl";
import { claimsForMechanisms, countByVerdict, filterClaims } from "@/lib/essay/filterClaims";
import { verdictLabels } from "@/lib/essay/verdicts";
import { Notices } from "@/components/common/Notices";
import { ClaimSummary } from "./ClaimSummary";
import { EssayFilters, type MechanismGroup } from "./EssayFilters";
import { InterpretationIndex } from "./InterpretationIndex";
import { VerdictSummary } from "./VerdictSummary";

const ESSAY = "munoz-2020";

/**
 * The essay's claims and their verdicts, filtered by the view, then the historians' readings in
 * one line each. What is long (each claim's explanation and sources, each reading's summary) is
 * on its own page, one link away, so this one opens with the claims.
 */
export function EssayArgument({ catalog, view, notices }: { catalog: Catalog; view: EssayView; notices: string[] }) {
  const essay = catalog.sources.find((s) => s.slug === ESSAY) ?? catalog.sources.find((s) => s.kind === "essay");
  const mechanismName = new Map(catalog.mechanisms.map((m) => [m.slug, m.name]));
  const groups: MechanismGroup[] = catalog.categories.map((c) => ({
    name: c.name,
    mechanisms: catalog.mechanisms.filter((m) => m.category === c.slug).map((m) => ({ slug: m.slug, name: m.name })),
  }));

  const inScope = claimsForMechanisms(catalog.claims, view.m);
  const shown = filterClaims(catalog.claims, view);
  const counts = countByVerdict(inScope);
  const chosenNames = view.m.map((m) => mechanismName.get(m) ?? m);
  const scope =
    view.m.length === 0
      ? `all ${catalog.claims.length} claims`
      : `the ${inScope.length} claim${inScope.length === 1 ? "" : "s"} about ${chosenNames.join(", ")}`;

  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold sm:text-3xl">The essay, checked claim by claim</h1>
        <p className="mt-2">
          {essay ? (
            <>
              {essay.authors}&apos;s essay{" "}
              <a href={`/sources#${essay.slug}`} className="text-link">
                <cite>{essay.title}</cite>
              </a>{" "}
              ({essay.year})
            </>
          ) : (
            "The essay this dashboard started from"
          )}{" "}
          argues that Stalin&apos;s rule grew out of Lenin&apos;s. Here each of its claims is restated in our words with a
          verdict from the historical literature; a claim&apos;s page gives the reasons and the sources.
        </p>
      </header>

      <Notices notices={notices} />

      <section id={CLAIMS_SECTION} aria-labelledby="claims-heading" className="scroll-mt-2 space-y-3">
        <h2 id="claims-heading" className="section-heading">
          Verdicts on {scope}
        </h2>
        <VerdictSummary counts={counts} total={inScope.length} view={view} />
        {/* A new form for each address, so its controls always show the address's state. */}
        <EssayFilters key={serializeEssayView("/essay", view)} view={view} groups={groups} />
        <p className="font-medium" id="claims-count">
          Showing {shown.length} of {catalog.claims.length} claims
          {view.verdict ? ` judged “${verdictLabels[view.verdict].toLowerCase()}”` : ""}
          {view.m.length > 0 ? ` about ${chosenNames.join(", ")}` : ""}.
        </p>
        {shown.length === 0 ? (
          <p className="text-muted">
            No claim matches these filters.{" "}
            <Link href={essayClaimsHref({})} className="text-link">
              Show all claims
            </Link>
            .
          </p>
        ) : (
          <ol aria-labelledby="claims-count" className="space-y-2">
            {shown.map((c) => (
              <ClaimSummary key={c.slug} claim={c} />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="interpretations-heading" className="space-y-3">
        <h2 id="interpretations-heading" className="section-heading">
          How historians read the continuity
        </h2>
        <p className="max-w-3xl text-muted">
          The essay takes one side of a long argument. The main positions historians have taken on whether Stalin
          continued Lenin&apos;s work or broke with it, each summarised with its sources on{" "}
          <Link href={HISTORIANS_PATH} className="text-link">
            the historians&apos; page
          </Link>
          :
        </p>
        <InterpretationIndex interpretations={catalog.interpretations} />
      </section>
    </div>
  );
}
