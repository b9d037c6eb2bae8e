// `npm start`: the production server. Next.js renders, on a private loopback port; the layer in
// front of it (lib/server/answerLayer.ts) finishes and sends every answer the same way, whether it
// was rendered now or kept in memory by the response cache (lib/cache/responseCache.ts; the data
// only changes with a deployment, which restarts this process). docs/architecture.md has the design
// and what it relies on in Next.js.
import { Agent, createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { createResponseCache } from "@/lib/cache/responseCache";
import { env } from "@/lib/env";
import { createAnswerLayer } from "@/lib/server/answerLayer";
import { limitConcurrency } from "@/lib/server/limitConcurrency";

// One address of each kind of route: the first render of a process differs from the later ones
// (it loads the route's modules while rendering, which changes the order of the page's payload and
// adds a Link header; measured), so each kind is rendered once before any visitor is let in.
const WARM_UP = ["/", "/essay", "/embed/chart", "/embed/table", "/mechanisms/secret-police", "/argument", "/argument/the-thesis", "/sources", "/api", "/no-such-page", "/api/v1/leaders", "/download/table.csv"];
// After SIGTERM, requests under way this long may finish before the process ends regardless.
const SHUTDOWN_GRACE_MS = 10_000;

const listen = (server: Server, port: number, host?: string) => new Promise<void>((resolve) => server.listen(port, host, resolve));

const app = next({ dev: false, dir: process.cwd(), port: env.port, hostname: env.host });
await app.prepare();
// Renders beyond this many at once would only share the same two cores and hold more memory: with
// V8's heap bounded (--max-old-space-size in package.json's start script), fewer renders in flight
// keep the live heap well under the bound (at most about 100 MB in use under load, measured).
const nextServer = createServer(limitConcurrency(app.getRequestHandler(), 4));
// The layer's connections to Next.js are closed by the layer's side first (idle 4 s), never by
// Next.js's server just as the layer reuses one.
nextServer.keepAliveTimeout = 60_000;
await listen(nextServer, 0, "127.0.0.1");
const upstream = { host: "127.0.0.1", port: (nextServer.address() as AddressInfo).port, agent: new Agent({ keepAlive: true, timeout: 4_000 }) };
for (const path of WARM_UP) await (await fetch(`http://127.0.0.1:${upstream.port}${path}`)).arrayBuffer();

const cache = env.responseCacheBytes > 0 ? createResponseCache({ maxBytes: env.responseCacheBytes }) : undefined;
const handle = createAnswerLayer({ upstream, cache, perOrigin: !env.siteUrl });
let closing = false;
const server = createServer((req, res) => {
  // Shutting down: the client must not send its next request on this connection.
  if (closing) res.setHeader("connection", "close");
  handle(req, res).catch((error: unknown) => {
    console.error("[server] request failed:", error instanceof Error ? error.message : error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    res.end("Internal server error.\n");
  });
});
// Longer than a proxy's idle upstream connections (nginx, load balancers: 60 s), so the server is
// never the one closing a kept-alive connection just as the proxy sends on it (a reset request).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
await listen(server, env.port, env.host);
console.log(`> Ready on http://${env.host ?? "localhost"}:${env.port} (response cache ${cache ? `${env.responseCacheBytes / 1024 / 1024} MB` : "off"}; site address ${env.siteUrl ?? "from each request"})`);

// A graceful stop (a deployment, a restart): take no new connections, let the requests under way
// finish and close each kept-alive connection once it is idle; a proxy in front sends the next
// requests to another instance (deploy/nginx.conf: proxy_next_upstream).
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    closing = true;
    server.close(() => process.exit(0));
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    setTimeout(() => {
      clearInterval(idle);
      server.closeAllConnections();
      process.exit(0);
    }, SHUTDOWN_GRACE_MS).unref();
  });
}
