// Draws link previews one at a time in a worker thread (previewWorker.mjs), ended after a few
// drawings and when idle, so the layout engine's WebAssembly memory, which only ever grows, goes
// back to the system instead of piling up in the server; and ended at once when a drawing takes
// longer than it may, since a worker is the only place a runaway drawing can be stopped.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ReactNode } from "react";
import pLimit from "p-limit";

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** A drawing that did not finish in time: answered 503 with Retry-After, never kept. */
export class PreviewTimeout extends Error {
  constructor(ms: number) {
    super(`the preview drawing took longer than ${ms} ms`);
    this.name = "PreviewTimeout";
  }
}

/** A React element tree as plain data (a worker receives copies, and React's markers are symbols). */
type PlainNode = string | number | null | PlainNode[] | { type: string; props: Record<string, unknown> };

function toPlain(node: ReactNode): PlainNode {
  if (node === null || node === undefined || typeof node === "boolean") return null;
  if (typeof node === "string" || typeof node === "number") return node;
  if (Array.isArray(node)) return node.map(toPlain);
  if (typeof node === "object" && "type" in node && typeof node.type === "string") {
    const { children, ...props } = node.props as { children?: ReactNode };
    return { type: node.type, props: { ...props, children: toPlain(children) } };
  }
  // A function component (no hooks: a drawing has no state) is called here, as satori would.
  if (typeof node === "object" && "type" in node && typeof node.type === "function") return toPlain((node.type as (props: unknown) => ReactNode)(node.props));
  throw new Error("A preview may hold only elements, text and numbers.");
}

// A small heap of its own: a drawing needs a few MB of JavaScript objects. The path is written out
// here, as the bundler expects: Node loads the worker's file as it is, at run time.
const startWorker = () =>
  new Worker(path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "previews", "previewWorker.mjs"), {
    resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 },
  });

export type PreviewRendererOptions = {
  /** Starts the worker (tests start one that never finishes). */
  start?: () => Worker;
  /** Longest a drawing may take (a few hundred ms is usual), once the worker is ready. */
  timeoutMs?: number;
  /** Longest a new worker may take to load the renderer (about a second; far more on a busy machine). */
  startTimeoutMs?: number;
  /** Drawings per worker: each leaves the layout engine's WebAssembly memory a little larger. */
  drawingsPerWorker?: number;
  /** A worker left idle this long is ended, and its memory with it. */
  idleMs?: number;
};

export function createPreviewRenderer({ start = startWorker, timeoutMs = 5_000, startTimeoutMs = 30_000, drawingsPerWorker = 8, idleMs = 5_000 }: PreviewRendererOptions = {}) {
  let worker: Worker | undefined;
  let ready: Promise<void> | undefined;
  let drawings = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  let nextId = 0;
  const oneAtATime = pLimit(1);

  const retire = () => {
    void worker?.terminate();
    worker = undefined;
    drawings = 0;
  };

  /** Settles when a new worker says it has loaded the renderer (previewWorker.mjs posts "ready"). */
  function loaded(current: Worker): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        retire();
        reject(new PreviewTimeout(startTimeoutMs));
      }, startTimeoutMs);
      current.once("message", () => (clearTimeout(timer), resolve()));
      current.once("error", (error) => (clearTimeout(timer), reject(error)));
    });
  }

  function draw(current: Worker, message: { id: number; element: PlainNode; width: number; height: number }): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        retire();
        reject(new PreviewTimeout(timeoutMs));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        current.off("message", onMessage).off("error", onError);
      };
      const onMessage = ({ id, png, error }: { id: number; png?: ArrayBuffer; error?: string }) => {
        if (id !== message.id) return;
        done();
        if (png) resolve(Buffer.from(png));
        else reject(new Error(`the preview could not be drawn: ${error ?? "no answer"}`));
      };
      const onError = (error: Error) => {
        done();
        if (worker === current) worker = undefined;
        reject(error);
      };
      current.on("message", onMessage).on("error", onError);
      current.postMessage(message);
    });
  }

  /** The PNG of this element tree, 1200×630. */
  return function renderPreview(element: ReactNode): Promise<Buffer> {
    const plain = toPlain(element);
    return oneAtATime(async () => {
      clearTimeout(idleTimer);
      // A small heap of its own: a drawing needs a few MB of JavaScript objects.
      if (!worker) {
        worker = start();
        worker.unref();
        ready = loaded(worker);
      }
      try {
        await ready;
        return await draw(worker!, { id: nextId++, element: plain, ...PREVIEW_SIZE });
      } finally {
        if (++drawings >= drawingsPerWorker) retire();
        else idleTimer = setTimeout(retire, idleMs).unref();
      }
    });
  };
}

/** The server's one renderer. */
export const renderPreview = createPreviewRenderer();
