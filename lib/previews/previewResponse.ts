import "server-only";
// The answer of every preview route: the model built from the catalog, drawn and sent as a PNG; a
// plain 404 for a name the dataset does not hold (or the route's own answer, such as a redirect); the site's generic card, never stored, while the
// database cannot be read.
import type { Catalog } from "../queries/catalog";
import { getCatalog } from "../queries/catalog";
import { withDatabase } from "../queries/withDatabase";
import { previewAnswer } from "./previewAnswer";
import { drawGenericPreview, drawPreview } from "./drawPreview";
import type { PreviewModel } from "./previewModel";

export async function previewResponse(build: (catalog: Catalog) => PreviewModel | Response | null): Promise<Response> {
  const loaded = await withDatabase(getCatalog);
  if (!loaded.ok) return previewAnswer(drawGenericPreview("The evidence side by side"), false);
  const model = build(loaded.data);
  if (model instanceof Response) return model;
  if (!model) return new Response("No such page.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return previewAnswer(drawPreview(model), true);
}
