import type { Metadata } from "next";
import { notFound } from "next/navigation";
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
  const names = catalog.leaders.map((l) => l.name);
  const all = `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return pageMetadata({
    title: `${mechanism.name}: ${all} compared`,
    description: `${mechanism.description} How ${all} used it, in time order on the same 0–5 rubric, with dated events, institutions and sources.`,
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
