import "server-only";
import { cache } from "react";
import { db } from "../db";
import { getDatasetExport, type DatasetExport } from "./datasetExport";
import { NotSeededError } from "./withDatabase";

// The dataset only changes when db:setup loads new files, so the whole of it is read once and
// kept in memory, keyed by the content hash. Each request costs one tiny query to check it.
let memo: { hash: string; data: DatasetExport } | null = null;

async function readCatalog(): Promise<DatasetExport> {
  const info = await db.datasetInfo.findUnique({ where: { id: 1 }, select: { contentHash: true } });
  if (!info) throw new NotSeededError();
  if (memo?.hash !== info.contentHash) memo = { hash: info.contentHash, data: await getDatasetExport() };
  return memo.data;
}

/** The whole dataset, shaped for the views; deduplicated within one request. */
export const getCatalog = cache(readCatalog);

export type {
  Catalog,
  CatalogAssessment,
  CatalogClaim,
  CatalogEvent,
  CatalogInstitution,
  CatalogLeader,
  CatalogMechanism,
  CatalogMetric,
  CatalogSource,
  CitationRef,
} from "../dataset/records";
