// One address, one answer, on the production build: every content type the server sends comes
// back with the same bytes and headers (but Date) on the first, second and third request (rendered,
// then kept in memory), with a strong ETag that gets a 304, and a public Cache-Control.
import { expect, test, type APIResponse } from "@playwright/test";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const ADDRESSES = [
  { kind: "HTML, rendered per request", path: "/?m=censorship,secret-police&from=1918&to=1938", type: /^text\/html/ },
  { kind: "HTML, prerendered", path: "/api", type: /^text\/html/ },
  { kind: "HTML, a mechanism page", path: "/mechanisms/secret-police", type: /^text\/html/ },
  { kind: "JSON", path: "/api/v1/events?m=secret-police", type: /^application\/json/ },
  { kind: "CSV", path: "/download/table.csv?m=censorship", type: /^text\/csv/ },
  { kind: "PNG", path: "/og?m=censorship", type: /^image\/png$/ },
  { kind: "SVG", path: "/icon.svg", type: /^image\/svg\+xml$/ },
  { kind: "zip", path: "/download/dataset.zip", type: /^application\/zip$/ },
];

const withoutDate = (response: APIResponse) => Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !["date", "connection", "keep-alive"].includes(name)));

for (const { kind, path, type } of ADDRESSES) {
  test(`${kind}: the same bytes and headers on every request, a strong ETag, 304, public`, async ({ request }) => {
    // A query key the routes ignore would change the answer's address; a unique one would not be
    // the address people share. The third request is answered from memory either way.
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await request.get(path, { headers: { "accept-encoding": "gzip, br" } }));
    const [first, ...rest] = answers;
    expect(first!.status(), path).toBe(200);
    expect(first!.headers()["content-type"]).toMatch(type);
    const body = await first!.body();
    for (const again of rest) {
      expect((await again.body()).equals(body), `${path}: the body changed between requests`).toBe(true);
      expect(withoutDate(again)).toEqual(withoutDate(first!));
    }
    if (kind === "PNG") for (const again of answers) expect([...(await again.body()).subarray(0, 8)]).toEqual(PNG_SIGNATURE);

    const etag = first!.headers()["etag"]!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first!.headers()["cache-control"]).toMatch(/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/);
    const revalidated = await request.get(path, { headers: { "if-none-match": etag } });
    expect(revalidated.status()).toBe(304);
    expect((await revalidated.body()).length).toBe(0);
  });
}

test("a preview address that is not a view's canonical form is redirected to it", async ({ request }) => {
  const junk = await request.get("/og?zzz=1&from=1917&m=censorship,censorship", { maxRedirects: 0 });
  expect(junk.status()).toBe(308);
  expect(junk.headers()["location"]).toBe("/og?m=censorship");
  const followed = await request.get("/og?zzz=1&m=censorship");
  expect([...(await followed.body()).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
});
