// `npm start`: the production server. Next.js renders; the layer in front of it
// (lib/server/answerLayer.ts) finishes and sends every answer the same way, whether it was rendered
// now or kept in memory by the response cache (lib/cache/responseCache.ts; the data only changes
// with a deployment, which restarts this process).
import { createServer } from "node:http";
import next from "next";
import { createResponseCache } from "@/lib/cache/responseCache";
import { env } from "@/lib/env";
import { createAnswerLayer } from "@/lib/server/answerLayer";
import { limitConcurrency } from "@/lib/server/limitConcurrency";
import { warmUp } from "@/lib/server/warmUp";

const app = next({ dev: false, dir: process.cwd(), port: env.port, hostname: env.host });
await app.prepare();

// Renders beyond this many at once would only share the same two cores and hold more memory: with
// V8's heap bounded (--max-old-space-size in package.json's start script), fewer renders in flight
// keep the live heap well under the bound (at most about 100 MB in use under load, measured).
const render = limitConcurrency(app.getRequestHandler(), 4);
// Before any visitor: the first render of a process is not like the later ones (lib/server/warmUp.ts).
await warmUp(render);
const cache = env.responseCacheBytes > 0 ? createResponseCache({ maxBytes: env.responseCacheBytes }) : undefined;
const handle = createAnswerLayer({ render, cache });

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    // Next.js answers its own errors; this is a failure of the layer around it.
    console.error("[server] request failed:", error instanceof Error ? error.message : error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    res.end("Internal server error.\n");
  });
});

// Longer than a proxy's idle upstream connections (nginx, load balancers: 60 s), so the server is
// never the one closing a kept-alive connection just as the proxy sends on it (a reset request).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(env.port, env.host, () => {
  console.log(`> Ready on http://${env.host ?? "localhost"}:${env.port} (response cache ${cache ? `${env.responseCacheBytes / 1024 / 1024} MB` : "off"})`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; nothing here needs a long goodbye.
    server.closeAllConnections();
  });
}
