// Hostile addresses: generated query strings (unknown and repeated keys, 10,000-character values,
// Unicode, %00, markup, reversed and absurd year ranges) and odd paths, sent without a browser
// to the production server. Never a 5xx; pages fall back to their defaults and say what they
// ignored; nothing from the address comes back as live markup. Fixed seeds keep runs repeatable.
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { loadDataset } from "@/lib/dataset/load";
import { isMalformedPath } from "@/lib/security/paths";
import { resolveView, type RawSearchParams, type ViewCatalog } from "@/lib/url/readCompareUrl";
import { serializeView } from "@/lib/url/compareUrl";
import { realDataDir } from "../support/dataFixture";

const SEED = 19171107;
const NOTICE_HEADING = "Part of the address was not understood";

const dataset = loadDataset(realDataDir);
const catalog: ViewCatalog = {
  leaders: dataset.leaders.map((l) => l.slug),
  mechanisms: dataset.mechanisms.map((m) => ({ slug: m.slug, category: m.category })),
  metrics: dataset.metrics,
  events: dataset.events.map((e) => e.slug),
};

// ---- generators -------------------------------------------------------------------------

const viewKeys = ["a", "b", "cat", "m", "mechanisms", "from", "to", "q", "chart", "series", "norm", "sort", "hide", "open", "event"];

const markup = [
  "<script>x</script>",
  '"onmouseover=alert(1) x="',
  "'onmouseover='alert(1)'",
  "'><img src=x onerror=alert(1)>",
  "</textarea><svg onload=alert(1)>",
  "javascript:alert(1)",
];
/** What must never appear as live markup in a page, whatever the address held. */
const forbidden = ["<script>x</script>", "<img src=x onerror", "<svg onload", '"onmouseover=', "'onmouseover="];

const oddValues = [
  ...markup,
  "\u0000",
  "a\u0000b",
  "${7*7}",
  "{{7*7}}",
  "../../etc/passwd",
  "' OR 1=1 --",
  "\u202Eevil",
  "\uFEFF",
  "\r\nSet-Cookie: x=1",
  "Ленин",
  "斯大林",
  "😀",
  "a" + "😀".repeat(150), // the search is cut at 200 UTF-16 units: mid-pair
  "null",
  "NaN",
  "__proto__",
  "[]",
  " ",
];
const plausibleValues = [
  "lenin",
  "stalin",
  "trotsky",
  "all",
  "policy",
  "tools-of-power",
  "goals",
  "censorship",
  "secret-police",
  "censorship,secret-police,mass-terror",
  "censorship,,censorship,",
  ",",
  "intensity",
  "timeline",
  "series",
  "totals",
  "executions",
  "vdem-civil-liberties",
  "total",
  "per-year",
  "b.desc",
  "a.asc",
  "relation.sideways",
  "mechanism,a,b,relation",
  "x.y",
];
/** Already percent-encoded pieces, some of which do not decode to valid UTF-8. */
const rawPieces = ["%00", "%zz", "%", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "%FF", "%2e%2e%2f", "%0d%0a", "+", "%2B", "%3Cscript%3Ex%3C%2Fscript%3E"];
const longValues = [
  "a".repeat(10_000),
  "1".repeat(10_000),
  "censorship,".repeat(910).slice(0, 10_000),
  ("<script>x</script>" + "z".repeat(982)).repeat(10),
];

const year = fc.oneof(
  fc.integer({ min: 1900, max: 1970 }).map(String),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map(String),
  fc.constantFrom("0", "0000", "1917", "1953", "9999", "01920", "1920.5", "1e3", " 1920", "１９２０"),
);
const value = fc.oneof(
  { arbitrary: fc.constantFrom(...oddValues), weight: 3 },
  { arbitrary: fc.constantFrom(...plausibleValues), weight: 3 },
  { arbitrary: year, weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary-ascii", maxLength: 30 }), weight: 1 },
);
const key = fc.oneof(
  { arbitrary: fc.constantFrom(...viewKeys), weight: 6 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }), weight: 2 },
  { arbitrary: fc.constantFrom("__proto__", "constructor", "m[]", "from[0]", "<script>x</script>", "_rsc", "nxtPslug", ""), weight: 1 },
);
const pair = fc.oneof(
  { arbitrary: fc.tuple(key, value).map(([k, v]) => `${enc(k)}=${enc(v)}`), weight: 6 },
  { arbitrary: key.map(enc), weight: 1 }, // a key with no "="
  { arbitrary: fc.tuple(key, fc.constantFrom(...rawPieces)).map(([k, raw]) => `${enc(k)}=${raw}`), weight: 2 },
);
const queryString = fc
  .record({
    pairs: fc.array(pair, { maxLength: 8 }),
    range: fc.option(fc.tuple(year, year).map(([from, to]) => `from=${enc(from)}&to=${enc(to)}`)),
    repeated: fc.option(
      fc.tuple(fc.constantFrom(...viewKeys), fc.array(value, { minLength: 2, maxLength: 4 })).map(([k, vs]) => vs.map((v) => `${k}=${enc(v)}`).join("&")),
    ),
    long: fc.option(fc.tuple(fc.constantFrom(...viewKeys, "zzz"), fc.constantFrom(...longValues)).map(([k, v]) => `${k}=${enc(v)}`)),
    separator: fc.constantFrom("&", "&", "&", "&&"),
  })
  .map(({ pairs, range, repeated, long, separator }) => [...pairs, range, repeated, long].filter((p) => p !== null).join(separator));

function enc(text: string): string {
  return encodeURIComponent(text);
}

// ---- checks -----------------------------------------------------------------------------

const short = (url: string) => (url.length > 300 ? `${url.slice(0, 300)}… (${url.length} characters)` : url);

/** Nothing from the address may come back as markup, in the HTML or inside its inline scripts. */
function expectNoLiveMarkup(html: string, url: string) {
  const scripts: string[] = [];
  const outside = html.replace(/<script\b[^>]*>([\s\S]*?)<\/script>/g, (_, body: string) => {
    scripts.push(body);
    return "";
  });
  for (const needle of forbidden) expect(outside.includes(needle), `${needle} in the HTML of ${short(url)}`).toBe(false);
  for (const body of scripts) {
    // React escapes "<" in its inline payload; a raw one could close the script element.
    expect(/<\/?(script|img|svg|textarea)\b/i.test(body), `markup inside an inline script of ${short(url)}`).toBe(false);
    // Inside the payload's double-quoted strings only an unescaped " could break out.
    for (const needle of forbidden.filter((n) => n.startsWith('"'))) {
      for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, at + 1)) {
        let backslashes = 0;
        while (body[at - 1 - backslashes] === "\\") backslashes++;
        expect(backslashes % 2, `unescaped ${needle} inside an inline script of ${short(url)}`).toBe(1);
      }
    }
  }
}

/** The view the page should show for an address: the same parser the page uses, on the same dataset. */
function expectedView(url: string) {
  return resolveView(recordOf(new URL(url, "http://x").searchParams), catalog);
}

/** The query as Next.js hands it to a page: repeated keys become arrays, "__proto__" is just a key. */
function recordOf(params: URLSearchParams): RawSearchParams {
  const out: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of params) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

function canonicalQuery(html: string): URLSearchParams {
  const href = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
  expect(href, "a canonical link").toBeTruthy();
  return new URL(href!.replaceAll("&amp;", "&")).searchParams;
}

/** Uncompressed: the server's time should go to the app under test, not to gzip. */
const plain = { headers: { "accept-encoding": "identity" } };

// ---- query strings ----------------------------------------------------------------------

test.describe("generated query strings", () => {
  test.describe.configure({ timeout: 170_000 });

  test("the compare page renders the view the parser allows and says what it ignored", async ({ request }) => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(queryString, async (qs) => {
        const url = `/?${qs}`;
        const response = await request.get(url, plain);
        sent++;
        expect(response.status(), short(url)).toBe(200);
        const html = await response.text();
        expectNoLiveMarkup(html, url);

        const { view, notices } = expectedView(url);
        expect(html.includes(NOTICE_HEADING), `notice shown for ${short(url)} (expected: ${notices.join(" | ") || "none"})`).toBe(notices.length > 0);
        expect([...canonicalQuery(html)], `the view shown for ${short(url)}`).toEqual([...new URLSearchParams(serializeView(view))]);
      }),
      { seed: SEED, numRuns: 350, endOnFailure: true },
    );
    test.info().annotations.push({ type: "requests", description: String(sent) });
  });

  test("a mechanism page ignores its query string", async ({ request }) => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(queryString, async (qs) => {
        const url = `/mechanisms/secret-police?${qs}`;
        const response = await request.get(url, plain);
        sent++;
        expect(response.status(), short(url)).toBe(200);
        const html = await response.text();
        expect(html).toContain("<h1");
        expect(html.includes(NOTICE_HEADING)).toBe(false);
        expectNoLiveMarkup(html, url);
      }),
      { seed: SEED + 1, numRuns: 150, endOnFailure: true },
    );
    test.info().annotations.push({ type: "requests", description: String(sent) });
  });

  test("the API answers 200, or 400 with its reasons, wherever the page would show a notice", async ({ request }) => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(queryString, async (qs) => {
        const url = `/api/v1/events?${qs}`;
        const response = await request.get(url, plain);
        sent++;
        expect([200, 400], `${short(url)} answered ${response.status()}`).toContain(response.status());
        expect(response.headers()["content-type"]).toMatch(/^application\/json/);
        const body = (await response.json()) as { error?: string; issues?: { parameter?: unknown; reason?: unknown }[] };
        if (response.status() === 400) {
          expect(body.error).toBe("invalid_parameters");
          expect(body.issues?.length, `reasons for ${short(url)}`).toBeGreaterThan(0);
          for (const issue of body.issues ?? []) {
            expect(typeof issue.parameter).toBe("string");
            expect(typeof issue.reason).toBe("string");
          }
        } else {
          // The page and the API parse with the same parsers: what the page ignores, the API refuses.
          expect(expectedView(url).notices, `the API accepted what the page ignores: ${short(url)}`).toEqual([]);
        }
      }),
      { seed: SEED + 2, numRuns: 500, endOnFailure: true },
    );
    test.info().annotations.push({ type: "requests", description: String(sent) });
  });
});

test.describe("generated preview queries", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a preview is a PNG, or a redirect to its view's canonical query that is one", async ({ request }) => {
    const canonical = new Set<string>();
    await fc.assert(
      fc.asyncProperty(queryString, async (qs) => {
        const url = `/og?${qs}`;
        const response = await request.get(url, { ...plain, maxRedirects: 0 });
        expect([200, 308], `${short(url)} answered ${response.status()}`).toContain(response.status());
        if (response.status() === 308) {
          const location = response.headers()["location"]!;
          expect(location, short(url)).toMatch(/^\/og(\?|$)/);
          canonical.add(location);
          // The canonical address is its own canonical form: no second redirect.
          const image = await request.get(location, { ...plain, maxRedirects: 0 });
          expect(image.status(), location).toBe(200);
          expect(image.headers()["content-type"]).toBe("image/png");
        }
      }),
      { seed: SEED + 5, numRuns: 60, endOnFailure: true },
    );
    test.info().annotations.push({ type: "canonical images", description: String(canonical.size) });
  });
});

// ---- paths ------------------------------------------------------------------------------

const oddPieces = ["%2F", "%2f", "%5C", "%00", "%0A", "%20", "%3C", "%3E", "%22", "%27", "%25", "..", "%2e%2e%2f", ";", ":", "@", "!", "*", "~", "%F0%9F%98%80", "%D0%9B", "%zz", "%E0%A4%A", "%", "%C0%AF", "%3Cscript%3Ex%3C%2Fscript%3E"];
const slugChars = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-_.ABC");
const segment = fc
  .tuple(fc.string({ unit: slugChars, maxLength: 20 }), fc.array(fc.constantFrom(...oddPieces), { minLength: 1, maxLength: 4 }), fc.string({ unit: slugChars, maxLength: 20 }), fc.boolean())
  .map(([before, odd, after, long]) => `${before}${odd.join("")}${after}${long ? "x".repeat(4_000) : ""}`)
  // "." and ".." are resolved away by URL parsing before the request is sent.
  .filter((s) => !/^(\.|%2e){1,2}$/i.test(s));

/** An address that names nothing is 404; one that cannot be percent-decoded is refused (400). */
function expectedStatus(path: string): number {
  return isMalformedPath(path) ? 400 : 404;
}

test.describe("generated paths", () => {
  test.describe.configure({ timeout: 120_000 });

  test("odd mechanism slugs find nothing", async ({ request }) => {
    await fc.assert(
      fc.asyncProperty(segment, async (slug) => {
        const path = `/mechanisms/${slug}`;
        const response = await request.get(path, { ...plain, maxRedirects: 0 });
        expect(response.status(), short(path)).toBe(expectedStatus(path));
        if (response.status() === 404) expectNoLiveMarkup(await response.text(), path);
      }),
      { seed: SEED + 3, numRuns: 120, endOnFailure: true },
    );
  });

  test("odd API paths find nothing", async ({ request }) => {
    await fc.assert(
      fc.asyncProperty(segment, fc.constantFrom("/api/v1/", "/api/v1/events/", "/api/v1/mechanisms/"), async (slug, prefix) => {
        const path = `${prefix}${slug}`;
        const response = await request.get(path, { ...plain, maxRedirects: 0 });
        expect(response.status(), short(path)).toBe(expectedStatus(path));
      }),
      { seed: SEED + 4, numRuns: 120, endOnFailure: true },
    );
  });
});
