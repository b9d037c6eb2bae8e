import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MechanismRecord } from "@/components/mechanism/MechanismRecord";
import { getCatalog } from "@/lib/queries/catalog";
import { readForPrerender } from "@/lib/queries/withDatabase";
import { pageMetadata } from "@/lib/site/pageMetadata";

type Props = { params: Promise<{ slug: string; leader: string }> };

// One page per mechanism and leader, prerendered by the build like the mechanism pages; any other
// pair of slugs is the prerendered 404 page.
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ slug: string; leader: string }[]> {
  const catalog = await readForPrerender(getCatalog);
  return catalog.mechanisms.flatMap((m) => catalog.leaders.map((l) => ({ slug: m.slug, leader: l.slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, leader: leaderSlug } = await params;
  const catalog = await readForPrerender(getCatalog);
  const mechanism = catalog.mechanisms.find((m) => m.slug === slug);
  const leader = catalog.leaders.find((l) => l.slug === leaderSlug);
  if (!mechanism || !leader) return { title: "No such record" };
  const assessment = catalog.assessments.find((a) => a.leader === leader.slug && a.mechanism === slug);
  return pageMetadata({
    title: `${mechanism.name} under ${leader.name}`,
    description: assessment ? `${assessment.intensity}/5 on the dataset's rubric, ${assessment.relation}. ${assessment.summary}`.slice(0, 300) : mechanism.description,
    path: `/mechanisms/${slug}/${leader.slug}`,
    image: `/og/mechanisms/${slug}`,
    type: "article",
  });
}

export default async function MechanismRecordPage({ params }: Props) {
  const { slug, leader: leaderSlug } = await params;
  const catalog = await readForPrerender(getCatalog);
  const mechanism = catalog.mechanisms.find((m) => m.slug === slug);
  const leader = catalog.leaders.find((l) => l.slug === leaderSlug);
  if (!mechanism || !leader) notFound();
  return <MechanismRecord catalog={catalog} mechanism={mechanism} leader={leader} />;
}
