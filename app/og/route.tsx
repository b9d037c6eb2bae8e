// The preview image for a shared link: /og?<the view's parameters> draws the view's answer (its
// overview, lib/previews). One image per view: a query that is not the view's canonical form
// (unknown keys, defaults written out, invalid values, another order) is redirected to it, so junk
// addresses collapse onto the few images real views need.
import { describeView } from "@/lib/compare/describeView";
import { resolveCatalogView } from "@/lib/compare/resolveCatalogView";
import { compareViewPreview } from "@/lib/previews/previewModel";
import { previewResponse } from "@/lib/previews/previewResponse";
import { searchParamsToRecord } from "@/lib/url/readCompareUrl";
import { serializeView } from "@/lib/url/compareUrl";

export function GET(request: Request) {
  return previewResponse((catalog) => {
    const url = new URL(request.url);
    const read = (params: URLSearchParams) => resolveCatalogView(catalog, searchParamsToRecord(params)).view;
    let view = read(url.searchParams);
    // The canonical form must be its own canonical form, or the redirect would lead to another
    // redirect: a query the parser reads differently once written out ("from=1960&to=-2" keeps
    // from=1960, "from=1960" alone is after the default to=1953 and is dropped) settles in a pass.
    for (let pass = 0; pass < 3 && serializeView(read(new URLSearchParams(serializeView(view)))) !== serializeView(view); pass++) {
      view = read(new URLSearchParams(serializeView(view)));
    }
    // Compared as parameters, not as text: "%2C" and "," are the same comma.
    const canonical = new URL(`/og${serializeView(view)}`, url);
    if (canonical.searchParams.toString() !== url.searchParams.toString()) {
      return new Response(null, { status: 308, headers: { Location: canonical.pathname + canonical.search } });
    }
    return compareViewPreview(catalog, view, describeView(view, catalog).title);
  });
}
