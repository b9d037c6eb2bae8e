// Keeps finished public answers (lib/server/answer.ts) in memory, so a shared link opened by
// thousands of people is rendered once, not once per visitor. The dataset only changes with a
// deployment (which restarts the server), so a kept answer stays right for the life of the process.
// It keeps the answer exactly as it was built, so a kept answer and a fresh one cannot differ;
// each compressed copy is made once. An answer is kept from the second time its address is asked
// for: most one-off addresses (typed, generated, probed) are never asked for again, and keeping
// them would push out the shared links that are (the hostile soak of `npm run bench:soak`).
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Answer } from "@/lib/server/answer";
import { encode, type Encoding } from "@/lib/server/sendAnswer";

// A larger answer is sent, never kept (the dataset zip and the pages are well under it).
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
// How many addresses asked for once are remembered (by a 16-byte digest: about 1 MB in all).
const SEEN_ONCE = 20_000;

type Entry = { answer: Answer; encoded: Map<Encoding, Promise<Buffer>>; bytes: number };

export type ResponseCacheOptions = {
  /** Upper bound on the bytes kept (bodies, in every encoding made, and the keys). */
  maxBytes: number;
};

export type ResponseCache = ReturnType<typeof createResponseCache>;

export function createResponseCache({ maxBytes }: ResponseCacheOptions) {
  const entries = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: (e, key) => e.bytes + key.length });
  const seenOnce = new LRUCache<string, true>({ max: SEEN_ONCE });
  let hits = 0;
  let misses = 0;

  return {
    /** The kept answer for this key, if any (counted as a hit or a miss). */
    get(key: string): Answer | undefined {
      const entry = entries.get(key);
      if (entry) hits++;
      else misses++;
      return entry?.answer;
    },

    /** Keeps a public answer asked for before; anything else (errors, problems, 404s) is never kept. */
    keep(key: string, answer: Answer): void {
      if ((answer.cacheClass !== "public" && answer.cacheClass !== "immutable") || answer.body.length > MAX_ENTRY_BYTES) return;
      const digest = createHash("sha256").update(key).digest("base64").slice(0, 22);
      if (!seenOnce.has(digest)) {
        seenOnce.set(digest, true);
        return;
      }
      seenOnce.delete(digest);
      entries.set(key, { answer, encoded: new Map(), bytes: answer.body.length });
    },

    /** The body of a kept answer in this encoding, compressed once and counted against the bound. */
    async body(key: string, answer: Answer, encoding: Encoding): Promise<Buffer> {
      const entry = entries.peek(key);
      if (encoding === "identity" || entry?.answer !== answer) return encode(answer.body, encoding);
      let pending = entry.encoded.get(encoding);
      if (!pending) {
        pending = encode(answer.body, encoding);
        entry.encoded.set(encoding, pending);
        const body = await pending;
        // lru-cache measures an entry when it is set: set it again with its new size.
        if (entries.peek(key) === entry) entries.set(key, { ...entry, bytes: entry.bytes + body.length });
      }
      return pending;
    },

    /** For tests and the benchmark: what is kept, and how often a request found its answer here. */
    stats: () => ({ entries: entries.size, bytes: entries.calculatedSize, hits, misses }),
  };
}
