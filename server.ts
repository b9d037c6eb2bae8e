// `npm start`: the production server. Next.js's own request handler answers everything; in front
// of it, lib/cache/responseCache.ts answers repeated requests for the same page or API address
// from memory (the data only changes with a deployment, which restarts this process).
import { createServer } from "node:http";
import next from "next";
import { createResponseCache } from "@/lib/cache/responseCache";
import { env } from "@/lib/env";
import { limitConcurrency } from "@/lib/server/limitConcurrency";

const app = next({ dev: false, dir: process.cwd(), port: env.port, hostname: env.host });
await app.prepare();

// Renders beyond this many at once would only share the same two cores and hold more memory: with
// V8's heap bounded (--max-old-space-size in package.json's start script), fewer renders in flight
// keep the live heap well under the bound (at most about 100 MB in use under load, measured).
const handle = limitConcurrency(app.getRequestHandler(), 4);

const cache = env.responseCacheBytes > 0 ? createResponseCache({ maxBytes: env.responseCacheBytes }) : undefined;
const server = createServer((req, res) => {
  const answered = cache ? cache.handle(req, res, handle) : handle(req, res);
  answered.catch((error: unknown) => {
    // Next.js answers its own errors; this is a failure of the layer around it.
    console.error("[server] request failed:", error instanceof Error ? error.message : error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal server error.\n");
  });
});

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
