import { Link } from "@/components/common/Link";
import type { Catalog } from "@/lib/queries/catalog";
import { citingRecords } from "@/lib/sources/citingRecords";
import { groupSources } from "@/lib/sources/groupSources";
import { SourceEntry } from "./SourceEntry";

/** The whole bibliography, grouped by kind and sorted by author, each entry with the records citing it. */
export function Bibliography({ catalog }: { catalog: Catalog }) {
  const groups = groupSources(catalog.sources);
  const citedBy = citingRecords(catalog);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold sm:text-3xl">Sources</h1>
        <p className="mt-3">
          Every assessment, event, institution, yearly series and claim in this dashboard cites the works below. Each entry
          lists the records that rely on it, so a reader can check what rests on which book or document.
        </p>
        <p className="mt-2 text-muted">How to cite the dataset: {catalog.dataset.citation}</p>
        <nav aria-label="Kinds of source" className="mt-3 text-sm">
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
      </header>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`kind-${g.kind}`} className="render-when-near">
          <h2 id={`kind-${g.kind}`} className="scroll-mt-4 section-heading">
            {g.label}
          </h2>
          <ul className="mt-3 space-y-3">
            {g.sources.map((s) => (
              <li key={s.slug}>
                <SourceEntry source={s} citedBy={citedBy.get(s.slug) ?? []} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
