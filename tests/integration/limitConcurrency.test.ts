// server.ts's limit on requests inside Next.js (lib/server/limitConcurrency.ts), over real HTTP:
// never more than the limit at once, and a client hanging up never costs a turn for good (the
// bug this guards against: after a benchmark's clients disconnected mid-answer, every later
// request waited forever).
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { limitConcurrency, type Handler } from "@/lib/server/limitConcurrency";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? (server.closeAllConnections(), server.close(() => resolve())) : resolve())));

async function start(handler: Handler, atOnce: number) {
  const limited = limitConcurrency(handler, atOnce);
  server = createServer((req, res) => void limited(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function get(url: string, { abortAfterMs }: { abortAfterMs?: number } = {}) {
  return new Promise<number>((resolve) => {
    const req = httpRequest(url, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", () => resolve(-1));
    });
    req.on("error", () => resolve(-1));
    if (abortAfterMs !== undefined) setTimeout(() => req.destroy(), abortAfterMs);
    req.end();
  });
}

describe("limitConcurrency", () => {
  it("lets no more than the limit in at once, and serves everyone in the end", async () => {
    let inside = 0;
    let most = 0;
    const base = await start(async (_req, res) => {
      most = Math.max(most, ++inside);
      await new Promise((r) => setTimeout(r, 20));
      inside--;
      res.end("ok");
    }, 3);
    const statuses = await Promise.all(Array.from({ length: 12 }, () => get(base)));
    expect(statuses).toEqual(Array(12).fill(200));
    expect(most).toBe(3);
  });

  it("gives a turn back when the client hangs up, even if the handler's promise never settles", async () => {
    const base = await start((req, res) => {
      if (req.url === "/stuck") {
        res.write("partial ");
        return new Promise<void>(() => {}); // like Next.js for some aborted requests
      }
      res.end("ok");
      return Promise.resolve();
    }, 2);
    // Two clients take both turns and leave mid-answer.
    await Promise.all([get(`${base}/stuck`, { abortAfterMs: 50 }), get(`${base}/stuck`, { abortAfterMs: 50 })]);
    const answered = await Promise.race([get(`${base}/fine`), new Promise<string>((r) => setTimeout(() => r("waited forever"), 2_000))]);
    expect(answered).toBe(200);
  });
});
