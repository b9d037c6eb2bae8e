// Link previews on every shareable page of the production build: title, description, canonical
// address and image (Open Graph and Twitter), the image a 1200×630 PNG. The e2e build has no
// SITE_URL, as a deployment that forgets it: the addresses name the origin the request was made to
// (or the one a proxy gives in X-Forwarded-Host/-Proto), and a hostile Host poisons nothing.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { APP_URL } from "./servers";

const PNG_SIGNATURE = "89504e470d0a1a0a";

/** The preview tags of a page as a crawler reads them (no JavaScript). */
async function previewTags(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const response = await request.get(path, { headers });
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const meta = (attribute: string, name: string) =>
    new RegExp(`<meta ${attribute}="${name.replace(/[:.]/g, "\\$&")}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, "&");
  return {
    response,
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
    description: meta("name", "description"),
    canonical: /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, "&"),
    ogTitle: meta("property", "og:title"),
    ogDescription: meta("property", "og:description"),
    ogUrl: meta("property", "og:url"),
    ogImage: meta("property", "og:image"),
    ogImageWidth: meta("property", "og:image:width"),
    twitterCard: meta("name", "twitter:card"),
    twitterImage: meta("name", "twitter:image"),
  };
}

async function shareablePages(request: APIRequestContext): Promise<string[]> {
  const argument = (await (await request.get("/api/v1/argument")).json()) as { data: { slug: string }[] };
  return [
    "/",
    "/?m=censorship,secret-police&from=1918&to=1938",
    "/mechanisms/secret-police",
    "/mechanisms/censorship",
    "/essay",
    "/argument",
    ...argument.data.map((s) => `/argument/${s.slug}`),
    "/sources",
  ];
}

test("every shareable page has its title, description and preview image, a 1200×630 PNG at an absolute address", async ({ request }) => {
  test.setTimeout(120_000);
  for (const path of await shareablePages(request)) {
    const tags = await previewTags(request, path);
    expect(tags.title, path).toBeTruthy();
    expect(tags.description?.length, `${path}: description`).toBeGreaterThan(40);
    expect(tags.ogTitle, path).toBeTruthy();
    expect(tags.ogDescription, path).toBe(tags.description);
    expect(tags.canonical, path).toBe(tags.ogUrl);
    expect(new URL(tags.canonical!).origin, path).toBe(APP_URL);
    expect(tags.ogImage, path).toMatch(new RegExp(`^${APP_URL.replace(/[.]/g, "\\.")}/og`));
    expect(tags.ogImageWidth, path).toBe("1200");
    expect(tags.twitterCard, path).toBe("summary_large_image");
    expect(tags.twitterImage, path).toBe(tags.ogImage);

    const image = await request.get(tags.ogImage!);
    expect(image.status(), tags.ogImage).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    const png = await image.body();
    expect(png.subarray(0, 8).toString("hex"), tags.ogImage).toBe(PNG_SIGNATURE);
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, tags.ogImage).toEqual({ width: 1200, height: 630 });
  }
});

test("behind a proxy, the addresses name the origin it gives (X-Forwarded-Host and -Proto), and the answer says it varies with them", async ({ request }) => {
  const proxied = await previewTags(request, "/mechanisms/secret-police", { "x-forwarded-host": "dashboard.example.org", "x-forwarded-proto": "https" });
  expect(proxied.ogImage).toBe("https://dashboard.example.org/og/mechanisms/secret-police");
  expect(proxied.canonical).toBe("https://dashboard.example.org/mechanisms/secret-police");
  expect(proxied.response.headers()["vary"]).toMatch(/Host, X-Forwarded-Host, X-Forwarded-Proto/);
});

test("a hostile Host poisons nothing: refused when it is no address, kept apart when it is one", async ({ request }) => {
  const path = "/mechanisms/purges";
  for (let i = 0; i < 3; i++) await previewTags(request, path, { "x-forwarded-host": "attacker.example" });
  const visitor = await previewTags(request, path);
  expect(visitor.ogImage).toBe(`${APP_URL}/og/mechanisms/purges`);
  const refused = await request.get(path, { headers: { "x-forwarded-host": 'evil.example"><script>alert(1)</script>' } });
  expect(refused.status()).toBe(400);
  expect(await refused.text()).not.toContain("<script>");
});

test("a preview that names nothing the dataset holds is 404", async ({ request }) => {
  expect((await request.get("/og/mechanisms/no-such-mechanism")).status()).toBe(404);
  expect((await request.get("/og/argument/no-such-step")).status()).toBe(404);
});
