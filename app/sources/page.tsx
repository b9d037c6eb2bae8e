import type { Metadata } from "next";
import { Bibliography } from "@/components/sources/Bibliography";
import { getCatalog } from "@/lib/queries/catalog";
import { readForPrerender } from "@/lib/queries/withDatabase";
import { pageMetadata } from "@/lib/site/pageMetadata";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "Sources",
    description:
      "The bibliography behind the Lenin and Stalin comparison: scholarly works, primary documents, datasets and encyclopedias, each with the records that cite it.",
    path: "/sources",
    image: "/og/sources",
  });
}

export default async function SourcesPage() {
  // Prerendered by the build, which fails if the database cannot be read.
  return <Bibliography catalog={await readForPrerender(getCatalog)} />;
}
