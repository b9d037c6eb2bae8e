// The PNG answer of every preview route (/og/...): drawn by the preview worker, public when it
// shows the data, never stored when it was drawn without the database or could not be drawn in time.
import type { ReactNode } from "react";
import { CACHE_CONTROL } from "../server/cachePolicy";
import { PreviewTimeout, renderPreview } from "./previewRenderer";

/** `cacheable` false for the generic card drawn while the database is unreadable: it must not outlive the problem. */
export async function previewAnswer(card: ReactNode, cacheable: boolean): Promise<Response> {
  try {
    const png = await renderPreview(card);
    return new Response(png as Uint8Array<ArrayBuffer>, {
      headers: { "Content-Type": "image/png", "Cache-Control": cacheable ? CACHE_CONTROL.public : CACHE_CONTROL.problem },
    });
  } catch (error) {
    if (!(error instanceof PreviewTimeout)) throw error;
    console.error(`[preview] ${error.message}: answered 503`);
    return new Response("The preview image could not be drawn in time. Try again in a moment.\n", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE_CONTROL.problem, "Retry-After": "10" },
    });
  }
}
