// A chart model drawn as a standalone SVG document: the picture a reader downloads (SVG, or PNG
// made from it), prints in the handout, or sees as a link preview. Pure string building, so it
// runs in a route handler, a server component and a test alike, and the file renders the same
// anywhere: colours are written in, text uses the DejaVu Sans the project ships. The leaders are
// told apart by shape as well as colour (first leader a filled circle, second a hollow square),
// so the mono (print) version loses nothing.
import type { ChartModel } from "../model/chartModel";
import { leaderColors } from "../../theme/leaderColors";
import { relationLabel } from "../../compare/relationLabel";
import { formatCompact, formatNumber, formatPartialDate } from "../../format";
import { yearTicks } from "../yearTicks";
import { escapeHtml } from "../../text/escapeHtml";

export type SvgOptions = {
  /** Width of the drawing in px (the height follows the content). */
  width?: number;
  /** Black and white, for print. */
  mono?: boolean;
  /** Title, legend and source line around the chart (downloads); off when the page frames it. */
  frame?: boolean;
  /** Scale of the type (previews shown small in chat apps want it large). */
  textScale?: number;
};

type Ctx = { w: number; mono: boolean; s: number; ink: string; muted: string; grid: string; a: string; b: string };
type Body = { svg: string; height: number };

const esc = escapeHtml;
const r1 = (n: number) => Math.round(n * 10) / 10;
const cut = (t: string, max: number) => (t.length > max ? `${t.slice(0, max - 1)}…` : t);

function text(x: number, y: number, t: string, size: number, fill: string, extra = ""): string {
  return `<text x="${r1(x)}" y="${r1(y)}" font-size="${r1(size)}" fill="${fill}"${extra}>${esc(t)}</text>`;
}

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrapText(t: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of t.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function markA(c: Ctx, x: number, y: number, r = 6) {
  return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r}" fill="${c.a}"/>`;
}
function markB(c: Ctx, x: number, y: number, r = 6) {
  return `<rect x="${r1(x - r)}" y="${r1(y - r)}" width="${2 * r}" height="${2 * r}" fill="#fff" stroke="${c.b}" stroke-width="2.5"/>`;
}
function markNone(c: Ctx, x: number, y: number, r = 4) {
  return `<path d="M${r1(x - r)},${r1(y - r)} l${2 * r},${2 * r} m0,-${2 * r} l-${2 * r},${2 * r}" stroke="${c.muted}" stroke-width="1.5"/>`;
}

/** The dumbbell: one row per mechanism, both scores on 0–5, the later leader's relation written beside it. */
function overviewBody(c: Ctx, chart: Extract<ChartModel, { kind: "intensity" }>): Body {
  const { overview } = chart;
  const row = 24 * c.s;
  const label = c.w * 0.38;
  const rel = 92 * c.s;
  const x0 = label + 10;
  const x1 = c.w - rel - 10;
  const x = (v: number) => x0 + (v / 5) * (x1 - x0);
  const size = 12 * c.s;
  let out = "";
  for (let v = 0; v <= 5; v++) {
    out += `<line x1="${r1(x(v))}" x2="${r1(x(v))}" y1="${row * 0.6}" y2="${r1(row * (overview.rows.length + 1))}" stroke="${c.grid}"/>`;
    out += text(x(v), size, String(v), size * 0.9, c.muted, ' text-anchor="middle"');
  }
  out += text(c.w - rel + 4, size, overview.later === "a" ? overview.nameA : overview.nameB, size * 0.9, c.muted);
  overview.rows.forEach((r, i) => {
    const cy = row * (i + 1) + row / 2;
    out += text(0, cy + size * 0.35, cut(r.name, Math.floor(label / (size * 0.55))), size, c.ink);
    if (r.a && r.b) out += `<line x1="${r1(x(r.a.intensity))}" x2="${r1(x(r.b.intensity))}" y1="${r1(cy)}" y2="${r1(cy)}" stroke="${c.muted}" stroke-width="2"/>`;
    if (r.b) out += markB(c, x(r.b.intensity), cy, 6 * c.s);
    if (r.a) out += markA(c, x(r.a.intensity), cy, (r.b && r.b.intensity === r.a.intensity ? 3.5 : 6) * c.s);
    if (!r.a || !r.b) {
      const gap = [r.a ? null : `${overview.nameA}: ${r.outA ?? "not assessed"}`, r.b ? null : `${overview.nameB}: ${r.outB ?? "not assessed"}`].filter(Boolean).join(" · ");
      out += text((x0 + x1) / 2, cy + size * 0.3, cut(gap, 60), size * 0.75, c.muted, ' text-anchor="middle" font-style="italic"');
    }
    const later = overview.later === "a" ? r.a : r.b;
    out += text(c.w - rel + 4, cy + size * 0.35, later ? relationLabel[later.relation] : "—", size * 0.9, c.muted);
  });
  return { svg: out, height: row * (overview.rows.length + 1) + 6 };
}

/** Before and after: one strip per mechanism, each leader's score as pips and a number, his relation under it. */
function stripsBody(c: Ctx, chart: Extract<ChartModel, { kind: "before-after" }>): Body {
  const size = 12 * c.s;
  const label = c.w * 0.26;
  const col = (c.w - label) / Math.max(chart.leaders.length, 1);
  const row = 34 * c.s;
  let out = "";
  chart.leaders.forEach((l, j) => (out += text(label + j * col, size, l.name, size, c.ink, ' font-weight="bold"')));
  chart.strips.forEach((s, i) => {
    const y = row * i + size * 2;
    out += `<line x1="0" x2="${c.w}" y1="${r1(y - 4)}" y2="${r1(y - 4)}" stroke="${c.grid}"/>`;
    out += text(0, y + size, cut(s.name, Math.floor(label / (size * 0.55))), size, c.ink);
    s.steps.forEach((st, j) => {
      const x = label + j * col;
      if (st.intensity === null) {
        out += text(x, y + size, "not assessed", size * 0.85, c.muted);
        return;
      }
      for (let p = 1; p <= 5; p++) {
        out += `<rect x="${r1(x + (p - 1) * 9 * c.s)}" y="${r1(y + 3)}" width="${r1(7 * c.s)}" height="${r1(7 * c.s)}" fill="${p <= st.intensity ? c.ink : "#fff"}" stroke="${c.ink}"/>`;
      }
      out += text(x + 48 * c.s, y + size * 0.9, String(st.intensity), size, c.ink, ' font-weight="bold"');
      out += text(x, y + size * 2.1, relationLabel[st.relation], size * 0.85, c.muted);
    });
  });
  return { svg: out, height: row * chart.strips.length + size * 2 };
}

/** Contested figures: one log-scale track per figure, a dot per number and a bar per range. */
function figuresBody(c: Ctx, chart: Extract<ChartModel, { kind: "figures" }>): Body {
  const size = 11 * c.s;
  const label = c.w * 0.34;
  const x = (pct: number) => label + 8 + (pct / 100) * (c.w - label - 8);
  const row = 30 * c.s;
  let out = "";
  for (const t of chart.ticks) {
    out += `<line x1="${r1(x(t.at))}" x2="${r1(x(t.at))}" y1="${size * 1.4}" y2="${r1(size * 1.4 + row * chart.rows.length)}" stroke="${c.grid}"/>`;
    out += text(x(t.at), size, t.label, size * 0.9, c.muted, ' text-anchor="middle"');
  }
  chart.rows.forEach((f, i) => {
    const y = size * 1.4 + row * i;
    out += text(0, y + row * 0.45, cut(f.title, Math.floor(label / (size * 0.55))), size, c.ink);
    out += text(0, y + row * 0.45 + size, `${f.years} · ${f.unit}`, size * 0.8, c.muted);
    f.marks.forEach((m, k) => {
      const my = y + 6 + (k % 4) * 5 * c.s;
      out +=
        m.width > 0
          ? `<rect x="${r1(x(m.left))}" y="${r1(my)}" width="${r1(Math.max(x(m.left + m.width) - x(m.left), 4))}" height="${r1(6 * c.s)}" fill="${c.ink}" fill-opacity="0.3" stroke="${c.ink}"><title>${esc(m.said)}</title></rect>`
          : `<circle cx="${r1(x(m.left))}" cy="${r1(my + 3 * c.s)}" r="${r1(3.5 * c.s)}" fill="#fff" stroke="${c.ink}" stroke-width="1.5"><title>${esc(m.said)}</title></circle>`;
    });
  });
  return { svg: out, height: size * 1.4 + row * chart.rows.length + 4 };
}

/** Institutional lineage: each chain a row of bars from founding to abolition on the view's years. */
function lineageBody(c: Ctx, chart: Extract<ChartModel, { kind: "lineage" }>): Body {
  const size = 11 * c.s;
  const start = chart.from;
  const end = chart.to + 1;
  const x = (year: number) => ((Math.min(Math.max(year, start), end) - start) / (end - start)) * c.w;
  let out = "";
  let y = size * 1.5;
  for (const t of yearTicks([start, end])) out += text(x(t), size, String(t), size * 0.9, c.muted, ' text-anchor="middle"');
  for (const chain of chart.chains) {
    out += text(0, y + size, cut(chain.members.map((m) => m.abbreviation ?? m.name).join(" → "), Math.floor(c.w / (size * 0.55))), size, c.ink, ' font-weight="bold"');
    y += size * 1.5;
    for (const m of chain.members) {
      const x1 = x(m.start);
      const x2 = x(m.end ?? end);
      out += `<rect x="${r1(x1)}" y="${r1(y)}" width="${r1(Math.max(x2 - x1, 3))}" height="${r1(size * 0.8)}" rx="2" fill="${c.mono ? "#888" : c.b}" fill-opacity="0.7"/>`;
      out += text(Math.min(x1 + 3, c.w - 60), y + size * 0.7, `${m.abbreviation ?? m.name} (${formatPartialDate(m.founded)})`, size * 0.75, c.ink);
      y += size * 1.1;
    }
    y += size * 0.6;
  }
  return { svg: out, height: y };
}

/** A yearly series: tenures shaded, unmeasured years hatched, a dot per year, ranges as vertical bars. */
function seriesBody(c: Ctx, chart: Extract<ChartModel, { kind: "series" }>): Body {
  const { data } = chart;
  const size = 11 * c.s;
  const H = 240 * c.s;
  const pad = { left: 56 * c.s, right: 10, top: 10, bottom: 22 * c.s };
  const [start, end] = data.domain;
  const values = data.points.flatMap((p) => [p.best ?? 0, p.band?.[1] ?? 0]);
  const max = Math.max(...values, 1);
  const x = (year: number) => pad.left + ((year - start) / Math.max(end - start, 1)) * (c.w - pad.left - pad.right);
  const y = (v: number) => H - pad.bottom - (v / max) * (H - pad.top - pad.bottom);
  let out = "";
  for (const band of chart.bands) {
    if (x(band.end) - x(band.start) > 40) out += text(x(band.start) + 3, pad.top + size, band.name, size * 0.85, c.muted);
    out += `<rect x="${r1(x(band.start))}" y="${pad.top}" width="${r1(x(band.end) - x(band.start))}" height="${r1(H - pad.top - pad.bottom)}" fill="${band.side === "a" ? c.a : band.side === "b" ? c.b : c.muted}" fill-opacity="${c.mono || band.side === "none" ? 0.06 : 0.1}"/>`;
  }
  for (const [a, b] of data.unmeasured) {
    out += `<rect x="${r1(x(a))}" y="${pad.top}" width="${r1(x(b + 1) - x(a))}" height="${r1(H - pad.top - pad.bottom)}" fill="${c.muted}" fill-opacity="0.1" stroke="${c.muted}" stroke-dasharray="3 3"/>`;
  }
  for (const t of [0, max / 2, max]) {
    out += `<line x1="${pad.left}" x2="${c.w - pad.right}" y1="${r1(y(t))}" y2="${r1(y(t))}" stroke="${c.grid}"/>`;
    out += text(pad.left - 4, y(t) + size * 0.35, formatCompact(t), size, c.muted, ' text-anchor="end"');
  }
  for (const year of yearTicks([start, end - 1])) out += text(x(year + 0.5), H - 6, String(year), size, c.muted, ' text-anchor="middle"');
  for (const p of data.points) {
    if (p.band) out += `<line x1="${r1(x(p.year + 0.5))}" x2="${r1(x(p.year + 0.5))}" y1="${r1(y(p.band[0]))}" y2="${r1(y(p.band[1]))}" stroke="${c.ink}" stroke-opacity="0.5" stroke-width="3"/>`;
  }
  let path = "";
  let pen = false;
  for (const p of data.points) {
    if (p.best === null) {
      pen = false;
      continue;
    }
    path += `${pen ? "L" : "M"}${r1(x(p.year + 0.5))},${r1(y(p.best))}`;
    pen = true;
  }
  if (path) out += `<path d="${path}" fill="none" stroke="${c.ink}" stroke-width="2"/>`;
  for (const p of data.points) if (p.best !== null) out += `<circle cx="${r1(x(p.year + 0.5))}" cy="${r1(y(p.best))}" r="${r1(2.5 * c.s)}" fill="${c.ink}"/>`;
  return { svg: out, height: H };
}

/** The timeline: one row per mechanism, the first leader's events as circles, the second's as squares, neither's as crosses. */
function timelineBody(c: Ctx, chart: Extract<ChartModel, { kind: "timeline" }>): Body {
  const size = 10 * c.s;
  const label = Math.min(170 * c.s, c.w * 0.3);
  const row = 20 * c.s;
  const top = 6;
  const height = top + chart.categories.length * row + 22 * c.s;
  const x = (year: number) => label + ((year - chart.from) / Math.max(chart.to + 1 - chart.from, 1)) * (c.w - label - 10);
  let out = "";
  for (const t of yearTicks([chart.from, chart.to + 1])) {
    out += `<line x1="${r1(x(t))}" x2="${r1(x(t))}" y1="${top}" y2="${r1(height - 18 * c.s)}" stroke="${c.grid}" stroke-dasharray="2 2"/>`;
    out += text(x(t), height - 5, String(t), size, c.muted, ' text-anchor="middle"');
  }
  for (const band of chart.bands) {
    out += `<rect x="${r1(x(band.start))}" y="${top}" width="${r1(x(band.end) - x(band.start))}" height="${r1(chart.categories.length * row)}" fill="${band.side === "a" ? c.a : band.side === "b" ? c.b : c.muted}" fill-opacity="0.08"/>`;
  }
  chart.categories.forEach((cat, i) => (out += text(0, top + i * row + row / 2 + size * 0.35, cut(cat.name, Math.floor(label / (size * 0.55))), size, c.ink)));
  for (const p of chart.points) {
    const cx = x(p.x);
    const cy = top + p.y * row + row / 2;
    out += p.leader === "a" ? markA(c, cx, cy, 4 * c.s) : p.leader === "b" ? markB(c, cx, cy, 4 * c.s) : markNone(c, cx, cy, 3.5 * c.s);
  }
  return { svg: out, height };
}

/** Totals by tenure: one bar per leader, its value written on it and the years it covers under it. */
function totalsBody(c: Ctx, chart: Extract<ChartModel, { kind: "totals" }>): Body {
  const size = 12 * c.s;
  const row = 46 * c.s;
  const label = c.w * 0.22;
  const values = chart.totals.map((t) => (chart.norm === "per-year" ? t.perYear : t.total) ?? 0);
  const max = Math.max(...values, 1);
  let out = "";
  chart.totals.forEach((t, i) => {
    const y = row * i;
    const v = values[i]!;
    const width = ((c.w - label - 90 * c.s) * v) / max;
    out += text(0, y + size * 1.2, t.name, size, c.ink, ' font-weight="bold"');
    out += `<rect x="${r1(label)}" y="${r1(y + 2)}" width="${r1(Math.max(width, 1))}" height="${r1(size * 1.4)}" fill="${t.side === "a" ? c.a : c.b}"/>`;
    out += text(label + width + 6, y + size * 1.2, t.total === null ? "no figure" : formatNumber(v), size, c.ink);
    out += text(label, y + size * 2.9, cut(t.coverage, Math.floor((c.w - label) / (size * 0.5))), size * 0.8, c.muted);
  });
  return { svg: out, height: row * chart.totals.length };
}

function body(c: Ctx, chart: ChartModel): Body {
  if (chart.empty) return { svg: text(0, 16 * c.s, chart.empty, 13 * c.s, c.muted), height: 24 * c.s };
  switch (chart.kind) {
    case "intensity":
      return overviewBody(c, chart);
    case "before-after":
      return stripsBody(c, chart);
    case "figures":
      return figuresBody(c, chart);
    case "lineage":
      return lineageBody(c, chart);
    case "series":
      return seriesBody(c, chart);
    case "timeline":
      return timelineBody(c, chart);
    case "totals":
      return totalsBody(c, chart);
  }
}

/** The chart as an SVG document, with its title, legend and source line unless `frame` is false. */
export function chartSvg(chart: ChartModel, options: SvgOptions = {}): { svg: string; width: number; height: number } {
  const { width = 760, mono = false, frame = true, textScale = 1 } = options;
  const pad = frame ? 16 : 0;
  const c: Ctx = {
    w: width - 2 * pad,
    mono,
    s: textScale,
    ink: mono ? "#000" : "#1c1917",
    muted: mono ? "#444" : "#57534e",
    grid: mono ? "#bbb" : "#d6d3d1",
    a: mono ? "#000" : leaderColors.light.a,
    b: mono ? "#000" : leaderColors.light.b,
  };
  let head = "";
  let y = pad;
  if (frame) {
    const titleSize = 17 * textScale;
    for (const line of wrapText(chart.title, Math.floor(c.w / (titleSize * 0.55)))) {
      y += titleSize * 1.3;
      head += text(pad, y, line, titleSize, c.ink, ' font-weight="bold"');
    }
    if (chart.legend.length > 0 && chart.kind !== "before-after") {
      y += 20 * textScale;
      let lx = pad;
      // Series are read against shaded periods in power, so their key is swatches, not marks.
      const swatches = chart.kind === "series";
      const swatch = (fill: string, opacity: number, dashed = false) =>
        `<rect x="${lx}" y="${r1(y - 10 * textScale)}" width="${r1(14 * textScale)}" height="${r1(11 * textScale)}" fill="${fill}" fill-opacity="${opacity}"${dashed ? ` stroke="${c.muted}" stroke-dasharray="3 3"` : ""}/>`;
      chart.legend.forEach((l, i) => {
        const color = i === 0 ? c.a : c.b;
        head += swatches ? swatch(color, 0.25) : i === 0 ? markA(c, lx + 6, y - 4, 5 * textScale) : markB(c, lx + 6, y - 4, 5 * textScale);
        const label = swatches ? `${l.label} in power` : l.label;
        head += text(lx + 18 * textScale, y, label, 12 * textScale, c.ink);
        lx += (label.length * 7 + 40) * textScale;
      });
      if (chart.kind === "series" && chart.data.unmeasured.length > 0) {
        head += swatch(c.muted, 0.15, true);
        head += text(lx + 18 * textScale, y, "no published figure", 12 * textScale, c.ink);
      }
    }
    y += 14 * textScale;
  }
  const drawn = body(c, chart);
  const chartTop = y;
  y += drawn.height;
  let foot = "";
  if (frame) {
    const size = 11 * textScale;
    y += 8;
    for (const line of wrapText(chart.source, Math.floor(c.w / (size * 0.52)))) {
      y += size * 1.35;
      foot += text(pad, y, line, size, c.muted);
    }
    y += pad;
  }
  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Verdana, sans-serif" role="img">` +
    `<title>${esc(chart.title)}</title>` +
    (frame ? `<rect width="100%" height="100%" fill="#fff"/>` : "") +
    head +
    `<g transform="translate(${pad},${r1(chartTop)})">${drawn.svg}</g>` +
    foot +
    `</svg>`;
  return { svg, width, height };
}
