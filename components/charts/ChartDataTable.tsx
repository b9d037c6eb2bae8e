// The accessible alternative to a chart: its numbers as a table, folded away by default.
// Server-compatible: no client hooks and no Recharts.

export type ChartDataTableProps = {
  caption: string;
  columns: string[];
  /**
   * One array per row, in the order of `columns`. The first cell labels the row and is shown as
   * given (so a year stays "1937"); other numbers get thousands separators; null shows as a dash.
   */
  rows: (string | number | null)[][];
  /** Unfolded from the start. */
  open?: boolean;
};

type Cell = string | number | null;

const show = (value: Cell) =>
  value === null ? "—" : typeof value === "number" ? value.toLocaleString("en", { maximumFractionDigits: 3 }) : value;
const looksNumeric = (value: Cell) => typeof value === "number" || (typeof value === "string" && /^-?[\d,]+(\.\d+)?$/.test(value));

export function ChartDataTable({ caption, columns, rows, open = false }: ChartDataTableProps) {
  // Columns of numbers are right-aligned so their digits line up.
  const numeric = columns.map((_, i) => i > 0 && rows.some((r) => looksNumeric(r[i] ?? null)) && rows.every((r) => (r[i] ?? null) === null || looksNumeric(r[i] ?? null)));
  // Cells are styled from the table (.data-table in globals.css): a timeline's table has hundreds
  // of cells, and a class on each is carried twice, in the HTML and in the React payload.
  const num = (i: number) => (numeric[i] ? "num" : undefined);

  return (
    <details className="mt-3 text-sm" open={open}>
      <summary className="cursor-pointer font-medium">Data table</summary>
      {/* A region that may scroll sideways: focusable, so a keyboard can scroll it, and named. */}
      <div className="scroll-x mt-2" tabIndex={0} role="region" aria-label={`${caption} (scrolls sideways)`}>
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={i} scope="col" className={num(i)}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((value, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {value ?? "—"}
                    </th>
                  ) : (
                    <td key={i} className={num(i)}>
                      {show(value)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
