// The link-preview card both preview routes draw (/og for a compare view, /og/argument/<slug>
// for a step of the argument): 1200×630, in DejaVu Sans (next/og's bundled font has no
// Cyrillic, so names render offline), drawn in the preview worker; and its PNG answer.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ReactNode } from "react";
import { renderPreview } from "./previewRenderer";

const fonts = Promise.all(
  ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), "assets", "fonts", f))),
);

export async function drawCard(card: ReactNode): Promise<Buffer> {
  const [regular, bold] = (await fonts) as [Buffer, Buffer];
  return renderPreview(card, {
    width: 1200,
    height: 630,
    fonts: [
      { name: "DejaVu Sans", data: regular, weight: 400, style: "normal" },
      { name: "DejaVu Sans", data: bold, weight: 700, style: "normal" },
    ],
  });
}

/** The PNG answer; `cacheable` false for the generic card drawn while the database is unreadable, which must not outlive the problem. */
export function pngAnswer(png: Buffer, cacheable: boolean): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { "Content-Type": "image/png", "Cache-Control": cacheable ? "public" : "no-store" },
  });
}
