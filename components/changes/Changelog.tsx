import { Link } from "@/components/common/Link";
import type { Catalog } from "@/lib/queries/catalog";
import { changesHref, correctionsByFile } from "@/lib/site/changelogFiles";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Every version of the dataset, newest first: what it changed in a sentence, what it added, and
 * its corrections listed by the file they changed. Each file's corrections (the values before and
 * after, the reasons and the sources) are on their own page, so this one stays short.
 */
export function Changelog({ catalog }: { catalog: Catalog }) {
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
      {catalog.changelog.map((entry) => {
        const files = correctionsByFile(entry);
        return (
          <section key={entry.version} aria-labelledby={`version-${entry.version}`} className="max-w-3xl space-y-4">
            <h2 id={`version-${entry.version}`} className="scroll-mt-4 section-heading">
              Version {entry.version} <span className="text-base font-normal text-muted">({entry.date})</span>
            </h2>
            <p>{entry.summary}</p>
            {files.length > 0 ? (
              <div>
                <h3 className="font-semibold">
                  {plural(entry.corrections.length, "correction")} in {plural(files.length, "file")}
                </h3>
                <ul className="mt-2 space-y-2">
                  {files.map((group) => (
                    <li key={group.file}>
                      <Link className="text-link" href={changesHref(entry.version, group)}>
                        {group.file}
                      </Link>{" "}
                      <span className="text-muted">({plural(group.corrections.length, "correction")}):</span>{" "}
                      <span className="text-sm">{[...new Set(group.corrections.map((c) => c.record))].join(", ")}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {entry.additions.length > 0 ? (
              // Folded: a version's additions are long paragraphs, and its corrections come first.
              <details>
                <summary className="cursor-pointer font-semibold">{plural(entry.additions.length, "addition")}</summary>
                <ul className="mt-2 list-disc space-y-2 pl-5">
                  {entry.additions.map((a, i) => (
                    <li key={i}>{a.summary}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
