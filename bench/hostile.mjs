// The hostile mix of `npm run bench:soak`: addresses nobody would share, made from a fixed seed so
// every run sends the same ones. Preview images with varied and junk query strings, random paths,
// long and odd query strings on the pages, API calls with bad parameters. Sent by a few workers at
// once, each address once, while the server's RSS is sampled.
import { rssMiB, sleep } from "./server.mjs";

/** A small seeded generator (mulberry32): the same seed, the same addresses. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MECHANISMS = ["censorship", "secret-police", "mass-terror", "purges", "grain-requisitions", "camps", "nope", "<script>"];
const KEYS = ["a", "b", "cat", "m", "from", "to", "q", "chart", "series", "norm", "sort", "hide", "open", "event", "zzz", "__proto__", "_rsc"];
const ODD = ["%00", "%zz", "%E0%A4%A", "Ленин", "😀", "<svg onload=alert(1)>", "' OR 1=1 --", "../../etc/passwd", "\r\n", "a".repeat(2000)];

export function hostileUrls(count, seed = 19171107) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const word = (max = 12) => Array.from({ length: 1 + Math.floor(next() * max) }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join("");
  const value = () => {
    const r = next();
    if (r < 0.3) return pick(MECHANISMS);
    if (r < 0.5) return String(Math.floor(1800 + next() * 300));
    if (r < 0.7) return encodeURIComponent(pick(ODD));
    return word(40);
  };
  const query = (pairs) => Array.from({ length: pairs }, () => `${pick(KEYS)}=${value()}`).join("&");
  const makers = [
    // Preview images: plausible views, junk and long query strings.
    () => `/og?${query(1 + Math.floor(next() * 5))}`,
    () => `/og?m=${pick(MECHANISMS)}&from=${1917 + Math.floor(next() * 37)}&to=1953`,
    () => `/og?${word(8)}=${"x".repeat(Math.floor(next() * 4000))}`,
    // The compare view and the essay with random views.
    () => `/?${query(1 + Math.floor(next() * 6))}`,
    () => `/essay?${query(2)}`,
    () => `/embed/chart?${query(3)}`,
    // Random paths.
    () => `/${word()}/${word()}`,
    () => `/mechanisms/${word(20)}`,
    () => `/${pick(ODD)}`,
    // The API and downloads with bad parameters.
    () => `/api/v1/events?${query(1 + Math.floor(next() * 4))}`,
    () => `/api/v1/${pick(["events", "mechanisms", "sources", "leaders", "nope"])}/${word()}`,
    () => `/download/${pick(["table.csv", "events.json", "nope.txt"])}?${query(2)}`,
  ];
  return Array.from({ length: count }, () => pick(makers)());
}

/** Sends every address once with `workers` requests in flight; RSS before, peak, after (10 s later). */
export async function runHostile(base, pid, { count = 10_000, workers = 16 } = {}) {
  const urls = hostileUrls(count);
  await sleep(2_000);
  const before = rssMiB(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 250);
  const statuses = {};
  let failures = 0;
  let cursor = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (cursor < urls.length) {
        const url = urls[cursor++];
        try {
          const response = await fetch(base + url, { redirect: "manual", headers: { "accept-encoding": "gzip, deflate, br" } });
          await response.arrayBuffer();
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        } catch {
          failures++;
        }
      }
    }),
  );
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  const end = rssMiB(pid);
  await sleep(10_000);
  return { urls: urls.length, seconds: Math.round(seconds), statuses, failures, rssMiB: { before, peak: Math.max(peak, end), end, after: rssMiB(pid) } };
}
