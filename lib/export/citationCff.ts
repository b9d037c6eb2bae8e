// CITATION.cff: how to cite the dataset in the Citation File Format 1.2.0
// (https://citation-file-format.github.io), which GitHub, Zenodo and reference managers read.
// In the dataset zip and at /download/CITATION.cff.
import type { Catalog } from "../queries/catalog";
import type { ZipOptions } from "./datasetZip";
import { DATASET_HREF } from "./exportLinks";

// The dataset names no person as its compiler: its own citation (dataset.json) credits the
// dashboard, so the dashboard is the author, as an entity.
const AUTHOR = "Lenin vs Stalin comparative dashboard";

// Every value is written as a JSON string, which is a valid YAML scalar whatever it holds.
const yaml = (value: string) => JSON.stringify(value);

export function citationCff(catalog: Pick<Catalog, "dataset" | "changelog">, { siteUrl }: ZipOptions = {}): string {
  const { title, version, citation } = catalog.dataset;
  // The release is the changelog's entry for this version (data:check requires the newest entry to carry it).
  const released = catalog.changelog.find((e) => e.version === version)?.date;
  const site = siteUrl?.replace(/\/$/, "");
  return [
    "cff-version: 1.2.0",
    `message: ${yaml(`If you use this dataset, please cite it as below, and cite the source it gives for each figure (citations.csv, sources.bib). In prose: ${citation}`)}`,
    "type: dataset",
    `title: ${yaml(title)}`,
    `version: ${yaml(version)}`,
    ...(released ? [`date-released: ${yaml(released)}`] : []),
    "authors:",
    `  - name: ${yaml(AUTHOR)}`,
    ...(site ? [`url: ${yaml(site)}`, `repository-artifact: ${yaml(`${site}${DATASET_HREF}`)}`] : []),
    "",
  ].join("\n");
}
