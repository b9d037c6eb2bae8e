import { Link } from "@/components/common/Link";
import { citingKindLabels, citingKinds, type CitingRecord } from "@/lib/sources/citingRecords";

/** Every record in the dataset that cites one source, by kind, with the pages or years it cites. */
export function CitingRecords({ records }: { records: readonly CitingRecord[] }) {
  if (records.length === 0) return <p className="text-muted">No record in the dataset cites this work yet.</p>;
  return (
    <div className="space-y-4">
      {citingKinds.map((kind) => {
        const ofKind = records.filter((r) => r.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`cited-by-${kind}`}>
            <h2 id={`cited-by-${kind}`} className="section-heading">
              {citingKindLabels[kind]} ({ofKind.length})
            </h2>
            <ul className="list-disc space-y-1 pl-5">
              {ofKind.map((r) => (
                <li key={r.label}>
                  {r.href ? (
                    <Link href={r.href} className="text-link">
                      {r.label}
                    </Link>
                  ) : (
                    r.label
                  )}
                  {r.locators.length > 0 ? <span className="text-muted"> ({r.locators.join("; ")})</span> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
