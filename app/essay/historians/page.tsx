import type { Metadata } from "next";
import { EssayHistorians } from "@/components/essay/EssayHistorians";
import { getCatalog } from "@/lib/queries/catalog";
import { readForPrerender } from "@/lib/queries/withDatabase";

export const metadata: Metadata = {
  title: "How historians read the continuity",
  description:
    "The main positions historians have taken on whether Stalin continued Lenin's work or broke with it: each reading summarised, with its sources.",
};

export default async function HistoriansPage() {
  // Prerendered by the build, which fails if the database cannot be read.
  return <EssayHistorians catalog={await readForPrerender(getCatalog)} />;
}
