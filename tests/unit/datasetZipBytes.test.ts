// The dataset zip is a public answer like any other: the same data must give the same bytes
// whenever it is made (zip entries carry a time; fflate's default is the moment of zipping, which
// gave two instances, or two renders seconds apart, two different zips: npm run bench:proxy).
import { afterEach, describe, expect, it, vi } from "vitest";
import { datasetZip } from "@/lib/export/datasetZip";
import { exportCatalog as catalog } from "../support/exportCatalog";

afterEach(() => vi.useRealTimers());

describe("datasetZip", () => {
  it("gives the same bytes for the same data, made a day apart", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-26T10:00:00Z"));
    const first = Buffer.from(datasetZip(catalog));
    vi.setSystemTime(new Date("2026-11-27T17:31:07Z"));
    const second = Buffer.from(datasetZip(catalog));
    expect(second.equals(first)).toBe(true);
  });
});
