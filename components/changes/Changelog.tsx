import type { Catalog } from "@/lib/queries/catalog";
import { CitationList } from "@/components/common/CitationList";
import { indexSources } from "@/lib/sources/citationLabel";
import { formatNumber } from "@/lib/format";

/** A stored value as a reader expects to see it: numbers grouped, texts as they are, lists and records laid out. */
function ValueText({ value, depth = 0 }: { value: unknown; depth?: number }) {
  if (value === null || value === undefined) return <span className="text-muted">none</span>;
  if (typeof value === "number") return <span className="tabular-nums">{formatNumber(value)}</span>;
  if (typeof value === "string" || typeof value === "boolean") return <>{String(value)}</>;
  // Deeper than a list of records, plain JSON is clearer than more nesting.
  if (depth > 1) return <code className="break-all text-xs">{JSON.stringify(value)}</code>;
  if (Array.isArray(value)) {
    return (
      <ul className="list-disc space-y-1 pl-4">
        {value.map((item, i) => (
          <li key={i}>
            <ValueText value={item} depth={depth + 1} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <dl className="space-y-0.5">
      {Object.entries(value as Record<string, unknown>).map(([key, item]) => (
        <div key={key}>
          <dt className="inline text-muted">{key}: </dt>
          <dd className="inline">
            <ValueText value={item} depth={depth + 1} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Every version of the dataset, newest first, with each correction's old and new value and its reason. */
export function Changelog({ catalog }: { catalog: Catalog }) {
  const sources = indexSources(catalog.sources);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold sm:text-3xl">What changed</h1>
        <p className="mt-3">
          The dataset is versioned. When a value is corrected, the version number goes up and the correction is listed here with
          the value before and after, the reason and the source that decided it, so that anyone who cited an earlier version can
          see what moved. This page shows version {catalog.dataset.version}.
        </p>
        <p className="mt-2 text-muted">
          The same list is in the dataset download (<a className="text-link" href="/download/dataset.zip">dataset.zip</a>,{" "}
          <code>changelog_corrections.csv</code>) and in the API (
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON route, not a page to navigate to on the client */}
          <a className="text-link" href="/api/v1/changelog">
            /api/v1/changelog
          </a>
          ).
        </p>
      </header>
      {catalog.changelog.map((entry) => (
        <section key={entry.version} aria-labelledby={`version-${entry.version}`} className="space-y-4">
          <h2 id={`version-${entry.version}`} className="scroll-mt-4 section-heading">
            Version {entry.version} <span className="text-base font-normal text-muted">({entry.date})</span>
          </h2>
          <p className="max-w-3xl">{entry.summary}</p>
          {entry.corrections.length > 0 ? (
            <div className="overflow-x-auto rounded-lg border border-border">
              <table className="w-full min-w-[720px] border-collapse text-left text-sm">
                <caption className="p-2 text-left font-medium">
                  {entry.corrections.length} correction{entry.corrections.length === 1 ? "" : "s"}
                </caption>
                <thead className="bg-card">
                  <tr className="border-b border-border">
                    <th scope="col" className="p-2">Record and field</th>
                    <th scope="col" className="p-2">Before</th>
                    <th scope="col" className="p-2">After</th>
                    <th scope="col" className="p-2">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {entry.corrections.map((c, i) => (
                    <tr key={i} className="border-b border-border align-top last:border-0">
                      <th scope="row" className="p-2 font-normal">
                        <code className="text-xs">{c.record}</code>
                        <span className="block text-xs text-muted">
                          {c.field} in {c.file}
                        </span>
                      </th>
                      <td className="p-2">
                        <ValueText value={c.old} />
                      </td>
                      <td className="p-2">
                        <ValueText value={c.new} />
                      </td>
                      <td className="p-2">
                        <p>{c.reason}</p>
                        <CitationList refs={c.sources} sources={sources} className="mt-1" />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {entry.additions.length > 0 ? (
            <div>
              <h3 className="font-semibold">Added</h3>
              <ul className="mt-2 max-w-3xl list-disc space-y-2 pl-5">
                {entry.additions.map((a, i) => (
                  <li key={i}>{a.summary}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ))}
    </div>
  );
}
