import type { Metadata } from "next";
import { DatabaseUnavailable } from "@/components/layout/DatabaseUnavailable";
import { EmbedChart } from "@/components/export/EmbedChart";
import { chartCaption } from "@/lib/export/chartCaption";
import type { RawSearchParams } from "@/lib/url/readCompareUrl";
import { loadEmbedView } from "../embedView";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const loaded = await loadEmbedView(searchParams);
  return { title: { absolute: loaded.ok ? chartCaption(loaded.catalog, loaded.view).title : "Database unavailable" } };
}

export default async function EmbedChartPage({ searchParams }: Props) {
  const loaded = await loadEmbedView(searchParams);
  if (!loaded.ok) return <DatabaseUnavailable problem={loaded.problem} />;
  return <EmbedChart catalog={loaded.catalog} model={loaded.model} view={loaded.view} />;
}
