import type { Metadata } from "next";
import { DatabaseUnavailable } from "@/components/layout/DatabaseUnavailable";
import { EssayArgument } from "@/components/essay/EssayArgument";
import { resolveEssayView } from "@/lib/url/essayUrl";
import type { RawSearchParams } from "@/lib/url/parseParams";
import { getCatalog } from "@/lib/queries/catalog";
import { withDatabase } from "@/lib/queries/withDatabase";
import "./essay.css";
import { pageMetadata } from "@/lib/site/pageMetadata";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "The essay, checked claim by claim",
    description:
      "Each claim of Gustavo Munoz’s essay “Lenin Versus Stalin: Two Sides of the Same Coin” (2020) with its verdict, each linking to the reasons and the sources, and how historians read the continuity between the two leaders.",
    path: "/essay",
    image: "/og/essay",
  });
}

export default async function EssayPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = await searchParams;
  const result = await withDatabase(getCatalog);
  if (!result.ok) return <DatabaseUnavailable problem={result.problem} />;
  const { view, notices } = resolveEssayView(raw, result.data);
  return <EssayArgument catalog={result.data} view={view} notices={notices} />;
}
