import type { Metadata } from "next";
import { DatabaseUnavailable } from "@/components/layout/DatabaseUnavailable";
import { EmbedTable } from "@/components/export/EmbedTable";
import { describeView } from "@/lib/compare/describeView";
import type { RawSearchParams } from "@/lib/url/readCompareUrl";
import { loadEmbedView } from "../embedView";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const loaded = await loadEmbedView(searchParams);
  return { title: { absolute: loaded.ok ? `Side by side — ${describeView(loaded.view, loaded.catalog).title}` : "Database unavailable" } };
}

export default async function EmbedTablePage({ searchParams }: Props) {
  const loaded = await loadEmbedView(searchParams);
  if (!loaded.ok) return <DatabaseUnavailable problem={loaded.problem} />;
  return <EmbedTable catalog={loaded.catalog} model={loaded.model} view={loaded.view} />;
}
