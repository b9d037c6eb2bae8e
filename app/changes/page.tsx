import type { Metadata } from "next";
import { Changelog } from "@/components/changes/Changelog";
import { DatabaseUnavailable } from "@/components/layout/DatabaseUnavailable";
import { getCatalog } from "@/lib/queries/catalog";
import { withDatabase } from "@/lib/queries/withDatabase";

export const metadata: Metadata = {
  title: "What changed in the dataset",
  description: "Every correction between versions of the Lenin and Stalin dataset, with the value before and after, the reason and the source.",
};

export default async function ChangesPage() {
  const result = await withDatabase(getCatalog);
  if (!result.ok) return <DatabaseUnavailable problem={result.problem} />;
  return <Changelog catalog={result.data} />;
}
