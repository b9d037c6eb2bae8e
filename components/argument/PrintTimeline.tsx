import type { TimelineCategory, TimelinePoint } from "@/lib/charts/timelineData";

const LABEL = 170;
const W = 640;
const ROW = 20;
const TOP = 30;
const truncate = (text: string, max = 28) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The timeline for the printed handout: one row per mechanism, the first leader's events as filled
 * circles, the second's as hollow squares, events of neither as crosses; black on white.
 */
export function PrintTimeline({
  points,
  categories,
  from,
  to,
  nameA,
  nameB,
}: {
  points: readonly TimelinePoint[];
  categories: readonly TimelineCategory[];
  from: number;
  to: number;
  nameA: string;
  nameB: string;
}) {
  const height = TOP + categories.length * ROW + 22;
  const x = (year: number) => LABEL + ((year - from) / Math.max(to + 1 - from, 1)) * (W - LABEL - 10);
  const step = to - from > 12 ? 5 : to - from > 5 ? 2 : 1;
  const ticks: number[] = [];
  for (let year = from; year <= to + 1; year += step) ticks.push(year);
  const label = `Events ${from}–${to} by mechanism: ${points.map((p) => `${p.date} ${p.title}`).join("; ")}.`;
  return (
    <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={label} className="print-chart w-full">
      <g fontSize="10" fill="#000">
        <circle cx={LABEL} cy={8} r={4} fill="#000" />
        <text x={LABEL + 8} y={11}>{nameA}</text>
        <rect x={LABEL + 80} y={4} width={8} height={8} fill="#fff" stroke="#000" strokeWidth={1.5} />
        <text x={LABEL + 94} y={11}>{nameB}</text>
        <path d={`M${LABEL + 166},4 l8,8 m0,-8 l-8,8`} stroke="#000" strokeWidth={1.5} />
        <text x={LABEL + 180} y={11}>neither</text>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={height - 20} stroke="#bbb" strokeDasharray="2 2" />
            <text x={x(t)} y={height - 6} textAnchor="middle">
              {t}
            </text>
          </g>
        ))}
        {categories.map((c, i) => (
          <text key={c.slug} x={0} y={TOP + i * ROW + ROW / 2 + 3.5}>
            {truncate(c.name)}
          </text>
        ))}
      </g>
      {points.map((p) => {
        const cx = x(p.x);
        const cy = TOP + p.y * ROW + ROW / 2;
        if (p.leader === "a") return <circle key={p.slug} cx={cx} cy={cy} r={4} fill="#000" fillOpacity={0.8} />;
        if (p.leader === "b") return <rect key={p.slug} x={cx - 4} y={cy - 4} width={8} height={8} fill="#fff" fillOpacity={0.6} stroke="#000" strokeWidth={1.5} />;
        return <path key={p.slug} d={`M${cx - 4},${cy - 4} l8,8 m0,-8 l-8,8`} stroke="#000" strokeWidth={1.5} />;
      })}
    </svg>
  );
}
