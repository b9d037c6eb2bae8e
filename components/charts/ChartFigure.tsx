// Draws a chart model (lib/charts/model): the one place that knows which component draws which
// kind of chart. The compare page, the argument's steps, the printed handout and embeds all come
// here with a model and a variant: on a page the chart comes with its caption, notes and data
// table; printed, a black-and-white drawing made on the server; embedded, the drawing alone.
import type { ReactNode } from "react";
import type { ChartModel } from "@/lib/charts/model/chartModel";
import { formatNumber } from "@/lib/format";
import { formatPartialDate } from "@/lib/format";
import { OverviewChart } from "@/components/compare/OverviewChart";
import { OverviewSentences } from "@/components/compare/OverviewSentences";
import { InstitutionLineage } from "@/components/lineage/InstitutionLineage";
import { BeforeAfterStrips } from "./BeforeAfterStrips";
import { ChartDataTable } from "./ChartDataTable";
import { FiguresMarks } from "./FiguresMarks";
import { LazySeriesChart, LazyTimelineChart, LazyTotalsChart } from "./LazyCharts";
import { chartSvg } from "@/lib/charts/svg/chartSvg";

export type ChartVariant = "page" | "embed" | "print";

type Props = {
  chart: ChartModel;
  variant?: ChartVariant;
  /** A base for the ids inside (a page may draw several charts). */
  id: string;
  /** Where an overview or a strip's row leads (default: the mechanism's page). */
  rowHref?: (slug: string) => string;
  /** Downloads and embed code (page only). */
  exportBar?: ReactNode;
  /** Choices that change the chart, such as the series picker (page only). */
  controls?: ReactNode;
  /** Shown after the drawing, such as the event selected on the timeline (page only). */
  extra?: ReactNode;
  /** Show the data table unfolded (the contested figures' "who says what", figures=table). */
  tableOpen?: boolean;
};

const mechanismPage = (slug: string) => `/mechanisms/${slug}`;

/** The drawing alone: what an embed shows and what a page frames. */
export function ChartDrawing({ chart, variant = "page", id, rowHref = mechanismPage }: Pick<Props, "chart" | "variant" | "id" | "rowHref">) {
  if (chart.empty) return <p className="text-muted">{chart.empty}</p>;
  const print = variant === "print";
  switch (chart.kind) {
    case "intensity":
      return (
        <>
          {variant === "embed" ? null : <OverviewSentences overview={chart.overview} className="mb-3" />}
          <OverviewChart overview={chart.overview} rowHref={rowHref} headingId={`${id}-overview`} heading="The overview" />
        </>
      );
    case "timeline":
      return print ? (
        <PrintDrawing chart={chart} />
      ) : (
        <LazyTimelineChart points={chart.points} categories={chart.categories} bands={chart.bands} nameA={chart.nameA} nameB={chart.nameB} from={chart.from} to={chart.to} />
      );
    case "series": {
      const m = chart.metric!;
      return print ? (
        <PrintDrawing chart={chart} />
      ) : (
        <>
          <LazySeriesChart data={chart.data} name={m.name} unit={m.unit} bands={chart.bands} />
          {chart.data.unmeasured.length > 0 ? (
            <p className="mt-1 text-xs text-muted">
              <span className="mr-1 inline-block h-3 w-4 border border-dashed border-muted bg-muted/15 align-[-2px]" aria-hidden="true" />
              No published figure for these years: unmeasured, not quiet.
            </p>
          ) : null}
        </>
      );
    }
    case "totals": {
      const unit = chart.metric!.unit;
      const coverage = (
        <ul className="mt-1 text-sm">
          {chart.totals.map((t) => (
            <li key={t.leader}>
              <span className="font-medium">{t.name}</span>: {t.total === null ? "no figure" : `${formatNumber(chart.norm === "per-year" ? t.perYear! : t.total)} ${unit}`}{" "}
              <span className="text-muted">({t.coverage})</span>
            </li>
          ))}
        </ul>
      );
      return print ? coverage : (
        <>
          <LazyTotalsChart totals={chart.totals} unit={unit} norm={chart.norm} />
          {coverage}
        </>
      );
    }
    case "lineage":
      return print ? (
        <ul className="space-y-1 text-sm">
          {chart.chains.map((c) => (
            <li key={c.members[0]?.slug}>
              {c.members.map((m) => `${m.abbreviation ?? m.name} (${formatPartialDate(m.founded)} – ${m.dissolved ? formatPartialDate(m.dissolved) : `after ${chart.to}`})`).join(" → ")}
            </li>
          ))}
        </ul>
      ) : (
        <InstitutionLineage chart={chart} headingId={`${id}-lineage`} />
      );
    case "figures":
      return print ? (
        <ul className="space-y-1 text-sm">
          {chart.rows.map((f) => (
            <li key={f.slug}>
              <span className="font-medium">{f.title}</span> ({f.years}, {f.unit}): {f.marks.map((m) => m.said).join("; ")}
            </li>
          ))}
        </ul>
      ) : (
        <FiguresMarks chart={chart} />
      );
    case "before-after":
      return <BeforeAfterStrips chart={chart} headingId={`${id}-strips`} />;
  }
}

/** A chart on a page: caption, controls, drawing, notes and its data table (the text alternative and the CSV's contents). */
export function ChartFigure({ chart, variant = "page", id, rowHref, exportBar, controls, extra, tableOpen = false }: Props) {
  if (variant === "embed") return <ChartDrawing chart={chart} variant="embed" id={id} rowHref={rowHref} />;
  // The overview and the strips are tables already: their data table would say it twice.
  const ownTable = chart.kind === "intensity" || chart.kind === "before-after";
  const print = variant === "print";
  return (
    <figure aria-labelledby={`${id}-caption`}>
      {print ? null : exportBar}
      {print ? null : controls}
      <figcaption id={`${id}-caption`} className={print ? "mb-1 text-sm font-medium" : "mb-2 text-sm text-muted"}>
        {chart.caption}
      </figcaption>
      <ChartDrawing chart={chart} variant={variant} id={id} rowHref={rowHref} />
      {print ? null : extra}
      {chart.notes.length > 0 && chart.kind !== "intensity" ? (
        <div className="mt-2 space-y-1 text-sm text-muted">
          {chart.notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      ) : null}
      {print || ownTable || chart.empty || chart.table.rows.length === 0 ? null : <ChartDataTable {...chart.table} open={tableOpen} />}
    </figure>
  );
}

/** The black-and-white drawing the handout prints: the same SVG as the chart's download, without its frame. */
function PrintDrawing({ chart }: { chart: ChartModel }) {
  // Our own markup: every text in it is escaped by chartSvg.
  return <div className="print-chart" dangerouslySetInnerHTML={{ __html: chartSvg(chart, { mono: true, frame: false, width: 640 }).svg }} />;
}
