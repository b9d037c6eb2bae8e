import type { CatalogEvent } from "@/lib/queries/catalog";

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** "8–21 demonstrators killed", "about 140,000 executions", "at least 50,000 …" */
export function formatMagnitude(m: NonNullable<CatalogEvent["magnitude"]>): string {
  const f = (n: number) => number.format(n);
  const { low, best, high, unit } = m;
  let amount: string;
  if (low != null && high != null && low !== high) {
    amount = `${f(low)}–${f(high)}`;
    if (best != null) amount += ` (best estimate ${f(best)})`;
  } else if (best != null) {
    amount = f(best);
  } else if (low != null && high != null) {
    amount = f(low);
  } else if (low != null) {
    amount = `at least ${f(low)}`;
  } else if (high != null) {
    amount = `up to ${f(high)}`;
  } else {
    amount = "";
  }
  return `${amount} ${unit}`.trim();
}
