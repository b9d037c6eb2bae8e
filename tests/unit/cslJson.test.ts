// Each source as CSL-JSON: the one description of a reference that every written form comes from.
import { describe, expect, it } from "vitest";
import type { CatalogSource } from "@/lib/queries/catalog";
import { journalParts, toCslItem } from "@/lib/sources/cslJson";

const source = (fields: Partial<CatalogSource>): CatalogSource => ({
  slug: "x-2000",
  kind: "scholarly",
  authors: "Ann Author",
  title: "A Title",
  year: 2000,
  publisher: null,
  journal: null,
  url: null,
  note: null,
  ...fields,
});

describe("toCslItem", () => {
  it("maps a book: the slug as id, the author in parts, the year issued, the publisher", () => {
    expect(toCslItem(source({ slug: "conquest-1990", authors: "Robert Conquest", title: "The Great Terror: A Reassessment", year: 1990, publisher: "Oxford University Press" }))).toEqual({
      id: "conquest-1990",
      type: "book",
      title: "The Great Terror: A Reassessment",
      author: [{ given: "Robert", family: "Conquest" }],
      issued: { "date-parts": [[1990]] },
      publisher: "Oxford University Press",
    });
  });

  it("maps a journal article: the journal's name, volume, issue and pages from the stored journal field", () => {
    expect(toCslItem(source({ authors: "Sheila Fitzpatrick", journal: "The Russian Review 45 (4), pp. 357–373" }))).toMatchObject({
      type: "article-journal",
      "container-title": "The Russian Review",
      volume: "45",
      issue: "4",
      page: "357–373",
    });
    expect(journalParts("Voprosy filosofii, 2003, no. 7, pp. 113–137")).toEqual({ "container-title": "Voprosy filosofii", issue: "7", page: "113–137" });
    expect(journalParts("East/West: Journal of Ukrainian Studies 3 (2)")).toEqual({ "container-title": "East/West: Journal of Ukrainian Studies", volume: "3", issue: "2" });
    expect(journalParts("Sotsiologicheskie issledovaniia, 1991, no. 6, pp. 10–27; no. 7, pp. 3–16")).toEqual({
      "container-title": "Sotsiologicheskie issledovaniia",
      issue: "6 and 7",
      page: "10–27 and 3–16",
    });
    // Anything else is kept whole rather than half-read.
    expect(journalParts("Annales, special issue on famine")).toEqual({ "container-title": "Annales, special issue on famine" });
  });

  it("reads roles from the author string: editors (and compilers, as editors), translators, and several people", () => {
    expect(toCslItem(source({ authors: "Anna M. Cienciala, Natalia S. Lebedeva and Wojciech Materski (eds)" }))).toMatchObject({
      editor: [
        { given: "Anna M.", family: "Cienciala" },
        { given: "Natalia S.", family: "Lebedeva" },
        { given: "Wojciech", family: "Materski" },
      ],
    });
    expect(toCslItem(source({ authors: "Richard Pipes (ed.)" })).author).toBeUndefined();
    expect(toCslItem(source({ authors: "A. I. Kokurin and N. V. Petrov (comps.)" })).editor).toEqual([
      { given: "A. I.", family: "Kokurin" },
      { given: "N. V.", family: "Petrov" },
    ]);
    expect(toCslItem(source({ authors: "Piotr Eberhardt (translated by Jan Owsinski)" }))).toMatchObject({
      author: [{ given: "Piotr", family: "Eberhardt" }],
      translator: [{ given: "Jan", family: "Owsinski" }],
    });
  });

  it("keeps particles and suffixes with the surname, and names organisations as written", () => {
    expect(toCslItem(source({ authors: "Erik van Ree" })).author).toEqual([{ given: "Erik", family: "van Ree" }]);
    expect(toCslItem(source({ authors: "Cormac Ó Gráda" })).author).toEqual([{ given: "Cormac", family: "Ó Gráda" }]);
    expect(toCslItem(source({ authors: "Peter H. Solomon Jr." })).author).toEqual([{ given: "Peter H.", family: "Solomon", suffix: "Jr." }]);
    expect(toCslItem(source({ authors: "V-Dem Institute", kind: "dataset" }))).toMatchObject({ type: "dataset", author: [{ literal: "V-Dem Institute" }] });
    expect(toCslItem(source({ authors: "Encyclopædia Universalis", kind: "encyclopedia" }))).toMatchObject({
      type: "entry-encyclopedia",
      author: [{ literal: "Encyclopædia Universalis" }],
    });
  });

  it("keeps a remark on the authors, and the source's note, as the item's note", () => {
    const item = toCslItem(source({ authors: "Russian Historical Society (publisher of the portal)", note: "Undated online publication." }));
    expect(item.author).toEqual([{ literal: "Russian Historical Society" }]);
    expect(item.note).toBe("(publisher of the portal) Undated online publication.");
  });

  it("types an encyclopedia cited whole (with editors) as a book, and the essay as a post in its publication", () => {
    expect(toCslItem(source({ kind: "encyclopedia", authors: "A. M. Prokhorov (ed.)", publisher: "Macmillan" }))).toMatchObject({ type: "book", publisher: "Macmillan" });
    expect(toCslItem(source({ kind: "essay", publisher: "Dialogue & Discourse (Medium)" }))).toMatchObject({
      type: "post-weblog",
      "container-title": "Dialogue & Discourse (Medium)",
    });
  });
});

describe("bodies as authors", () => {
  // Cut into given names and a surname, these read "contributors, W." and "editors, R.L." in the
  // bibliography: a body's name is kept whole.
  it.each([
    ["Wikipedia contributors"],
    ["Russian Life editors"],
    ["Communist Party of the Soviet Union"],
    ["Presidential Library named after B. N. Yeltsin"],
    ["Magyar Krónológia"],
    ["Unidentified author"],
  ])("%s is one literal name", (authors) => {
    expect(toCslItem(source({ authors })).author).toEqual([{ literal: authors }]);
  });

  it("while a person's name with a particle is still a person", () => {
    expect(toCslItem(source({ authors: "Erik van Ree" })).author).toEqual([{ given: "Erik", family: "van Ree" }]);
  });
});
