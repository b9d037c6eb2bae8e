// Draws link-preview PNGs (next/og's ImageResponse: satori and resvg, both WebAssembly) in a
// worker thread started by previewRenderer.ts. WebAssembly memory never shrinks and lies outside
// V8's heap bound: each drawing left the process about 1 MB larger, up to about 140 MB over a few
// hundred (measured). A worker's memory is all returned when it ends, so the renderer ends this
// worker every few drawings and whenever it sits idle.
// Plain JavaScript: Node runs it as it is, in `next dev` and `npm start` alike.
import { parentPort } from "node:worker_threads";
import { ImageResponse } from "next/dist/compiled/@vercel/og/index.node.js";

parentPort.on("message", async ({ id, element, options }) => {
  try {
    const png = await new ImageResponse(element, options).arrayBuffer();
    parentPort.postMessage({ id, png }, [png]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
