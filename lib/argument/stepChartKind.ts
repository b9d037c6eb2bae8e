// Which chart an argument step's `display` draws: the overview is the intensity chart; "table"
// is the side-by-side table, not a chart.
import type { ArgumentDisplay } from "../dataset/vocabulary";
import type { ChartKind } from "../charts/model/chartModel";

export function stepChartKind(display: ArgumentDisplay): ChartKind | null {
  switch (display) {
    case "overview":
      return "intensity";
    case "table":
      return null;
    default:
      return display;
  }
}
