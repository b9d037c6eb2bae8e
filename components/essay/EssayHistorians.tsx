import { Link } from "@/components/common/Link";
import type { Catalog } from "@/lib/queries/catalog";
import { indexSources } from "@/lib/sources/citationLabel";
import { CLAIMS_SECTION } from "@/lib/url/essayUrl";
import { InterpretationList } from "./InterpretationList";

/** The historians' readings of the continuity in full: the page the essay page's short list opens. */
export function EssayHistorians({ catalog }: { catalog: Catalog }) {
  const mechanismName = new Map(catalog.mechanisms.map((m) => [m.slug, m.name]));
  return (
    <div className="space-y-6">
      <header className="max-w-3xl">
        <p className="text-sm">
          <Link href={`/essay#${CLAIMS_SECTION}`} className="text-link">
            The essay, checked
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold sm:text-3xl">How historians read the continuity</h1>
        <p className="mt-2 text-muted">
          The essay takes one side of a long argument. These are the main positions historians have taken on whether
          Stalin continued Lenin&apos;s work or broke with it, each with the works it rests on.
        </p>
      </header>
      <InterpretationList interpretations={catalog.interpretations} mechanismName={mechanismName} sources={indexSources(catalog.sources)} />
    </div>
  );
}
