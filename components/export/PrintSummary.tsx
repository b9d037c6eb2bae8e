import type { Catalog } from "@/lib/queries/catalog";
import { filterSummary } from "@/lib/export/filterSummary";
import { compareHref } from "@/lib/export/exportLinks";
import { siteOrigin } from "@/lib/site/siteOrigin";
import type { ViewState } from "@/lib/url/compareUrl";

/** Printed only: the view's filters and its address, at the top of the report. */
export async function PrintSummary({ catalog, view }: { catalog: Catalog; view: ViewState }) {
  return (
    <div className="hidden text-sm print:block" data-print-summary>
      <p>
        <span className="font-semibold">Filters: </span>
        {filterSummary(view, catalog).map(([label, value], i) => (
          <span key={label}>
            {i > 0 ? " · " : ""}
            {label}: {value}
          </span>
        ))}
      </p>
      <p>
        <span className="font-semibold">View online: </span>
        {new URL(compareHref(view), await siteOrigin()).href}
      </p>
    </div>
  );
}
