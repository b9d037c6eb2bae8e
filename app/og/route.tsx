// The preview image for a shared link: /og?<the view's parameters> draws the view's title.
// One image per view: a query that is not the view's canonical form (unknown keys, defaults
// written out, invalid values, another order) is redirected to it, so junk addresses collapse
// onto the few images real views need. Drawn in a worker (lib/server/previewRenderer.ts).
import { describeView } from "@/lib/compare/describeView";
import { getCatalog } from "@/lib/queries/catalog";
import { withDatabase } from "@/lib/queries/withDatabase";
import { drawCard, pngAnswer } from "@/lib/server/previewCard";
import { leaderColors } from "@/lib/theme/leaderColors";
import { searchParamsToRecord } from "@/lib/url/readCompareUrl";
import { serializeView } from "@/lib/url/compareUrl";
import { resolveCatalogView } from "@/lib/compare/resolveCatalogView";

export async function GET(request: Request) {
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
  const png = await drawCard(
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
  );
  return pngAnswer(png, loaded.ok);
}
