// The compare view's URL parsed against what the dataset holds: used by the page, its
// metadata, the preview image, downloads and embeds, so they all read a link the same way.
import type { Catalog } from "../queries/catalog";
import { resolveView, type RawSearchParams } from "../url/readCompareUrl";

export function resolveCatalogView(catalog: Catalog, raw: RawSearchParams) {
  return resolveView(raw, {
    leaders: catalog.leaders.map((l) => l.slug),
    mechanisms: catalog.mechanisms,
    metrics: catalog.metrics,
    events: catalog.events.map((e) => e.slug),
  });
}
