// The first request a Next.js process renders differs from every later render of the same address:
// it loads the route's modules while rendering, which changes the order of the page's payload and
// adds a Link preload header (measured: "/" rendered first, then again, gave two different
// bodies; every later render was the same as the second). So before it takes visitors, server.ts
// renders one address of each kind of route on a private loopback port and throws the answers away.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const WARM_UP_PATHS = [
  "/",
  "/essay",
  "/embed/chart",
  "/embed/table",
  "/mechanisms/secret-police",
  "/argument/the-thesis",
  "/sources",
  "/api",
  "/no-such-page",
  "/og",
  "/api/v1/leaders",
  "/download/table.csv",
];

export async function warmUp(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>, paths = WARM_UP_PATHS): Promise<void> {
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    for (const path of paths) await (await fetch(`http://127.0.0.1:${port}${path}`)).arrayBuffer();
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
