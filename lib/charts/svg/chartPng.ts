import "server-only";
// A chart's SVG (chartSvg) rasterised to PNG with resvg, in the fonts the project ships
// (assets/fonts: DejaVu Sans covers Latin and Cyrillic), never the system's: the same bytes on
// every machine for the same chart.
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

const fontDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "assets", "fonts");
const fontFiles = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => path.join(/*turbopackIgnore: true*/ fontDir, f));

/** The PNG of an SVG document, at `scale` times its size (2 for a sharp image on high-density screens). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
