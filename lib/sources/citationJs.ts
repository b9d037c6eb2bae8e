// citation-js, set up once: the CSL formatter (citeproc-js with the bundled styles) and the
// BibTeX and RIS converters, for lib/sources/formatReferences.ts and bibliographyFiles.ts.
import "server-only";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";

// BibTeX keys are the sources' slugs ("conquest-1990", the anchor on /sources), not keys
// citation-js makes up from the author and title; slugs are [a-z0-9-], which BibTeX accepts, so
// its check that would strip the hyphens is off.
const bibtex = plugins.config.get("@bibtex");
bibtex.format = { ...bibtex.format, useIdAsLabel: true, checkLabel: false };

export { Cite };
