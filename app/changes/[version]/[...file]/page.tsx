import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CorrectionsTable } from "@/components/changes/CorrectionsTable";
import { Link } from "@/components/common/Link";
import { getCatalog } from "@/lib/queries/catalog";
import { readForPrerender } from "@/lib/queries/withDatabase";
import { changesHref, correctionsByFile } from "@/lib/site/changelogFiles";

type Props = { params: Promise<{ version: string; file: string[] }> };

// One page per version and changed file, prerendered by the build (which fails if the database
// cannot be read); any other address is the prerendered 404 page.
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ version: string; file: string[] }[]> {
  const catalog = await readForPrerender(getCatalog);
  return catalog.changelog.flatMap((entry) => correctionsByFile(entry).map((g) => ({ version: entry.version, file: g.key.split("/") })));
}

async function find(params: Props["params"]) {
  const { version, file } = await params;
  const catalog = await readForPrerender(getCatalog);
  const entry = catalog.changelog.find((e) => e.version === version);
  const groups = entry ? correctionsByFile(entry) : [];
  const at = groups.findIndex((g) => g.key === file.join("/"));
  return { catalog, entry, group: groups[at], previous: groups[at - 1], next: at < 0 ? undefined : groups[at + 1] };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entry, group } = await find(params);
  if (!entry || !group) return { title: "No such change" };
  return {
    title: `Version ${entry.version}: corrections to ${group.file}`,
    description: `The ${group.corrections.length} corrections version ${entry.version} of the Lenin and Stalin dataset made to ${group.file}, each with the value before and after, the reason and the source.`,
  };
}

export default async function ChangedFilePage({ params }: Props) {
  const { catalog, entry, group, previous, next } = await find(params);
  if (!entry || !group) notFound();
  const count = `${group.corrections.length} correction${group.corrections.length === 1 ? "" : "s"}`;
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <p className="text-sm">
          <Link className="text-link" href={`/changes#version-${entry.version}`}>
            What changed
          </Link>{" "}
          › version {entry.version} ({entry.date})
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">
          Corrections to <code className="break-all">{group.file}</code>
        </h1>
        <p>
          {count} in version {entry.version}, each with the value before and after, the reason and the source that decided it.
        </p>
      </header>
      <CorrectionsTable corrections={group.corrections} sources={catalog.sources} caption={`${count} to ${group.file}`} />
      <nav aria-label="Other files changed in this version" className="flex flex-wrap justify-between gap-4 text-sm">
        {previous ? (
          <Link className="text-link" href={changesHref(entry.version, previous)}>
            ← {previous.file}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link className="text-link" href={changesHref(entry.version, next)}>
            {next.file} →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
