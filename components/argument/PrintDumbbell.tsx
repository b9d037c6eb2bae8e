import type { IntensityDatum } from "@/lib/charts/intensityData";

const LABEL = 230;
const SCALE = 330;
const ROW = 17;
const TOP = 34;
const x = (score: number) => LABEL + (score / 5) * SCALE;
const truncate = (text: string, max = 34) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The intensity scores as a black-and-white dot chart for the printed handout: the first leader a
 * filled circle, the second a hollow square, joined by a line, so the two read apart without colour.
 */
export function PrintDumbbell({ data, nameA, nameB }: { data: readonly IntensityDatum[]; nameA: string; nameB: string }) {
  const height = TOP + data.length * ROW + 8;
  const label = `Intensity from 0 to 5 by mechanism: ${data.map((d) => `${d.name}, ${nameA} ${d.a ?? "none"}, ${nameB} ${d.b ?? "none"}`).join("; ")}.`;
  return (
    <svg viewBox={`0 0 640 ${height}`} role="img" aria-label={label} className="print-chart w-full">
      <g fontSize="10" fill="#000">
        <circle cx={LABEL} cy={8} r={4} fill="#000" />
        <text x={LABEL + 8} y={11}>{nameA}</text>
        <rect x={LABEL + 80} y={4} width={8} height={8} fill="#fff" stroke="#000" strokeWidth={1.5} />
        <text x={LABEL + 94} y={11}>{nameB}</text>
        {[0, 1, 2, 3, 4, 5].map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP - 8} y2={height - 6} stroke="#bbb" strokeDasharray="2 2" />
            <text x={x(t)} y={TOP - 11} textAnchor="middle">
              {t}
            </text>
          </g>
        ))}
      </g>
      {data.map((d, i) => {
        const y = TOP + i * ROW + ROW / 2;
        return (
          <g key={d.slug} fontSize="10">
            <text x={0} y={y + 3.5} fill="#000">
              {truncate(d.name)}
            </text>
            {d.a !== null && d.b !== null ? <line x1={x(d.a)} x2={x(d.b)} y1={y} y2={y} stroke="#000" strokeWidth={1} /> : null}
            {d.a !== null ? <circle cx={x(d.a)} cy={y} r={4.5} fill="#000" /> : null}
            {d.b !== null ? <rect x={x(d.b) - 4.5} y={y - 4.5} width={9} height={9} fill="#fff" stroke="#000" strokeWidth={1.5} /> : null}
            <text x={LABEL + SCALE + 20} y={y + 3.5} fill="#000">
              {d.a ?? "–"} → {d.b ?? "–"}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
