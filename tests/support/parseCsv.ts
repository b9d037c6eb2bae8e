// Reads the CSV files the exports write, with csv-parse (strict: every row as wide as the header),
// so a malformed file fails the test that reads it.
import { parse } from "csv-parse/sync";

/** Every row, the header first. */
export function parseCsv(text: string): string[][] {
  return parse(text);
}

/** Rows as objects keyed by the header row. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  return parse(text, { columns: true });
}
