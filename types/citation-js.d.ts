// The part of citation-js (no types of its own) this project uses: lib/sources/citationJs.ts.
declare module "@citation-js/core" {
  type BibliographyOptions = {
    template?: string;
    lang?: string;
    format?: "text" | "html";
    /** [[id, entry], …] instead of one string. */
    asEntryArray?: boolean;
    /** URLs written as links in the html format. */
    hyperlinks?: boolean;
    /** Keep the order of the data rather than the style's sort. */
    nosort?: boolean;
  };
  export class Cite {
    constructor(data: unknown);
    static async(data: string): Promise<Cite>;
    /** The items as CSL-JSON, after citation-js's own parsing. */
    data: Record<string, unknown>[];
    format(format: "bibliography", options: BibliographyOptions & { asEntryArray: true }): [string, string][];
    format(format: "bibtex"): string;
    /** `format: "object"`: one object of RIS tags per item. */
    format(format: "ris", options: { format: "object" }): Record<string, string | string[]>[];
  }
  export const plugins: { config: { get(plugin: string): Record<string, Record<string, unknown>> } };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
