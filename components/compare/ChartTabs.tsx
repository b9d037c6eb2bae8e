// The chart switcher: one link per chart (chart=... in the URL), so only the chosen chart is
// rendered and sent, a switch is an ordinary page answer (cacheable, works without JavaScript),
// and Back returns to the previous chart.
import type { ReactNode } from "react";
import { Link } from "@/components/common/Link";
import { serializeView, type ViewState } from "@/lib/url/compareUrl";

export type ChartTab = { id: ViewState["chart"]; label: string };

export function ChartTabs({ tabs, view, children }: { tabs: ChartTab[]; view: ViewState; children: ReactNode }) {
  return (
    <div>
      <nav aria-label="Charts" className="flex flex-wrap gap-1 border-b border-border" data-chart-tabs>
        {tabs.map((t) => {
          const selected = t.id === view.chart;
          return (
            <Link
              key={t.id}
              href={`${serializeView("/", { ...view, chart: t.id })}#charts-heading`}
              scroll={false}
              aria-current={selected ? "true" : undefined}
              className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm ${selected ? "border-border border-b-card bg-card font-semibold" : "border-transparent text-muted hover:text-foreground"}`}
            >
              {t.label}
            </Link>
          );
        })}
      </nav>
      <div id={`panel-${view.chart}`} className="rounded-b-md border border-t-0 border-border bg-card p-3">
        {children}
      </div>
    </div>
  );
}
