import "server-only";
import { locateStep } from "../argument/locateStep";
import { getCatalog, type Catalog } from "./catalog";

// The argument's steps are records like any other: read through Prisma with the rest of the
// dataset (getDatasetExport, the same read the API's /argument answers from), in reading order.

export type ArgumentStep = Catalog["argument"][number];

/** Every step in reading order, with the catalog the pages need to draw their views and sources. */
export async function getArgument(): Promise<{ catalog: Catalog; steps: ArgumentStep[] }> {
  const catalog = await getCatalog();
  return { catalog, steps: catalog.argument };
}

/** One step with its number and neighbours, or null when no step has this slug. */
export async function getArgumentStep(slug: string) {
  const { catalog, steps } = await getArgument();
  const located = locateStep(steps, slug);
  return located && { catalog, ...located };
}
