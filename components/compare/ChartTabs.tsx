"use client";
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { chartValues, type ViewState } from "@/lib/viewState";
import { useView } from "./useView";

export type ChartPanel = { id: ViewState["chart"]; label: string; content: ReactNode };

/** Tabs for the four charts; the open tab is part of the URL (chart=...). Arrow keys move between tabs. */
export function ChartTabs({ panels }: { panels: ChartPanel[] }) {
  const [view, setView] = useView();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const active = panels.find((p) => p.id === view.chart) ?? panels[0];

  function onKeyDown(e: KeyboardEvent, index: number) {
    const delta = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (delta === 0) return;
    e.preventDefault();
    const next = (index + delta + panels.length) % panels.length;
    refs.current[next]?.focus();
    void setView({ chart: panels[next]?.id ?? chartValues[0] });
  }

  return (
    <div>
      <div role="tablist" aria-label="Charts" className="flex flex-wrap gap-1 border-b border-border">
        {panels.map((p, i) => {
          const selected = p.id === active?.id;
          return (
            <button
              key={p.id}
              ref={(el) => {
                refs.current[i] = el;
              }}
              role="tab"
              id={`tab-${p.id}`}
              aria-selected={selected}
              aria-controls={`panel-${p.id}`}
              tabIndex={selected ? 0 : -1}
              onKeyDown={(e) => onKeyDown(e, i)}
              onClick={() => void setView({ chart: p.id })}
              className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm ${selected ? "border-border border-b-card bg-card font-semibold" : "border-transparent text-muted hover:text-foreground"}`}
            >
              {p.label}
            </button>
          );
        })}
      </div>
      {active ? (
        <div role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`} tabIndex={0} className="rounded-b-md border border-t-0 border-border bg-card p-3">
          {active.content}
        </div>
      ) : null}
    </div>
  );
}
