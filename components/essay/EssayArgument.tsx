import { Link } from "@/components/common/Link";
import type { Catalog } from "@/lib/queries/catalog";
import type { EssayView } from "@/lib/url/essayUrl";
import { claimsForMechanisms, countByVerdict, filterClaims } from "@/lib/essay/filterClaims";
import { verdictLabels } from "@/lib/essay/verdicts";
import { citationLabel, indexSources } from "@/lib/sources/citationLabel";
import { Notices } from "@/components/common/Notices";
import { ClaimCard } from "./ClaimCard";
import { EssayFilters } from "./EssayFilters";
import { InterpretationList } from "./InterpretationList";
import { VerdictSummary } from "./VerdictSummary";

const ESSAY = "munoz-2020";
const linkClass = "text-link";

/** The essay's argument claim by claim, filtered by the view, then the historians' readings. */
export function EssayArgument({ catalog, view, notices }: { catalog: Catalog; view: EssayView; notices: string[] }) {
  const sources = indexSources(catalog.sources);
  const essay = catalog.sources.find((s) => s.slug === ESSAY) ?? catalog.sources.find((s) => s.kind === "essay");
  const mechanismName = new Map(catalog.mechanisms.map((m) => [m.slug, m.name]));

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
        <p className="mt-3 text-lg">
          {essay ? (
            <>
              {essay.authors}&apos;s essay <cite>&ldquo;{essay.title}&rdquo;</cite> ({essay.year})
            </>
          ) : (
            "The essay this dashboard started from"
          )}{" "}
          argues that Stalin&apos;s rule grew out of Lenin&apos;s rather than betraying it. Below, each of its factual and
          interpretive claims is restated in our own words and checked against the historical literature and the
          archival figures in this dataset.
        </p>
        <p className="mt-2 text-muted">
          A verdict says how well the evidence bears the claim out: supported, partly supported, disputed among historians,
          or contradicted by the evidence.{" "}
          {essay ? (
            <>
              The essay itself is listed among the{" "}
              <Link href={`/sources#${essay.slug}`} className={linkClass}>
                sources as {citationLabel(essay.slug, sources)}
              </Link>
              .
            </>
          ) : null}
        </p>
      </header>

      <Notices notices={notices} />

      <VerdictSummary counts={counts} total={inScope.length} view={view} scope={scope} />

      <section aria-labelledby="claims-heading" className="render-when-near space-y-4">
        <h2 id="claims-heading" className="section-heading">
          The claims
        </h2>
        <EssayFilters view={view} catalog={catalog} />
        <p className="font-medium" id="claims-count">
          Showing {shown.length} of {catalog.claims.length} claims
          {view.verdict ? ` judged “${verdictLabels[view.verdict].toLowerCase()}”` : ""}
          {view.m.length > 0 ? ` about ${chosenNames.join(", ")}` : ""}.
        </p>
        {shown.length === 0 ? (
          <p className="text-muted">
            No claim matches these filters.{" "}
            <Link href="/essay" className={linkClass}>
              Show all claims
            </Link>
            .
          </p>
        ) : (
          <ol aria-labelledby="claims-count" className="space-y-4">
            {shown.map((c) => (
              <li key={c.slug}>
                <ClaimCard claim={c} mechanismName={mechanismName} sources={sources} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="interpretations-heading" className="render-when-near space-y-4">
        <h2 id="interpretations-heading" className="section-heading">
          How historians read the continuity
        </h2>
        <p className="max-w-3xl text-muted">
          The essay takes one side of a long argument. These are the main positions historians have taken on whether
          Stalin continued Lenin&apos;s work or broke with it.
        </p>
        <InterpretationList interpretations={catalog.interpretations} mechanismName={mechanismName} sources={sources} />
      </section>
    </div>
  );
}
