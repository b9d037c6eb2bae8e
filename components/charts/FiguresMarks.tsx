// The contested figures drawn from their chart model: one row per figure, every author's estimate
// a mark on one logarithmic scale (a bar for a range), the lowest and highest estimate written out
// with their authors. Drawn on the server; the marks of a figure are one tab stop (MarkGroup).
import type { FiguresChart } from "@/lib/charts/model/figuresChart";
import { MarkGroup } from "./MarkGroup";

export function FiguresMarks({ chart }: { chart: FiguresChart }) {
  return (
    <div className="mt-2">
      <div className="figures-row text-xs text-muted" aria-hidden="true">
        <span />
        <span className="overview-scale">
          {chart.ticks.map((t) => (
            <span key={t.value} style={{ left: `${t.at}%` }}>
              {t.label}
            </span>
          ))}
        </span>
      </div>
      <ul>
        {chart.rows.map((f) => (
          <li key={f.slug} className="figures-row">
            <span className="text-sm">
              {f.title}
              <span className="block text-xs text-muted">
                {f.years} · {f.unit}
              </span>
            </span>
            <MarkGroup
              label={`${f.title}: ${f.marks.length} estimates; use the arrow keys to hear each`}
              marks={f.marks.map((m, i) => ({
                said: m.said,
                className: m.width > 0 ? "figures-range" : "figures-point",
                // Overlapping marks are offset in four lanes so each stays visible and tappable.
                style: { left: `${m.left.toFixed(2)}%`, width: m.width > 0 ? `${m.width.toFixed(2)}%` : undefined, top: (i % 4) * 6 },
              }))}
            >
              <span className="block">Lowest: {f.lowest}</span>
              <span className="block">Highest: {f.highest}</span>
            </MarkGroup>
          </li>
        ))}
      </ul>
    </div>
  );
}
