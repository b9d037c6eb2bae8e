import { Link } from "@/components/common/Link";
import type { CatalogSource } from "@/lib/queries/catalog";
import { citingKindLabels, citingKinds, type CitingRecord } from "@/lib/sources/citingRecords";

const linkClass = "text-link";

/** One bibliography entry: the full citation, then every record in the dataset that cites it. */
export function SourceEntry({ source: s, citedBy }: { source: CatalogSource; citedBy: readonly CitingRecord[] }) {
  const titleId = `${s.slug}-title`;
  return (
    <article id={s.slug} aria-labelledby={titleId} className="scroll-mt-4 rounded-lg border border-border bg-card p-4 target:ring-2 target:ring-accent">
      <p id={titleId}>
        {s.authors} ({s.year}).{" "}
        {s.journal ? (
          <>
            &ldquo;{s.title}.&rdquo; <i>{s.journal}</i>.
          </>
        ) : (
          <>
            <i>{s.title}</i>.
          </>
        )}
        {s.publisher ? ` ${s.publisher}.` : null}
        {s.url ? (
          <>
            {" "}
            <a href={s.url} className={`${linkClass} break-all`}>
              {s.url}
            </a>
          </>
        ) : null}
      </p>
      {s.note ? <p className="mt-1 text-sm text-muted">{s.note}</p> : null}
      <CitedBy records={citedBy} />
    </article>
  );
}

function CitedBy({ records }: { records: readonly CitingRecord[] }) {
  if (records.length === 0) return <p className="mt-2 text-sm text-muted">No record in the dataset cites this work yet.</p>;
  return (
    <div className="mt-3 border-t border-border pt-2 text-sm">
      <p className="font-medium">
        Cited by {records.length} record{records.length === 1 ? "" : "s"}
      </p>
      <dl className="mt-1 space-y-1">
        {citingKinds.map((kind) => {
          const ofKind = records.filter((r) => r.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <div key={kind}>
              <dt className="inline font-medium text-muted">{citingKindLabels[kind]}: </dt>
              <dd className="inline">
                <ul className="list-semicolons">
                  {ofKind.map((r) => (
                    <li key={r.label}>
                      {r.href ? (
                        <Link href={r.href} className={linkClass}>
                          {r.label}
                        </Link>
                      ) : (
                        r.label
                      )}
                      {r.locators.length > 0 ? <span className="text-muted"> ({r.locators.join("; ")})</span> : null}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
