import { CITATION_HREF } from "@/lib/export/exportLinks";
import { bibliographyFiles } from "@/lib/sources/bibliographyFiles";

/** The bibliography for reference managers, and the dataset's own citation file. */
export function BibliographyDownloads() {
  return (
    <p className="text-sm print:hidden" data-export-controls>
      Import into Zotero, Mendeley, EndNote or LaTeX:{" "}
      <span className="whitespace-nowrap">
        {Object.entries(bibliographyFiles).map(([file, { label }], i) => (
          <span key={file}>
            {i > 0 ? " · " : null}
            <a href={`/download/${file}`} download className="font-medium text-link">
              {label}
            </a>
          </span>
        ))}
      </span>
      . Cite the dataset with{" "}
      <a href={CITATION_HREF} download className="font-medium text-link">
        CITATION.cff
      </a>
      .
    </p>
  );
}
