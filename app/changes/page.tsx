import type { Metadata } from "next";
import { Changelog } from "@/components/changes/Changelog";
import { getCatalog } from "@/lib/queries/catalog";
import { readForPrerender } from "@/lib/queries/withDatabase";

export const metadata: Metadata = {
  title: "What changed in the dataset",
  description: "Every correction between versions of the Lenin and Stalin dataset, with the value before and after, the reason and the source.",
};

export default async function ChangesPage() {
  // Prerendered by the build, which fails if the database cannot be read.
  return <Changelog catalog={await readForPrerender(getCatalog)} />;
}
