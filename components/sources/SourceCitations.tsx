import { Link } from "@/components/common/Link";
import type { Catalog, CatalogSource } from "@/lib/queries/catalog";
import { citationLabel, indexSources } from "@/lib/sources/citationLabel";
import { citingRecords } from "@/lib/sources/citingRecords";
import { toCslItem } from "@/lib/sources/cslJson";
import { formatReferences } from "@/lib/sources/formatReferences";
import { CitingRecords } from "./CitingRecords";
import { Reference } from "./Reference";

/** One source's page (/sources/<slug>): its full reference, then every record that cites it. */
export function SourceCitations({ catalog, source }: { catalog: Catalog; source: CatalogSource }) {
  const records = citingRecords(catalog).get(source.slug) ?? [];
  const note = toCslItem(source).note;
  return (
    <article aria-labelledby="source-title" className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/sources#${source.slug}`} className="text-link">
            ← All sources
          </Link>
        </p>
        <h1 id="source-title" className="text-2xl font-bold sm:text-3xl">
          What cites {citationLabel(source.slug, indexSources(catalog.sources))}
        </h1>
        <Reference as="p" html={formatReferences(catalog.sources, "html").get(source.slug)} />
        {note ? <p className="text-sm text-muted">{note}</p> : null}
        <p className="font-medium">
          Cited by {records.length} record{records.length === 1 ? "" : "s"} in the dataset
        </p>
      </header>
      <CitingRecords records={records} />
    </article>
  );
}
