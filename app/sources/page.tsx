import type { Metadata } from "next";
import { connection } from "next/server";
import { DatabaseUnavailable } from "@/components/layout/DatabaseUnavailable";
import { Bibliography } from "@/components/sources/Bibliography";
import { getCatalog } from "@/lib/queries/catalog";
import { withDatabase } from "@/lib/queries/withDatabase";

export const metadata: Metadata = {
  title: "Sources",
  description:
    "The bibliography behind the Lenin and Stalin comparison: scholarly works, primary documents, datasets and encyclopedias, each with the records that cite it.",
};

export default async function SourcesPage() {
  // Read at request time: the database may not exist when the site is built.
  await connection();
  const result = await withDatabase(getCatalog);
  if (!result.ok) return <DatabaseUnavailable problem={result.problem} />;
  return <Bibliography catalog={result.data} />;
}
