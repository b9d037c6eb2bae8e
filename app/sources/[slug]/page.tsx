import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourceCitations } from "@/components/sources/SourceCitations";
import { getCatalog } from "@/lib/queries/catalog";
import { readForPrerender } from "@/lib/queries/withDatabase";
import { citationLabel, indexSources } from "@/lib/sources/citationLabel";

type Props = { params: Promise<{ slug: string }> };

// One page per source, prerendered by the build (which fails if the database cannot be read); any
// other slug is the prerendered 404 page, as for the mechanism pages (see there why).
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const catalog = await readForPrerender(getCatalog);
  return catalog.sources.map((s) => ({ slug: s.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const catalog = await readForPrerender(getCatalog);
  const source = catalog.sources.find((s) => s.slug === slug);
  if (!source) return { title: "No such source" };
  return {
    title: `${citationLabel(slug, indexSources(catalog.sources))}: the records that cite it`,
    description: `Every assessment, event, series, figure, claim and interpretation in the Lenin and Stalin dataset that cites ${source.title} (${source.year}).`,
  };
}

export default async function SourcePage({ params }: Props) {
  const { slug } = await params;
  const catalog = await readForPrerender(getCatalog);
  const source = catalog.sources.find((s) => s.slug === slug);
  if (!source) notFound();
  return <SourceCitations catalog={catalog} source={source} />;
}
