"use client";
import { useRef, useState } from "react";
import { useView } from "@/components/compare/useView";
import type { LegendEntry } from "@/lib/export/chartCaption";
import type { ViewState } from "@/lib/url/compareUrl";
import { EmbedButton } from "./EmbedButton";

const button = "rounded-md border border-border bg-card px-2.5 py-1 text-sm hover:border-accent disabled:opacity-60";

/**
 * "Download chart (PNG)", "Download chart (SVG)" and "Embed" for the chart of the figure this
 * bar sits in. The image carries the title, source line and legend; the file name says which view.
 */
export function ChartExportBar({ chart, title, source, legend }: { chart: ViewState["chart"]; title: string; source: string; legend: LegendEntry[] }) {
  const [view] = useView();
  const ref = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  async function download(format: "png" | "svg") {
    // The image code (and the file naming) loads on the first click, not with the page.
    const { saveChartImage } = await import("./chartImage");
    const figure = ref.current?.closest("figure");
    setBusy(true);
    try {
      const name = figure ? await saveChartImage(figure, view, chart, { title, source, legend }, format) : null;
      setStatus(name ? `Saved ${name}` : "The chart has not been drawn yet; try again in a moment.");
    } catch {
      setStatus("Could not make the image in this browser.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div ref={ref} className="mb-2 flex flex-wrap items-center gap-2 print:hidden" data-export-controls>
      <button type="button" className={button} disabled={busy} onClick={() => void download("png")}>
        Download chart (PNG)
      </button>
      <button type="button" className={button} disabled={busy} onClick={() => void download("svg")}>
        Download chart (SVG)
      </button>
      <EmbedButton kind="chart" chart={chart} title={title} className={button} />
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {status}
      </span>
    </div>
  );
}
