// A chart's data as CSV: its data table's columns and rows, and on every row the unit the numbers
// are in and the chart's source line, so the file stands on its own when it is passed on.
import { stringify } from "csv-stringify/sync";
import type { ChartModel } from "./chartModel";

export function chartCsv(chart: ChartModel): string {
  const { columns, rows } = chart.table;
  const header = [...columns, "unit", "source"];
  const body = rows.map((r) => [...r.map((v) => (v === null ? "" : v)), chart.unit ?? "", chart.source]);
  return stringify([header, ...body], { record_delimiter: "\r\n" });
}
