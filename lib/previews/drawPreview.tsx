// Draws a preview model (previewModel.ts) as the element tree the preview worker turns into a
// 1200×630 PNG (satori: flex layout, inline styles, inline SVG). Big type and few rows: chat apps
// show the image about 500 px wide, so 30 px here reads as 12 or 13 px there.
import type { ReactNode } from "react";
import { leaderColors } from "../theme/leaderColors";
import type { PreviewFigure, PreviewModel, Side } from "./previewModel";

const INK = "#1c1917";
const MUTED = "#57534e";
const TRACK = "#d6d3d1";
const color: Record<Side, string> = { a: leaderColors.light.a, b: leaderColors.light.b, none: "#78716c" };
const PAD = 48;
const LABEL_WIDTH = 380;
const TRACK_WIDTH = 1200 - 2 * PAD - LABEL_WIDTH - 24;
const ROW = 48;

/** Cuts text to `max` characters at a word, with an ellipsis: the image has room for two lines. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 12)).replace(/[\s,;:·–-]+$/, "")}…`;
}

const row = (style: object, ...children: ReactNode[]) => <div style={{ display: "flex", ...style }}>{children}</div>;

function Label({ children }: { children: string }) {
  return row({ width: LABEL_WIDTH, fontSize: 28, color: INK, overflow: "hidden", whiteSpace: "nowrap" }, clip(children, 25));
}

function Dot({ x, side, size = 26 }: { x: number; side: Side; size?: number }) {
  return <div style={{ position: "absolute", left: x - size / 2, top: (ROW - size) / 2, width: size, height: size, borderRadius: size, background: color[side] }} />;
}

function Footer({ left, more }: { left: ReactNode; more: number }) {
  return row({ justifyContent: "space-between", alignItems: "center", fontSize: 26, color: MUTED, height: 40 }, left, more > 0 ? `+${more} more` : "");
}

function Legend({ nameA, nameB, note }: { nameA: string; nameB: string; note: string }) {
  const key = (side: Side, name: string) =>
    row({ alignItems: "center", marginRight: 28 }, <div style={{ width: 20, height: 20, borderRadius: 20, background: color[side], marginRight: 10 }} />, name);
  return row({ alignItems: "center" }, key("a", nameA), key("b", nameB), note);
}

function Figure({ figure, nameA, nameB }: { figure: PreviewFigure; nameA: string; nameB: string }) {
  switch (figure.kind) {
    case "dumbbell": {
      const x = (score: number) => 13 + (score / 5) * (TRACK_WIDTH - 26);
      return (
        <div style={{ display: "flex", flexDirection: "column" }}>
          {figure.rows.map((r) => {
            const scores = [r.a, r.b].filter((s): s is number => s !== null);
            const [low, high] = [Math.min(...scores), Math.max(...scores)];
            return row(
              { height: ROW, alignItems: "center" },
              <Label>{r.label}</Label>,
              <div style={{ display: "flex", position: "relative", width: TRACK_WIDTH, height: ROW, marginLeft: 24 }}>
                <div style={{ position: "absolute", left: 0, top: ROW / 2 - 1, width: TRACK_WIDTH, height: 2, background: TRACK }} />
                {scores.length === 2 ? <div style={{ position: "absolute", left: x(low), top: ROW / 2 - 4, width: x(high) - x(low), height: 8, background: "#a8a29e" }} /> : null}
                {r.a !== null ? <Dot x={x(r.a)} side="a" /> : null}
                {r.b !== null ? <Dot x={x(r.b)} side="b" size={r.a === r.b ? 14 : 26} /> : null}
              </div>,
            );
          })}
          <Footer left={<Legend nameA={nameA} nameB={nameB} note="intensity, 0 (none) to 5 (extreme)" />} more={figure.more} />
        </div>
      );
    }
    case "series": {
      const width = 1200 - 2 * PAD;
      const height = 220;
      const years = figure.points.map((p) => p.year);
      const [first, last] = [Math.min(...years), Math.max(...years) + 1];
      const max = Math.max(...figure.points.map((p) => p.value ?? 0), 1);
      const x = (year: number) => ((year - first) / Math.max(last - first, 1)) * width;
      const y = (value: number) => height - (value / max) * (height - 10);
      // One polyline per run of years with values: a missing year is a gap, not a zero.
      const runs: string[][] = [[]];
      for (const p of figure.points) {
        if (p.value === null) runs.push([]);
        else runs.at(-1)!.push(`${x(p.year + 0.5).toFixed(1)},${y(p.value).toFixed(1)}`);
      }
      return (
        <div style={{ display: "flex", flexDirection: "column" }}>
          <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
            {figure.bands.map((b) => (
              <rect key={b.side} x={x(b.start)} y={0} width={x(b.end) - x(b.start)} height={height} fill={color[b.side]} fillOpacity={0.12} />
            ))}
            <line x1={0} y1={height - 1} x2={width} y2={height - 1} stroke={TRACK} strokeWidth={2} />
            {runs.filter((r) => r.length > 0).map((points, i) => (
              <polyline key={i} points={points.length === 1 ? `${points[0]} ${points[0]}` : points.join(" ")} fill="none" stroke={INK} strokeWidth={6} strokeLinejoin="round" strokeLinecap="round" />
            ))}
          </svg>
          <Footer left={<Legend nameA={nameA} nameB={nameB} note={`in power · ${first}–${last - 1}`} />} more={0} />
        </div>
      );
    }
    case "timeline": {
      const x = (year: number) => 13 + ((year - figure.from) / Math.max(figure.to - figure.from, 1)) * (TRACK_WIDTH - 26);
      return (
        <div style={{ display: "flex", flexDirection: "column" }}>
          {figure.rows.map((r) =>
            row(
              { height: ROW, alignItems: "center" },
              <Label>{r.label}</Label>,
              <div style={{ display: "flex", position: "relative", width: TRACK_WIDTH, height: ROW, marginLeft: 24 }}>
                <div style={{ position: "absolute", left: 0, top: ROW / 2 - 1, width: TRACK_WIDTH, height: 2, background: TRACK }} />
                {r.events.map((e, i) => (
                  <Dot key={i} x={x(e.x)} side={e.side} size={18} />
                ))}
              </div>,
            ),
          )}
          <Footer left={<Legend nameA={nameA} nameB={nameB} note={`events, ${figure.from}–${figure.to - 1}`} />} more={figure.more} />
        </div>
      );
    }
    case "scores":
      return row(
        { justifyContent: "space-between" },
        ...figure.sides.map((s) =>
          row(
            { flexDirection: "column", width: 520, borderTop: `10px solid ${color[s.side]}`, paddingTop: 12 },
            row({ fontSize: 36, fontWeight: 700, color: color[s.side] }, s.name),
            row({ alignItems: "baseline" }, row({ fontSize: 120, fontWeight: 700, lineHeight: 1 }, s.score === null ? "–" : String(s.score)), row({ fontSize: 40, color: MUTED, marginLeft: 8 }, "/ 5")),
            row({ fontSize: 32 }, s.relation),
          ),
        ),
      );
    case "bars": {
      const max = Math.max(...figure.rows.map((r) => r.value), 1);
      return (
        <div style={{ display: "flex", flexDirection: "column" }}>
          {figure.rows.map((r) =>
            row(
              { height: ROW, alignItems: "center" },
              <Label>{r.label}</Label>,
              row(
                { width: TRACK_WIDTH, marginLeft: 24, alignItems: "center", fontSize: 30, fontWeight: 700, color: INK },
                <div style={{ width: Math.max(6, (r.value / max) * (TRACK_WIDTH - 180)), height: 30, background: color[r.side], marginRight: 16 }} />,
                r.text,
              ),
            ),
          )}
          <Footer left="" more={figure.more} />
        </div>
      );
    }
  }
}

export function drawPreview(model: PreviewModel): ReactNode {
  return (
    <div style={{ width: 1200, height: 630, display: "flex", background: "#fafaf9" }}>
    <div style={{ width: 1200 - 2 * PAD, height: 630 - 2 * PAD, margin: PAD, display: "flex", flexDirection: "column", justifyContent: "space-between", color: INK, fontFamily: "DejaVu Sans" }}>
      <div style={{ display: "flex", flexDirection: "column" }}>
        {row({ fontSize: 26, color: MUTED, marginBottom: 8 }, clip(model.kicker, 70))}
        {row({ fontSize: 46, fontWeight: 700, lineHeight: 1.15, marginBottom: 12 }, clip(model.title, 68))}
        {row({ fontSize: 28, lineHeight: 1.3, color: INK }, clip(model.sentence, 130))}
      </div>
      <Figure figure={model.figure} nameA={model.nameA} nameB={model.nameB} />
      </div>
    </div>
  );
}

/** The card drawn while the database cannot be read: the site's name, nothing that could go stale. */
export function drawGenericPreview(title: string): ReactNode {
  return (
    <div style={{ width: 1200, height: 630, display: "flex", flexDirection: "column", justifyContent: "center", background: "#fafaf9", color: INK, paddingLeft: 64, fontFamily: "DejaVu Sans" }}>
      <div style={{ display: "flex", fontSize: 72, fontWeight: 700 }}>
        <span style={{ color: color.a }}>Lenin</span>
        <span style={{ margin: "0 24px" }}>vs</span>
        <span style={{ color: color.b }}>Stalin</span>
      </div>
      <div style={{ display: "flex", fontSize: 44, marginTop: 24 }}>{title}</div>
    </div>
  );
}
