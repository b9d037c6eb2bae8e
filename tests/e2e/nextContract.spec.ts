// The server layer's contract with Next.js (docs/architecture.md, "What the server layer relies
// on"): each reliance on a Next.js internal, checked on the production build, failing with a
// message that names it and the code that relies on it. When one fails after a Next.js upgrade,
// change that code, then this test and the document.
import { expect, test } from "@playwright/test";
import { BROKEN_URL } from "./servers";

test("Next.js marks client navigations with the `RSC: 1` request header (lib/server/answerLayer.ts passes them through by it)", async ({ page }) => {
  const navigations: Record<string, string>[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/mechanisms/") && request.resourceType() === "fetch") navigations.push(request.headers());
  });
  await page.goto("/");
  await page.locator('a[href^="/mechanisms/"]').first().click();
  await expect(page).toHaveURL(/\/mechanisms\//);
  expect(navigations.length, "Next.js made no fetch for the client navigation: lib/server/answerLayer.ts expects one").toBeGreaterThan(0);
  for (const headers of navigations) {
    expect(headers["rsc"], "Next.js no longer marks RSC requests with the `RSC` header: lib/server/answerLayer.ts (isClientNavigation) relies on it").toBe("1");
  }
});

test("a request with `RSC: 1` gets Next.js's payload, passed through untouched (not kept, no ETag of the layer's)", async ({ request }) => {
  const response = await request.get("/mechanisms/secret-police", { headers: { rsc: "1" } });
  expect(response.headers()["content-type"], "Next.js no longer answers `RSC: 1` with its RSC payload (text/x-component): lib/server/answerLayer.ts relies on it").toMatch(
    /^text\/x-component/,
  );
  expect(response.headers()["etag"]).toBeUndefined();
});

test("a process's first render of each kind of route is like the later ones once server.ts has warmed it up (WARM_UP)", async ({ request }) => {
  // The build's server was started for this run: its first visitor's answers are these.
  for (const path of ["/?m=purges", "/essay?verdict=supported", "/embed/table?m=purges", "/og/mechanisms/purges", "/api/v1/mechanisms"]) {
    const first = await request.get(path);
    const again = await request.get(path);
    expect(
      (await again.body()).equals(await first.body()),
      `${path}: the first render differs from the second. Next.js's first render of a route kind differs from later ones: server.ts's WARM_UP list must render this kind before listening`,
    ).toBe(true);
    expect(again.headers()["etag"]).toBe(first.headers()["etag"]);
  }
});

test("the build's files under /_next/static/ have content-hashed names (lib/server/cachePolicy.ts marks them immutable for a year)", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) {
    expect(src, "Next.js no longer serves a page's scripts from /_next/static/: lib/server/cachePolicy.ts gives that path the immutable policy").toMatch(/^\/_next\/static\//);
    expect(src, "a script under /_next/static/ has no content hash in its name: the immutable policy of lib/server/cachePolicy.ts would keep stale code").toMatch(
      // A hash in the name: ten or more letters and digits, at least one a digit ("2rv5jvl35qh22.js").
      /\/(?=[^/]*\d)[A-Za-z0-9_~-]{10,}\.(?:js|css)$/,
    );
    const file = await request.get(src);
    expect(file.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  }
});

test("React writes the no-store marker into a page's HTML as lib/cache/noStore.ts expects (lib/server/answer.ts reads it)", async ({ request }) => {
  const response = await request.get(`${BROKEN_URL}/?m=censorship`);
  expect(await response.text(), "React no longer writes <meta name=\"dashboard-cache\" content=\"no-store\"> with its attributes in this order: lib/server/answer.ts would keep a problem page").toContain(
    '<meta name="dashboard-cache" content="no-store"',
  );
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("Next.js sends no header that changes from one render or one instance to the next, but those lib/server/answer.ts drops", async ({ request }) => {
  // Date and the hop-by-hop headers belong to a transmission. Anything else that differs between a
  // rendered and a kept answer would make two answers for one address.
  const path = "/?m=surveillance&from=1920";
  const first = await request.get(path);
  await request.get(path);
  const kept = await request.get(path);
  const comparable = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).filter(([n]) => !["date", "connection", "keep-alive"].includes(n)));
  expect(comparable(kept.headers()), "a header differs between a rendered and a kept answer: add it to NOT_PART_OF_THE_ANSWER in lib/server/answer.ts if it is Next.js's per-render header").toEqual(
    comparable(first.headers()),
  );
  for (const name of ["x-nextjs-cache", "last-modified", "x-powered-by"]) expect(first.headers()[name], name).toBeUndefined();
});

test("of Next.js's router headers, only RSC changes a page's HTML (lib/server/answer.ts sends `Vary: RSC, …` in place of Next.js's list)", async ({ request }) => {
  const path = "/?m=censorship&to=1930";
  const plain = await request.get(path);
  await request.get(path);
  const withRouterHeaders = await request.get(path, {
    headers: { "next-router-state-tree": encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }])), "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" },
  });
  expect(
    (await withRouterHeaders.body()).equals(await plain.body()),
    "Next.js's HTML answer now depends on a router header other than RSC: lib/server/answer.ts must name it in Vary",
  ).toBe(true);
  expect(plain.headers()["vary"]).toMatch(/^RSC, Accept-Encoding/);
});
