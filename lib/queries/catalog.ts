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

export type Catalog = DatasetExport;
export type CatalogEvent = Catalog["events"][number];
export type CatalogAssessment = Catalog["assessments"][number];
export type CatalogMetric = Catalog["metrics"][number];
export type CatalogLeader = Catalog["leaders"][number];
export type CatalogMechanism = Catalog["mechanisms"][number];
export type CatalogInstitution = Catalog["institutions"][number];
export type CatalogClaim = Catalog["claims"][number];
export type CatalogSource = Catalog["sources"][number];
export type CitationRef = CatalogEvent["sources"][number];
