// @vitest-environment jsdom
// The side-by-side table (components/compare/CompareTable.tsx): sorting and hiding columns are
// kept in the address (sort=, hide=) and change what the reader sees; the relation sort orders
// by the second leader's relation, then the first's.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { NuqsTestingAdapter, type UrlUpdateEvent } from "nuqs/adapters/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CompareTable } from "@/components/compare/CompareTable";
import type { TableRow } from "@/lib/compare/tableRows";
import type { Relation } from "@/lib/dataset/vocabulary";

vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: vi.fn() }),
  usePathname: () => "/",
}));

const side = (intensity: number, relation: Relation) => ({ out: null, intensity, relation, summary: `${relation} at ${intensity}.`, startYear: 1918, endYear: 1923 });
const row = (slug: string, order: number, a: TableRow["a"], b: TableRow["b"]): TableRow => ({
  mechanism: { slug, name: slug, categoryName: "Tools of power", order },
  a,
  b,
  open: false,
});
// In the dataset's order. By relation (second leader's, then first's, in the vocabulary's order
// originated, re-created, kept, expanded, transformed, curtailed, dismantled, reversed, absent):
// grew (b expanded, a originated), changed (b transformed, a kept), kept (b transformed, a originated)
// → grew, kept, changed.
const rows = [
  row("changed", 0, side(2, "kept"), side(5, "transformed")),
  row("kept", 1, side(3, "originated"), side(3, "transformed")),
  row("grew", 2, side(4, "originated"), side(5, "expanded")),
];

function renderTable(query = "") {
  const updates: string[] = [];
  render(
    <NuqsTestingAdapter searchParams={query} hasMemory onUrlUpdate={(e: UrlUpdateEvent) => updates.push(e.queryString)}>
      <CompareTable rows={rows} nameA="Lenin" nameB="Stalin" lookup={{ rubric: { 2: "Limited", 3: "Substantial", 4: "Severe", 5: "Extreme" } }} evidence={{}} />
    </NuqsTestingAdapter>,
  );
  const table = screen.getByRole("table");
  const order = () =>
    within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => within(r).getAllByRole("link")[0]!.textContent);
  return { table, order, updates };
}

afterEach(cleanup);

describe("CompareTable", () => {
  it("shows the rows in the dataset's order until a column is chosen", () => {
    expect(renderTable().order()).toEqual(["changed", "kept", "grew"]);
  });

  it("sorts by relation: the second leader's first, then the first leader's, and writes it to the address", async () => {
    const { table, order, updates } = renderTable();
    fireEvent.click(within(within(table).getByRole("columnheader", { name: /Relation/ })).getByRole("button"));
    // nuqs writes the address after the event, asynchronously.
    await waitFor(() => expect(updates.at(-1)).toBe("?sort=relation.asc"));
    await waitFor(() => expect(order()).toEqual(["grew", "kept", "changed"]));
  });

  it("sorts by a leader's intensity, highest first, ties in the dataset's order", async () => {
    const { table, order, updates } = renderTable();
    fireEvent.click(within(within(table).getByRole("columnheader", { name: /Stalin/ })).getByRole("button"));
    // nuqs writes the address after the event, asynchronously.
    await waitFor(() => expect(updates.at(-1)).toBe("?sort=b.desc"));
    await waitFor(() => expect(order()).toEqual(["changed", "grew", "kept"]));
  });

  it("opens sorted as the address says", () => {
    const { table, order } = renderTable("?sort=a.asc");
    expect(order()).toEqual(["changed", "kept", "grew"].sort((x, y) => rows.find((r) => r.mechanism.slug === x)!.a!.intensity - rows.find((r) => r.mechanism.slug === y)!.a!.intensity));
    expect(within(table).getByRole("columnheader", { name: /Lenin/ }).getAttribute("aria-sort")).toBe("ascending");
  });

  it("hides a column from the checkbox and keeps it hidden in the address", async () => {
    const { table, updates } = renderTable();
    fireEvent.click(screen.getByRole("checkbox", { name: "Relation" }));
    // nuqs writes the address after the event, asynchronously.
    await waitFor(() => expect(updates.at(-1)).toBe("?hide=relation"));
    await waitFor(() => expect(within(table).queryByRole("columnheader", { name: /Relation/ })).toBeNull());
  });
});
