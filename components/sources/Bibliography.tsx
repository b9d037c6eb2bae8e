import { Link } from "@/components/common/Link";
import type { Catalog } from "@/lib/queries/catalog";
import { citingRecords } from "@/lib/sources/citingRecords";
import { formatReferences } from "@/lib/sources/formatReferences";
import { groupSources } from "@/lib/sources/groupSources";
import { BibliographyDownloads } from "./BibliographyDownloads";
import { sourceEntryHtml } from "./sourceEntryHtml";

/**
 * The whole bibliography, grouped by kind and sorted by author; each entry links to its own page
 * with the records citing it. The first screen holds what a reader comes for: the kinds, the
 * downloads and the first entries.
 */
export function Bibliography({ catalog }: { catalog: Catalog }) {
  const groups = groupSources(catalog.sources);
  const references = formatReferences(catalog.sources, "html");
  const citedBy = citingRecords(catalog);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">Sources</h1>
        <p>Every work the dashboard&rsquo;s records cite, by kind and author. Each entry links to the records that rest on it.</p>
        <nav aria-label="Kinds of source" className="text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {groups.map((g) => (
              <li key={g.kind}>
                <Link href={`#kind-${g.kind}`} className="text-link">
                  {g.label} ({g.sources.length})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <BibliographyDownloads />
      </header>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`kind-${g.kind}`}>
          <h2 id={`kind-${g.kind}`} className="scroll-mt-4 section-heading">
            {g.label}
          </h2>
          {/* One string per kind rather than an element per entry: every byte of the list is sent
              twice (the HTML and the React payload), and an element costs more in the payload. */}
          <ul
            className="mt-3 lg:columns-2 lg:gap-10"
            dangerouslySetInnerHTML={{ __html: g.sources.map((s) => sourceEntryHtml(s.slug, references.get(s.slug), citedBy.get(s.slug)?.length ?? 0)).join("") }}
          />
        </section>
      ))}
      <footer className="max-w-3xl text-sm text-muted">
        <h2 className="font-semibold text-foreground">How to cite the dataset</h2>
        <p className="mt-1">{catalog.dataset.citation}</p>
      </footer>
    </div>
  );
}
