// Link-preview images, drawn by the real worker (satori and resvg, the DejaVu font shipped in
// assets/fonts): PNGs of 1200×630 for every kind of page, and a drawing that never finishes answered
// 503 with Retry-After, never stored, while the next drawing works again.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it, vi } from "vitest";
import { drawPreview } from "@/lib/previews/drawPreview";
import type { PreviewModel } from "@/lib/previews/previewModel";
import { createPreviewRenderer, PreviewTimeout } from "@/lib/previews/previewRenderer";

const HANGING_WORKER = path.resolve(import.meta.dirname, "../support/hangingPreviewWorker.mjs");

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ signature: png.subarray(0, 8).toString("hex"), width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const model: PreviewModel = {
  nameA: "Ленин",
  nameB: "Stalin",
  kicker: "Lenin vs Stalin · the evidence side by side",
  title: "Lenin vs Stalin: secret police",
  sentence: "Secret police: Lenin originated it; Stalin expanded it.",
  figure: { kind: "dumbbell", rows: [{ label: "Secret police", a: 4, b: 5 }], more: 3 },
};

afterEach(() => {
  vi.restoreAllMocks();
  vi.doUnmock("@/lib/previews/previewRenderer");
  vi.resetModules();
});

describe("the preview renderer", () => {
  it("draws a 1200×630 PNG with Cyrillic text, without Next.js", async () => {
    const render = createPreviewRenderer();
    const png = await render(drawPreview(model));
    expect(pngSize(png)).toEqual({ signature: "89504e470d0a1a0a", width: 1200, height: 630 });
  });

  it("stops a drawing that never finishes after its time, and draws the next one in a new worker", async () => {
    const hanging = createPreviewRenderer({ start: () => new Worker(HANGING_WORKER), timeoutMs: 300 });
    const started = Date.now();
    await expect(hanging(drawPreview(model))).rejects.toBeInstanceOf(PreviewTimeout);
    expect(Date.now() - started).toBeLessThan(3_000);
    // The stuck worker was ended: the next drawing gets a fresh one (which hangs again, in time).
    await expect(hanging(drawPreview(model))).rejects.toThrow(/took longer than 300 ms/);
  });

  it("gives up on a worker that never finishes loading, in its own time", async () => {
    const stuck = createPreviewRenderer({ start: () => new Worker("for (;;);", { eval: true }), startTimeoutMs: 300 });
    await expect(stuck(drawPreview(model))).rejects.toThrow(/took longer than 300 ms/);
  });
});

describe("a preview route whose drawing hangs", () => {
  it("answers 503 with Retry-After and no-store, and logs one line", async () => {
    vi.resetModules();
    vi.doMock("@/lib/previews/previewRenderer", async (importOriginal) => {
      const real = await importOriginal<typeof import("@/lib/previews/previewRenderer")>();
      return { ...real, renderPreview: real.createPreviewRenderer({ start: () => new Worker(HANGING_WORKER), timeoutMs: 300 }) };
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { GET } = await import("@/app/og/mechanisms/[slug]/route");
    const response = await GET(new Request("http://localhost/og/mechanisms/secret-police"), { params: Promise.resolve({ slug: "secret-police" }) });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toMatch(/could not be drawn in time/);
    expect(log.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/^\[preview\] the preview drawing took longer than 300 ms/)]);
  });
});

describe("/og redirects a query to its view's canonical form", () => {
  it("in one step: the place it redirects to is drawn, not redirected again", async () => {
    const { GET } = await import("@/app/og/route");
    for (const query of ["from=1960&to=-2", "zzz=1&m=censorship,censorship", "from=1917&to=1953"]) {
      const first = await GET(new Request(`http://localhost/og?${query}`));
      expect(first.status, query).toBe(308);
      const location = first.headers.get("location")!;
      const second = await GET(new Request(`http://localhost${location}`));
      expect(second.status, `${query} → ${location}`).toBe(200);
      expect(second.headers.get("content-type")).toBe("image/png");
    }
  }, 60_000);
});
