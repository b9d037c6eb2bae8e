import type { SeriesData } from "@/lib/charts/seriesData";
import { formatCompact } from "@/lib/format";

const W = 640;
const H = 220;
const PAD = { left: 52, right: 12, top: 12, bottom: 24 };

/**
 * A yearly series as a black line with a dot per year for the printed handout; where the dataset
 * gives a range, a vertical bar runs from the low to the high estimate (no shading to lose in print).
 */
export function PrintSeries({ data, name, unit }: { data: SeriesData; name: string; unit: string }) {
  const points = data.points.filter((p) => p.best !== null || p.band !== null);
  if (points.length === 0) return null;
  const [start, end] = data.domain;
  const max = Math.max(...points.flatMap((p) => [p.best ?? 0, p.band?.[1] ?? 0]), 1);
  const x = (year: number) => PAD.left + ((year - start) / Math.max(end - start, 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const ticks = [0, max / 2, max];
  const years = points.map((p) => p.year).filter((year, i, all) => i === 0 || i === all.length - 1 || year % 5 === 0);
  // A gap in the data breaks the line instead of bridging it.
  const segments: string[] = [];
  let current: string[] = [];
  for (const p of data.points) {
    if (p.best === null) {
      if (current.length) segments.push(current.join(" "));
      current = [];
    } else current.push(`${x(p.year)},${y(p.best)}`);
  }
  if (current.length) segments.push(current.join(" "));
  const label = `${name} (${unit}) by year: ${points.map((p) => `${p.year} ${p.best ?? "no best estimate"}`).join(", ")}.`;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="print-chart w-full">
      <g fontSize="10" fill="#000">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#ccc" />
            <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end">
              {formatCompact(t)}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <text key={year} x={x(year)} y={H - 8} textAnchor="middle">
            {year}
          </text>
        ))}
      </g>
      {points.map((p) =>
        p.band ? <line key={`r${p.year}`} x1={x(p.year)} x2={x(p.year)} y1={y(p.band[0])} y2={y(p.band[1])} stroke="#000" strokeWidth={1} /> : null,
      )}
      {segments.map((s) => (
        <polyline key={s} points={s} fill="none" stroke="#000" strokeWidth={1.5} />
      ))}
      {points.map((p) => (p.best !== null ? <circle key={p.year} cx={x(p.year)} cy={y(p.best)} r={2.5} fill="#000" /> : null))}
    </svg>
  );
}
