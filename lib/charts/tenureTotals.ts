import { decimalYear } from "../compare/buildCompareView";
import type { CatalogMetric } from "../queries/catalog";
import type { ViewState } from "../url/compareUrl";
import type { TenureLeader } from "./tenureBands";

/** How a yearly value is assigned to a leader; shown next to the totals chart. */
export const attributionRule =
  "Each calendar year is counted for the leader in power on 1 July of that year, so a year of transition goes to whoever held power for most of it, or to neither: 1917 counts for neither (Lenin took power in November), 1923 for neither (Lenin's period ends with his incapacity on 10 March 1923 and the collective leadership that followed is attributed to neither), 1924 for Stalin (Lenin died in January) and 1953 for neither (Stalin died in March). Only years within the selected range that have a value are added up; the per-year figure divides that total by the number of those years, so gaps in the data are not counted as zeros.";

export type TenureTotal = {
  side: "a" | "b";
  leader: string;
  name: string;
  /** Years in [from, to] attributed to this leader, with or without data. */
  yearsInPower: number;
  /** Of those, the years that have a value. */
  yearsCovered: number;
  firstYear: number | null;
  lastYear: number | null;
  /** Years in power within [from, to] with a value, and without one ("no published figure"). */
  coveredYears: number[];
  missingYears: number[];
  /** Sum of best values; null when no attributed year has data. */
  total: number | null;
  perYear: number | null;
  /** total or perYear, as the view's normalisation asks. */
  value: number | null;
  /** Sums of low and high (a missing end counts as best); null unless some attributed value has a range. */
  low: number | null;
  high: number | null;
  /** low and high, normalised like value. */
  valueLow: number | null;
  valueHigh: number | null;
};

type Metric = Pick<CatalogMetric, "additive" | "values">;

/** Which of the leaders (by index) was in power on 1 July of the year, if any. */
export function leaderOnFirstOfJuly(year: number, leaders: readonly Pick<TenureLeader, "powerStart" | "powerEnd">[]): number | null {
  const midYear = decimalYear(`${year}-07-01`);
  const i = leaders.findIndex((l) => decimalYear(l.powerStart) <= midYear && midYear <= decimalYear(l.powerEnd));
  return i === -1 ? null : i;
}

/**
 * Each leader's share of an additive metric (a yearly count such as death sentences) over the
 * selected years, following attributionRule. Returns null for a metric that is not additive
 * (an index or a stock on one day cannot be summed over years).
 */
export function tenureTotals(
  metric: Metric,
  leaders: readonly [TenureLeader, TenureLeader],
  from: number,
  to: number,
  norm: ViewState["norm"],
): TenureTotal[] | null {
  if (!metric.additive) return null;

  return leaders.map((leader, i) => {

    const values = metric.values.filter((v) => v.year >= from && v.year <= to && leaderOnFirstOfJuly(v.year, leaders) === i);
    const n = values.length;
    const sum = (pick: (v: Metric["values"][number]) => number) => values.reduce((acc, v) => acc + pick(v), 0);
    const ranged = values.some((v) => v.low !== null || v.high !== null);

    const total = n > 0 ? sum((v) => v.best) : null;
    const low = ranged ? sum((v) => v.low ?? v.best) : null;
    const high = ranged ? sum((v) => v.high ?? v.best) : null;
    const normalise = (x: number | null) => (x === null ? null : norm === "per-year" ? x / n : x);
    const years = values.map((v) => v.year);
    const inPower: number[] = [];
    for (let year = from; year <= to; year++) if (leaderOnFirstOfJuly(year, leaders) === i) inPower.push(year);

    return {
      side: i === 0 ? ("a" as const) : ("b" as const),
      leader: leader.slug,
      name: leader.name,
      yearsInPower: inPower.length,
      yearsCovered: n,
      firstYear: n > 0 ? Math.min(...years) : null,
      lastYear: n > 0 ? Math.max(...years) : null,
      coveredYears: [...years].sort((x, y) => x - y),
      missingYears: inPower.filter((y) => !years.includes(y)),
      total,
      perYear: total === null ? null : total / n,
      value: normalise(total),
      low,
      high,
      valueLow: normalise(low),
      valueHigh: normalise(high),
    };
  });
}
