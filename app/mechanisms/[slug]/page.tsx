import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DatabaseUnavailable } from "@/components/layout/DatabaseUnavailable";
import { leaderPair } from "@/components/common/leaders";
import { MechanismDetail } from "@/components/mechanism/MechanismDetail";
import { getCatalog } from "@/lib/queries/catalog";
import { withDatabase } from "@/lib/queries/withDatabase";

type Props = { params: Promise<{ slug: string }> };

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
  const result = await withDatabase(getCatalog);
  if (!result.ok) return <DatabaseUnavailable problem={result.problem} />;
  const mechanism = result.data.mechanisms.find((m) => m.slug === slug);
  if (!mechanism) notFound();
  return <MechanismDetail catalog={result.data} mechanism={mechanism} />;
}
