// Turns a chart drawn by Recharts into a standalone SVG file (and a PNG of it): the chart's own
// <svg> with a title above, a source line below and the legend drawn in. Colours come from CSS
// variables on the page, so each shape's computed colours are written onto it: the file then
// renders the same anywhere. Runs in the browser only (it reads the live DOM).
import type { LegendEntry } from "@/lib/export/chartCaption";
import { compareHref } from "@/lib/export/exportLinks";
import { viewFileName } from "@/lib/export/fileNames";
import type { ViewState } from "@/lib/url/compareUrl";

export type ChartImageCaption = { title: string; source: string; url: string; legend: LegendEntry[] };

const SVG_NS = "http://www.w3.org/2000/svg";
const PAD = 16;
const TITLE_SIZE = 17;
const TEXT_SIZE = 12;
const LINE = 1.35;

// Presentation properties worth carrying over from the page's stylesheet and variables.
const PAINT = ["fill", "stroke", "stroke-width", "stroke-dasharray", "fill-opacity", "stroke-opacity", "opacity"] as const;
const FONT = ["font-family", "font-size", "font-weight", "font-style"] as const;

/** The chart's drawing inside a figure: Recharts' main surface (legend icons are small surfaces too). */
export function findChartSurface(figure: Element): SVGSVGElement | null {
  return figure.querySelector<SVGSVGElement>('[role="figure"] .recharts-wrapper > svg.recharts-surface');
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes each shape's computed paint and font onto the copy, and drops what only the page uses. */
function inlineStyles(source: Element, copy: Element) {
  const style = getComputedStyle(source);
  // Hidden parts and the hover state (tooltip cursor, active dot) are not part of the chart.
  if (style.display === "none" || source.matches(".recharts-tooltip-cursor, .recharts-active-dot")) {
    copy.remove();
    return;
  }
  const props = source instanceof SVGTextContentElement ? [...PAINT, ...FONT] : source instanceof SVGGraphicsElement ? PAINT : [];
  for (const prop of props) {
    const value = style.getPropertyValue(prop);
    if (value) copy.setAttribute(prop, value);
  }
  for (const attr of ["style", "class", "tabindex", "role", "aria-label", "aria-hidden", "focusable"]) copy.removeAttribute(attr);
  const kids = Array.from(source.children);
  const copies = Array.from(copy.children);
  kids.forEach((kid, i) => {
    const twin = copies[i];
    if (twin) inlineStyles(kid, twin);
  });
}

/** A CSS colour (possibly a variable) as the page currently resolves it. */
function resolveColor(color: string, context: Element): string {
  const probe = document.createElementNS(SVG_NS, "rect");
  probe.setAttribute("fill", color);
  context.append(probe);
  const value = getComputedStyle(probe).fill;
  probe.remove();
  return value || color;
}

/** The legend Recharts draws in HTML over the chart, as shapes at the same places. */
function legendFromPage(surface: SVGSVGElement): SVGGElement | null {
  const items = surface.parentElement?.querySelectorAll(".recharts-legend-item");
  if (!items || items.length === 0) return null;
  const origin = surface.getBoundingClientRect();
  const group = el("g", { "font-size": TEXT_SIZE });
  for (const item of Array.from(items)) {
    const icon = item.querySelector("svg");
    const shape = icon?.querySelector("path, line, rect, circle");
    const label = item.querySelector(".recharts-legend-item-text");
    if (!icon || !label) continue;
    const box = icon.getBoundingClientRect();
    const style = shape ? getComputedStyle(shape) : null;
    const fill = style && style.fill !== "none" ? style.fill : (style?.stroke ?? "currentColor");
    const x = box.left - origin.left;
    const y = box.top - origin.top;
    group.append(el("rect", { x, y, width: box.width, height: box.height, fill, "fill-opacity": style?.fillOpacity ?? 1 }));
    const text = label.getBoundingClientRect();
    group.append(
      el(
        "text",
        { x: text.left - origin.left, y: y + box.height - 2, fill: getComputedStyle(label).color, "font-family": getComputedStyle(label).fontFamily },
        label.textContent ?? "",
      ),
    );
  }
  return group;
}

/** The chart as a standalone SVG document, with its size. */
export function buildChartSvg(surface: SVGSVGElement, caption: ChartImageCaption): { svg: string; width: number; height: number } {
  const rect = surface.getBoundingClientRect();
  const width = Math.round(rect.width);
  const chartHeight = Math.round(rect.height);
  const page = getComputedStyle(document.body);
  const background = page.backgroundColor || "#ffffff";
  const foreground = page.color || "#000000";
  const muted = resolveColor("var(--muted)", surface);
  const font = page.fontFamily || "sans-serif";

  const charsPerLine = (size: number) => Math.max(30, Math.floor((width - 2 * PAD) / (size * 0.55)));
  const titleLines = wrapText(caption.title, charsPerLine(TITLE_SIZE));
  const pageLegend = legendFromPage(surface);
  const ownLegend = pageLegend ? [] : caption.legend;
  const legendHeight = ownLegend.length > 0 ? TEXT_SIZE * 2 : 0;
  const headerHeight = PAD + titleLines.length * TITLE_SIZE * LINE + legendHeight + 4;
  const sourceLines = [...wrapText(caption.source, charsPerLine(TEXT_SIZE)), ...wrapText(caption.url, charsPerLine(TEXT_SIZE))];
  const footerHeight = 8 + sourceLines.length * TEXT_SIZE * LINE + PAD;
  const height = Math.round(headerHeight + chartHeight + footerHeight);

  const root = el("svg", { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, "font-family": font });
  root.append(el("title", {}, caption.title));
  root.append(el("rect", { x: 0, y: 0, width, height, fill: background }));

  const title = el("text", { x: PAD, y: PAD + TITLE_SIZE, "font-size": TITLE_SIZE, "font-weight": 600, fill: foreground });
  titleLines.forEach((line, i) => title.append(el("tspan", { x: PAD, dy: i === 0 ? 0 : TITLE_SIZE * LINE }, line)));
  root.append(title);

  if (ownLegend.length > 0) {
    const y = PAD + titleLines.length * TITLE_SIZE * LINE + 4;
    const legend = el("g", { "font-size": TEXT_SIZE, fill: foreground });
    let x = PAD;
    for (const entry of ownLegend) {
      legend.append(el("rect", { x, y, width: TEXT_SIZE, height: TEXT_SIZE, fill: resolveColor(entry.color, surface) }));
      legend.append(el("text", { x: x + TEXT_SIZE + 6, y: y + TEXT_SIZE - 2 }, entry.label));
      x += TEXT_SIZE + 6 + entry.label.length * TEXT_SIZE * 0.6 + 18;
    }
    root.append(legend);
  }

  const chart = surface.cloneNode(true) as SVGSVGElement;
  inlineStyles(surface, chart);
  chart.setAttribute("x", "0");
  chart.setAttribute("y", String(Math.round(headerHeight)));
  chart.setAttribute("width", String(width));
  chart.setAttribute("height", String(chartHeight));
  chart.setAttribute("viewBox", `0 0 ${width} ${chartHeight}`);
  chart.setAttribute("overflow", "visible");
  if (pageLegend) chart.append(pageLegend);
  root.append(chart);

  const source = el("text", { x: PAD, y: headerHeight + chartHeight + 8 + TEXT_SIZE, "font-size": TEXT_SIZE, fill: muted });
  sourceLines.forEach((line, i) => source.append(el("tspan", { x: PAD, dy: i === 0 ? 0 : TEXT_SIZE * LINE }, line)));
  root.append(source);

  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`, width, height };
}

/** Draws the SVG onto a canvas at `scale` and returns it as a PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves the chart drawn in `figure` as an SVG or PNG file named after the view, with its
 * caption and a link back to the view. Returns the file's name, or null when the chart has not
 * been drawn yet.
 */
export async function saveChartImage(
  figure: Element,
  view: ViewState,
  chart: ViewState["chart"],
  caption: Omit<ChartImageCaption, "url">,
  format: "png" | "svg",
): Promise<string | null> {
  const surface = findChartSurface(figure);
  if (!surface) return null;
  const url = new URL(compareHref({ ...view, chart }), window.location.origin).href;
  const image = buildChartSvg(surface, { ...caption, url });
  const name = viewFileName(view, `${chart}-chart`, format);
  saveBlob(format === "svg" ? new Blob([image.svg], { type: "image/svg+xml" }) : await svgToPng(image.svg, image.width, image.height), name);
  return name;
}
