// The catalog as the API serves it: parsed once per dataset through the API's schemas, so the
// strings the database stores (relations, verdicts, kinds) are checked against their enums and
// every answer is built from records of exactly the documented shape.
import type { Catalog } from "../queries/catalog";
import type { Vocabulary } from "./parameters";
import { viewCatalogOf } from "../compare/resolveCatalogView";
import { datasetSchema, type ApiDataset } from "./schemas";

// getCatalog() returns the same object until the dataset changes, so this parses once per dataset.
const parsed = new WeakMap<Catalog, ApiDataset>();

export function toApiDataset(catalog: Catalog): ApiDataset {
  let dataset = parsed.get(catalog);
  if (!dataset) parsed.set(catalog, (dataset = datasetSchema.parse(catalog)));
  return dataset;
}

/** The slugs a request's parameters are checked against, and the leaders' years in power. */
export function vocabularyOf(dataset: ApiDataset): Vocabulary {
  return viewCatalogOf(dataset);
}
