// Lets at most `atOnce` requests into a handler at the same time; the others wait their turn.
// Used by server.ts in front of Next.js: two cores gain nothing from more parallel renders, and
// each render in flight holds its page in memory, so a flood of addresses nobody asked for before
// queues up instead of pushing the process past its memory budget.
import type { IncomingMessage, ServerResponse } from "node:http";
import pLimit from "p-limit";

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function limitConcurrency(handler: Handler, atOnce: number): Handler {
  const limit = pLimit(atOnce);
  return (req, res) => limit(() => untilClosed(handler, req, res));
}

/**
 * Runs the handler and settles when the response is closed: sent, or its client gone. Next.js's
 * own promise does not settle for every request whose client hangs up mid-answer, and a turn
 * held by such a request would be lost for good.
 */
function untilClosed(handler: Handler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // The client left while the request waited for its turn: nothing to answer.
  if (res.writableEnded || !res.socket || res.socket.destroyed) return Promise.resolve();
  return new Promise((resolve, reject) => {
    res.once("close", () => resolve());
    handler(req, res).catch(reject);
  });
}
