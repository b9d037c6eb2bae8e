// How the overview's rows are ordered (order=... in the URL): links, so each order is a page of
// its own that works without JavaScript and can be shared.
import { Link } from "@/components/common/Link";
import { orderValues, serializeView, type ViewState } from "@/lib/url/compareUrl";

export function OverviewOrder({ view, nameA, nameB }: { view: ViewState; nameA: string; nameB: string }) {
  const label: Record<ViewState["order"], string> = {
    category: "category, then change",
    change: "change",
    a: nameA,
    b: nameB,
    name: "name",
  };
  return (
    <nav aria-label="Order of the overview" className="flex flex-wrap gap-x-3 text-xs text-muted print:hidden">
      <span>Order by:</span>
      {orderValues.map((o) => (
        <Link
          key={o}
          href={`${serializeView("/", { ...view, order: o })}#overview-heading`}
          scroll={false}
          aria-current={view.order === o ? "true" : undefined}
          className={view.order === o ? "font-semibold text-foreground" : "underline underline-offset-2"}
        >
          {label[o]}
        </Link>
      ))}
    </nav>
  );
}
