// The bibliography written by citation-js: the full references the pages and the README show, and
// the BibTeX, RIS and CSL-JSON files a reference manager imports, read back as Zotero would read
// them (citation-js parses BibTeX and RIS) for every source of the real dataset.
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/dataset/load";
import type { CatalogSource } from "@/lib/queries/catalog";
import { bibliographyFile } from "@/lib/sources/bibliographyFiles";
import { Cite } from "@/lib/sources/citationJs";
import { formatReferences } from "@/lib/sources/formatReferences";
import { exportCatalog } from "../support/exportCatalog";
import { realDataDir } from "../support/dataFixture";

const realSources: CatalogSource[] = loadDataset(realDataDir).sources.map((s) => ({
  slug: s.slug,
  kind: s.kind,
  authors: s.authors,
  title: s.title,
  year: s.year,
  publisher: s.publisher ?? null,
  journal: s.journal ?? null,
  url: s.url ?? null,
  note: s.note ?? null,
}));

type Parsed = { id?: unknown; title?: unknown; issued?: { "date-parts"?: unknown[][] } };
const year = (item: Parsed) => Number(item.issued?.["date-parts"]?.[0]?.[0]);

describe("full references (Cite Them Right Harvard, by citation-js)", () => {
  const sources = exportCatalog.sources;

  it("writes each source once, as html for the pages and as text for the README", () => {
    const html = formatReferences(sources, "html");
    expect(html.get("conquest-1990")).toBe("Conquest, R. (1990) <i>The Great Terror: A Reassessment</i>. Oxford University Press.");
    // An article without volume or pages: the style marks it as a preprint.
    expect(html.get("popov-1992")).toBe(
      'Popov, V.P. (1992) “State terror in Soviet Russia,” <i>Otechestvennye arkhivy</i> [Preprint]. Available at: <a href="https://example.org/popov">https://example.org/popov</a>.',
    );
    expect(formatReferences(sources, "text").get("conquest-1990")).toBe("Conquest, R. (1990) The Great Terror: A Reassessment. Oxford University Press.");
    expect([...html.keys()].sort()).toEqual(sources.map((s) => s.slug).sort());
  });

  it("formats a list of sources once, however many pages and components ask", () => {
    expect(formatReferences(sources, "html")).toBe(formatReferences(sources, "html"));
    expect(formatReferences([...sources], "html")).not.toBe(formatReferences(sources, "html"));
  });

  it("escapes the record's text: markup in a title is shown, not run", () => {
    const html = formatReferences([{ ...sources[0]!, title: 'Terror <script>alert("x")</script> & co' }], "html").get("conquest-1990");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;script&#62;");
  });

  it("writes every source of the dataset, with its year", () => {
    const text = formatReferences(realSources, "text");
    expect(text.size).toBe(realSources.length);
    for (const s of realSources) expect(text.get(s.slug), s.slug).toContain(`(${s.year}`);
    expect(text.get("getty-naumov-1999")).toMatch(/^Getty, J\.A\. and Naumov, O\.V\. \(1999\) The Road to Terror/);
    expect(text.get("tucker-1977")).toMatch(/^Tucker, R\.C\. \(ed\.\) \(1977\) /);
    // A compiled handbook is listed under its compilers.
    expect(text.get("kokurin-petrov-1997")).toMatch(/^Kokurin, A\.I\. and Petrov, N\.V\. \(eds\.\) \(1997\) Lubianka/);
    expect(text.get("fitzpatrick-1986")).toBe("Fitzpatrick, S. (1986) “New Perspectives on Stalinism,” The Russian Review, 45(4), pp. 357–373.");
  });
});

describe("the bibliography files, read back", () => {
  it("BibTeX: every source of the dataset, keyed by its slug, with its title and year", async () => {
    const bib = bibliographyFile(realSources, "sources.bib");
    const back = (await Cite.async(bib)).data as Parsed[];
    expect(back).toHaveLength(realSources.length);
    for (const s of realSources) {
      const entry = back.find((e) => e.id === s.slug);
      expect(entry, s.slug).toBeDefined();
      expect(entry!.title, s.slug).toBe(s.title);
      expect(year(entry!), s.slug).toBe(s.year);
    }
    // Notes are annotations (styles leave them out), and compilers are kept as editors.
    expect(bib).not.toMatch(/^\s*note = /m);
    expect(bib.split("\n@").find((e) => e.includes("{kokurin-petrov-1997,"))).toContain("\teditor = {Kokurin, A. I. and Petrov, N. V.},");
  });

  it("RIS: every source, with its title and year, and long titles not broken across lines", async () => {
    const ris = bibliographyFile(realSources, "sources.ris");
    const back = (await Cite.async(ris)).data as Parsed[];
    expect(back).toHaveLength(realSources.length);
    for (const s of realSources) {
      const entry = back.find((e) => e.title === s.title);
      expect(entry, s.slug).toBeDefined();
      expect(year(entry!), s.slug).toBe(s.year);
    }
    expect(ris.split("\r\n").every((line) => line === "" || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
  });

  it("CSL-JSON: every source as an item with its slug as id", () => {
    const items = JSON.parse(bibliographyFile(realSources, "sources.json")) as Parsed[];
    expect(items.map((i) => i.id).sort()).toEqual(realSources.map((s) => s.slug).sort());
    const cite = new Cite(items);
    expect(cite.data).toHaveLength(realSources.length);
  });

  it("gives the same bytes for the same sources", () => {
    for (const file of ["sources.bib", "sources.ris", "sources.json"] as const) {
      expect(bibliographyFile([...realSources], file)).toBe(bibliographyFile(realSources, file));
    }
  });
});
