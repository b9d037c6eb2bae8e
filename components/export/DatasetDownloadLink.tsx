import { DATASET_HREF } from "@/lib/export/exportLinks";

/** The whole dataset as a zip of CSV files with their column descriptions and how to cite them. */
export function DatasetDownloadLink({ version }: { version: string }) {
  return (
    <p className="text-sm print:hidden" data-export-controls>
      <a href={DATASET_HREF} download className="font-medium text-link">
        Download the whole dataset (zip)
      </a>{" "}
      <span className="text-muted">
        version {version}: every table as CSV, a description of each column, and how to cite it and its sources.
      </span>
    </p>
  );
}
