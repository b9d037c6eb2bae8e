import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { leaderPair } from "@/components/common/leaders";
import { DatabaseUnavailable } from "@/components/layout/DatabaseUnavailable";
import { MechanismDetail } from "@/components/mechanism/MechanismDetail";
import { getCatalog } from "@/lib/queries/catalog";
import { readForPrerender, withDatabase } from "@/lib/queries/withDatabase";

type Props = { params: Promise<{ slug: string }> };

// One page per mechanism of the dataset, prerendered by the build (which fails if the database
// cannot be read). Any other slug is rendered on request as this segment's not-found page (404),
// which lists the mechanisms that do exist.
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const catalog = await readForPrerender(getCatalog);
  return catalog.mechanisms.map((m) => ({ slug: m.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const result = await withDatabase(getCatalog);
  if (!result.ok) return { title: "Mechanism" };
  const mechanism = result.data.mechanisms.find((m) => m.slug === slug);
  // The page itself calls notFound(); the metadata only needs a sensible title.
  if (!mechanism) return { title: "No such mechanism" };
  const { a, b } = leaderPair(result.data.leaders);
  const pair = `${a?.name ?? "Lenin"} and ${b?.name ?? "Stalin"}`;
  return {
    title: `${mechanism.name}: ${pair} compared`,
    description: `${mechanism.description} How ${pair} used it, with dated events, institutions, figures and sources.`,
  };
}

export default async function MechanismPage({ params }: Props) {
  const { slug } = await params;
  // At build time generateStaticParams has already read the database (or failed the build); this
  // reports a problem only for an unknown slug asked for while the database is unreadable.
  const result = await withDatabase(getCatalog);
  if (!result.ok) return <DatabaseUnavailable problem={result.problem} />;
  const mechanism = result.data.mechanisms.find((m) => m.slug === slug);
  if (!mechanism) notFound();
  return <MechanismDetail catalog={result.data} mechanism={mechanism} />;
}
