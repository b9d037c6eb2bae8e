// The compare view's URL parsed against what the dataset holds: used by the page, its
// metadata, the preview image, downloads, embeds and the API, so they all read a link the same way.
import type { Catalog } from "../queries/catalog";
import { resolveView, type RawSearchParams, type ViewCatalog } from "../url/readCompareUrl";

type Holdings = Pick<Catalog, "leaders" | "mechanisms" | "metrics"> & { events: readonly { slug: string }[] };

/** What a view's slugs are checked against. */
export function viewCatalogOf(catalog: Holdings): ViewCatalog {
  return {
    leaders: catalog.leaders.map((l) => l.slug),
    mechanisms: catalog.mechanisms,
    metrics: catalog.metrics,
    events: catalog.events.map((e) => e.slug),
  };
}

export function resolveCatalogView(catalog: Catalog, raw: RawSearchParams) {
  return resolveView(raw, viewCatalogOf(catalog));
}
