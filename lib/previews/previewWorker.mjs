// Draws link-preview PNGs in a worker thread started by previewRenderer.ts: satori lays the element
// tree out into SVG (its layout engine is WebAssembly, whose memory never shrinks) and resvg paints
// the SVG into a PNG. Ending the worker returns all of that memory, and is the only way to stop a
// drawing that never finishes. Plain JavaScript: Node runs it as it is, in `next dev` and `npm start`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";

// Shipped with the project (assets/fonts): DejaVu Sans covers Cyrillic, and nothing is fetched.
const font = (file, weight) => ({ name: "DejaVu Sans", weight, style: "normal", data: readFileSync(path.join(process.cwd(), "assets", "fonts", file)) });
const fonts = [font("DejaVuSans.ttf", 400), font("DejaVuSans-Bold.ttf", 700)];

// Drawn once on start, so the layout engine is loaded before the first real drawing is timed.
await satori({ type: "div", props: { children: "ready" } }, { width: 10, height: 10, fonts });
parentPort.postMessage({ ready: true });

parentPort.on("message", async ({ id, element, width, height }) => {
  try {
    const svg = await satori(element, { width, height, fonts });
    const png = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render().asPng();
    const bytes = png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength);
    parentPort.postMessage({ id, png: bytes }, [bytes]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
