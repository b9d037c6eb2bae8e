import type { Metadata } from "next";
import { CompareView } from "@/components/compare/CompareView";
import { DatabaseUnavailable } from "@/components/layout/DatabaseUnavailable";
import { buildCompareView } from "@/lib/compare/buildCompareView";
import { describeView } from "@/lib/compare/describeView";
import { getCatalog } from "@/lib/queries/catalog";
import { resolveCatalogView } from "@/lib/compare/resolveCatalogView";
import { withDatabase } from "@/lib/queries/withDatabase";
import { pageMetadata } from "@/lib/site/pageMetadata";
import type { RawSearchParams } from "@/lib/url/readCompareUrl";
import { serializeView } from "@/lib/url/compareUrl";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const loaded = await withDatabase(getCatalog);
  if (!loaded.ok) return { title: "Database unavailable" };
  const { view } = resolveCatalogView(loaded.data, await searchParams);
  const { title } = describeView(view, loaded.data);
  const description = `The evidence side by side: assessments, events, yearly figures and sources for ${title.replace(":", " on")}.`;
  return pageMetadata({ title, description, path: `/${serializeView(view)}`, image: `/og${serializeView(view)}`, absoluteTitle: true });
}

export default async function ComparePage({ searchParams }: Props) {
  const loaded = await withDatabase(getCatalog);
  if (!loaded.ok) return <DatabaseUnavailable problem={loaded.problem} />;
  const catalog = loaded.data;
  const { view, notices } = resolveCatalogView(catalog, await searchParams);
  const model = buildCompareView(catalog, view);
  return <CompareView catalog={catalog} model={model} view={view} notices={notices} />;
}
