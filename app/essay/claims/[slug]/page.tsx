import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimDetail } from "@/components/essay/ClaimDetail";
import { verdictLabels, isVerdict } from "@/lib/essay/verdicts";
import { getCatalog } from "@/lib/queries/catalog";
import { readForPrerender } from "@/lib/queries/withDatabase";
import { firstSentence } from "@/lib/text/firstSentence";
import { claimPath } from "@/lib/url/essayUrl";
import "../../essay.css";

type Props = { params: Promise<{ slug: string }> };

// One page per claim, prerendered by the build (which fails if the database cannot be read), like
// the mechanism pages: any other slug is the site's prerendered 404 page, without a render.
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const catalog = await readForPrerender(getCatalog);
  return catalog.claims.map((c) => ({ slug: c.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const catalog = await readForPrerender(getCatalog);
  const claim = catalog.claims.find((c) => c.slug === slug);
  if (!claim) return { title: "No such claim" };
  const verdict = isVerdict(claim.verdict) ? verdictLabels[claim.verdict] : claim.verdict;
  return {
    title: claim.statement,
    description: `The essay's claim, checked. Verdict: ${verdict.toLowerCase()}. ${firstSentence(claim.explanation)}`,
    alternates: { canonical: claimPath(claim.slug) },
  };
}

export default async function ClaimPage({ params }: Props) {
  const { slug } = await params;
  const catalog = await readForPrerender(getCatalog);
  const claim = catalog.claims.find((c) => c.slug === slug);
  if (!claim) notFound();
  return <ClaimDetail catalog={catalog} claim={claim} />;
}
