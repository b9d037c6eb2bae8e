// The preview image for a shared link: /og?<the view's parameters> draws the view's title.
// One image per view: a query that is not the view's canonical form (unknown keys, defaults
// written out, invalid values, another order) is redirected to it, so junk addresses collapse
// onto the few images real views need. Drawn in a worker (lib/server/previewRenderer.ts).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describeView } from "@/lib/compare/describeView";
import { getCatalog } from "@/lib/queries/catalog";
import { withDatabase } from "@/lib/queries/withDatabase";
import { renderPreview } from "@/lib/server/previewRenderer";
import { leaderColors } from "@/lib/theme/leaderColors";
import { searchParamsToRecord } from "@/lib/viewParams";
import { serializeView } from "@/lib/viewState";
import { resolveCatalogView } from "@/lib/compare/resolveCatalogView";

// next/og's bundled font has no Cyrillic; ship DejaVu Sans so names render offline.
const fonts = Promise.all(
  ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), "assets", "fonts", f))),
);

export async function GET(request: Request) {
  const [regular, bold] = (await fonts) as [Buffer, Buffer];
  const loaded = await withDatabase(getCatalog);
  let leaders = "Lenin vs Stalin";
  let subject = "The evidence side by side";
  let counts = "";
  if (loaded.ok) {
    const catalog = loaded.data;
    const url = new URL(request.url);
    const { view } = resolveCatalogView(catalog, searchParamsToRecord(url.searchParams));
    // Compared as parameters, not as text: "%2C" and "," are the same comma.
    const canonical = new URL(`/og${serializeView(view)}`, url);
    if (canonical.searchParams.toString() !== url.searchParams.toString()) {
      return new Response(null, { status: 308, headers: { Location: canonical.pathname + canonical.search, "Cache-Control": "public" } });
    }
    ({ leaders, subject } = describeView(view, catalog));
    counts = `${catalog.events.length} dated events · ${catalog.sources.length} sources · ${catalog.claims.length} claims checked`;
  }
  const [nameA = "Lenin", nameB = "Stalin"] = leaders.split(" vs ");
  const png = await renderPreview(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#fafaf9", color: "#1c1917", padding: 64, fontFamily: "DejaVu Sans" }}>
        <div style={{ display: "flex", fontSize: 72, fontWeight: 700 }}>
          <span style={{ color: leaderColors.light.a }}>{nameA}</span>
          <span style={{ margin: "0 24px" }}>vs</span>
          <span style={{ color: leaderColors.light.b }}>{nameB}</span>
        </div>
        <div style={{ display: "flex", fontSize: 44, lineHeight: 1.25 }}>{subject.slice(0, 140)}</div>
        <div style={{ display: "flex", fontSize: 26, color: "#57534e" }}>{counts || "A sourced comparative-history dashboard"}</div>
      </div>
    ),
    {
      width: 1200,
      height: 630,
      fonts: [
        { name: "DejaVu Sans", data: regular, weight: 400, style: "normal" },
        { name: "DejaVu Sans", data: bold, weight: 700, style: "normal" },
      ],
    },
  );
  return new Response(png as Uint8Array<ArrayBuffer>, {
    // The generic card drawn while the database is unreadable must not outlive the problem.
    headers: { "Content-Type": "image/png", "Cache-Control": loaded.ok ? "public" : "no-store" },
  });
}
