// Lets Next.js write its whole answer into memory instead of onto the socket, so the layer in
// front of it (answerLayer.ts) can see the finished body before anything is sent: its CSP names
// the hashes of the inline scripts and its ETag is computed from the bytes, which needs them all.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

export type Render = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export type Captured = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

type Write = ServerResponse["write"];
type End = ServerResponse["end"];
type WriteHead = ServerResponse["writeHead"];

/**
 * Runs `render` with the response's writing methods diverted into a buffer. Resolves when the
 * render ends its answer (undefined if it failed or the client left first); the response's own
 * methods are back in place by then, for the caller to send the processed answer with. Next.js's
 * promise settles only once that real answer is sent (it waits for "finish").
 */
export function captureAnswer(req: IncomingMessage, res: ServerResponse, render: Render): Promise<Captured | undefined> {
  const chunks: Buffer[] = [];
  const own = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  const restore = () => Object.assign(res, own);
  const keep = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    // A copy: the writer may reuse its buffer once write() returns.
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const callbackIn = (args: unknown[]) => args.find((a): a is () => void => typeof a === "function");

  return new Promise((resolve) => {
    let settled = false;
    const settle = (captured: Captured | undefined) => {
      if (settled) return;
      settled = true;
      restore();
      resolve(captured);
    };

    res.writeHead = ((status: number, ...rest: unknown[]) => {
      res.statusCode = status;
      const headers = rest.find((r) => typeof r === "object" && r !== null);
      if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
      } else if (headers) {
        for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) if (value !== undefined) res.setHeader(name, value);
      }
      return res;
    }) as WriteHead;
    res.flushHeaders = () => {};
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      callbackIn(rest)?.();
      return true;
    }) as Write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk === "function") (chunk as () => void)();
      else if (chunk !== undefined && chunk !== null) keep(chunk, rest[0]);
      callbackIn(rest)?.();
      settle({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) });
      return res;
    }) as End;

    res.once("close", () => settle(undefined));
    render(req, res).catch((error: unknown) => {
      console.error("[server] render failed:", error instanceof Error ? error.message : error);
      settle(undefined);
    });
  });
}
