// Renders link previews (app/og/route.tsx) one at a time in a worker thread (previewWorker.mjs)
// that is ended after a few drawings and when idle, so the WebAssembly memory of the image
// renderer, which only ever grows, is given back to the system instead of piling up in the server.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ReactNode } from "react";
import pLimit from "p-limit";

/** Drawings per worker: each leaves about 1 MB of WebAssembly memory behind (measured). */
const DRAWINGS_PER_WORKER = 8;
/** A worker left idle this long is ended, and its memory with it. */
const IDLE_MS = 5_000;

export type PreviewFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };
export type PreviewOptions = { width: number; height: number; fonts: PreviewFont[] };

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
  throw new Error("A preview may hold only HTML elements, text and numbers.");
}

type Pending = { resolve: (png: Buffer) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
let drawings = 0;
let idleTimer: NodeJS.Timeout | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;
const oneAtATime = pLimit(1);

function startWorker(): Worker {
  // A small heap of its own: a drawing needs a few MB of JavaScript objects; the rest of the
  // worker's memory is the renderer's WebAssembly, which the recycling above bounds.
  const started = new Worker(path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "server", "previewWorker.mjs"), {
    resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 },
  });
  started.on("message", ({ id, png, error }: { id: number; png?: ArrayBuffer; error?: string }) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (png) waiting?.resolve(Buffer.from(png));
    else waiting?.reject(new Error(error ?? "the preview worker answered nothing"));
  });
  started.on("error", (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    if (worker === started) worker = undefined;
  });
  started.unref();
  return started;
}

function retire(): void {
  void worker?.terminate();
  worker = undefined;
  drawings = 0;
}

/** The PNG of this element tree, drawn in the worker. */
export function renderPreview(element: ReactNode, options: PreviewOptions): Promise<Buffer> {
  const plain = toPlain(element);
  return oneAtATime(async () => {
    clearTimeout(idleTimer);
    worker ??= startWorker();
    const id = nextId++;
    try {
      return await new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage({ id, element: plain, options });
      });
    } finally {
      if (++drawings >= DRAWINGS_PER_WORKER) retire();
      else idleTimer = setTimeout(retire, IDLE_MS).unref();
    }
  });
}
