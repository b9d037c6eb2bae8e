import { CitationList } from "@/components/common/CitationList";
import { formatNumber } from "@/lib/format";
import type { Correction } from "@/lib/site/changelogFiles";
import type { Catalog } from "@/lib/queries/catalog";
import { indexSources } from "@/lib/sources/citationLabel";

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

/** Corrections with the value before and after, the reason and the sources that decided each. */
export function CorrectionsTable({ corrections, sources, caption }: { corrections: Correction[]; sources: Catalog["sources"]; caption: string }) {
  const index = indexSources(sources);
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full min-w-[720px] border-collapse text-left text-sm">
        <caption className="p-2 text-left font-medium">{caption}</caption>
        <thead className="bg-card">
          <tr className="border-b border-border">
            <th scope="col" className="p-2">Record and field</th>
            <th scope="col" className="p-2">Before</th>
            <th scope="col" className="p-2">After</th>
            <th scope="col" className="p-2">Why</th>
          </tr>
        </thead>
        <tbody>
          {corrections.map((c, i) => (
            <tr key={i} id={`c${i + 1}`} className="scroll-mt-4 border-b border-border align-top last:border-0">
              <th scope="row" className="p-2 font-normal">
                <code className="text-xs">{c.record}</code>
                <span className="block text-xs text-muted">{c.field}</span>
              </th>
              <td className="p-2">
                <ValueText value={c.old} />
              </td>
              <td className="p-2">
                <ValueText value={c.new} />
              </td>
              <td className="p-2">
                <p>{c.reason}</p>
                <CitationList refs={c.sources} sources={index} className="mt-1" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
