import { CITATION_HREF, DATASET_HREF } from "@/lib/export/exportLinks";

/** The whole dataset as a zip (a Frictionless Data Package of CSV files), and how to cite it. */
export function DatasetDownloadLink({ version }: { version: string }) {
  return (
    <p className="text-sm print:hidden" data-export-controls>
      <a href={DATASET_HREF} download className="font-medium text-link">
        Download the whole dataset (zip)
      </a>{" "}
      <span className="text-muted">
        version {version}: every table as CSV, described in a Frictionless Data Package, with its bibliography and how to cite it (
        <a href={CITATION_HREF} download className="text-link">
          CITATION.cff
        </a>
        ).
      </span>
    </p>
  );
}
