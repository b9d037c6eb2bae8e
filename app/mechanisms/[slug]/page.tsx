import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { leaderPair } from "@/components/common/leaders";
import { MechanismDetail } from "@/components/mechanism/MechanismDetail";
import { getCatalog } from "@/lib/queries/catalog";
import { readForPrerender } from "@/lib/queries/withDatabase";
import { pageMetadata } from "@/lib/site/pageMetadata";

type Props = { params: Promise<{ slug: string }> };

// One page per mechanism of the dataset, prerendered by the build (which fails if the database
// cannot be read). Any other slug is the site's prerendered 404 page, without a render: rendered
// on request, Next.js kept each unknown slug's 404 as a file under .next/server/route-cache (and
// failed to for slugs too long or with a NUL byte), so hostile addresses wrote to the disk.
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const catalog = await readForPrerender(getCatalog);
  return catalog.mechanisms.map((m) => ({ slug: m.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const catalog = await readForPrerender(getCatalog);
  const mechanism = catalog.mechanisms.find((m) => m.slug === slug);
  if (!mechanism) return { title: "No such mechanism" };
  const { a, b } = leaderPair(catalog.leaders);
  const pair = `${a?.name ?? "Lenin"} and ${b?.name ?? "Stalin"}`;
  return pageMetadata({
    title: `${mechanism.name}: ${pair} compared`,
    description: `${mechanism.description} How ${pair} used it, with dated events, institutions, figures and sources.`,
    path: `/mechanisms/${mechanism.slug}`,
    image: `/og/mechanisms/${mechanism.slug}`,
  });
}

export default async function MechanismPage({ params }: Props) {
  const { slug } = await params;
  // Rendered by the build only (dynamicParams is false), which fails if the database cannot be read.
  const catalog = await readForPrerender(getCatalog);
  const mechanism = catalog.mechanisms.find((m) => m.slug === slug);
  if (!mechanism) notFound();
  return <MechanismDetail catalog={catalog} mechanism={mechanism} />;
}
