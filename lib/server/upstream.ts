// How the layer in front of Next.js (answerLayer.ts) reaches it: over HTTP, on a private loopback
// port where server.ts runs Next.js's own request handler. An answer to finish is read whole into
// memory (its CSP names the page's inline scripts and its ETag is computed from all the bytes); a
// request the layer does not answer itself is streamed through untouched.
import { request, Agent, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";

export type Upstream = { host: string; port: number; agent?: Agent };

export type Captured = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

/** GETs the request's address from Next.js with these headers and reads the whole answer. */
export function fetchAnswer(upstream: Upstream, url: string, headers: IncomingHttpHeaders, retried = false): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const req = request({ host: upstream.host, port: upstream.port, agent: upstream.agent, method: "GET", path: url, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      // A kept-alive connection Next.js's server closed just as it was reused: ask again, once
      // (the pattern Node's documentation gives for idempotent requests).
      if (req.reusedSocket && error.code === "ECONNRESET" && !retried) resolve(fetchAnswer(upstream, url, headers, true));
      else reject(error);
    });
    req.end();
  });
}

// Belong to one connection; this server's own connection sets its own.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding"]);

/** Sends the request to Next.js as it is and its answer back as it comes (client navigations, POST). */
export function passThrough(upstream: Upstream, req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const forward = request({ host: upstream.host, port: upstream.port, agent: upstream.agent, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      const headers = Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name));
      res.writeHead(answer.statusCode ?? 502, Object.fromEntries(headers));
      answer.pipe(res);
      answer.on("end", resolve);
    });
    forward.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end();
      resolve();
    });
    res.on("close", () => forward.destroy());
    req.pipe(forward);
  });
}
