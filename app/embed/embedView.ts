import "server-only";
import { buildCompareView } from "@/lib/compare/buildCompareView";
import { resolveCatalogView } from "@/lib/compare/resolveCatalogView";
import { getCatalog } from "@/lib/queries/catalog";
import { withDatabase } from "@/lib/queries/withDatabase";
import type { RawSearchParams } from "@/lib/url/readCompareUrl";

/** The catalog, view and model an embed page shows, or the database problem. */
export async function loadEmbedView(searchParams: Promise<RawSearchParams>) {
  const loaded = await withDatabase(getCatalog);
  if (!loaded.ok) return loaded;
  const catalog = loaded.data;
  const { view } = resolveCatalogView(catalog, await searchParams);
  return { ok: true as const, catalog, view, model: buildCompareView(catalog, view) };
}
