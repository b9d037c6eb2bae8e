// The timeline: the view's dated events, one row per mechanism, the periods in power shaded.
import { chartCaption } from "../../export/chartCaption";
import { tenureBands, type TenureBand } from "../tenureBands";
import { timelineData, type TimelineCategory, type TimelinePoint } from "../timelineData";
import type { ChartCommon, ChartInput } from "./chartModel";

export type TimelineChart = ChartCommon & {
  kind: "timeline";
  points: TimelinePoint[];
  categories: TimelineCategory[];
  bands: TenureBand[];
  nameA: string;
  nameB: string;
  from: number;
  to: number;
};

export function timelineChart({ catalog, model, view }: ChartInput): TimelineChart {
  const { leaderA, leaderB } = model;
  const { points, categories } = timelineData(model.events, model.mechanisms, leaderA.slug, leaderB.slug);
  const who = (p: TimelinePoint) => (p.leader === "a" ? leaderA.name : p.leader === "b" ? leaderB.name : "Neither leader");
  const { title, source, legend } = chartCaption(catalog, view, "timeline");
  return {
    kind: "timeline",
    points,
    categories,
    bands: tenureBands(catalog.leaders, view.from, view.to, [leaderA.slug, leaderB.slug]),
    nameA: leaderA.name,
    nameB: leaderB.name,
    from: view.from,
    to: view.to,
    title,
    caption: `Events by mechanism, ${view.from}–${view.to}; the shaded bands are the periods in power.`,
    source,
    legend,
    notes: [],
    table: {
      caption: `Events on the timeline, ${view.from}–${view.to}`,
      columns: ["Date", "Leader", "Mechanism", "Event"],
      rows: points.map((p) => [p.date, who(p), p.mechanism, p.title]),
    },
    unit: null,
    empty: points.length === 0 ? `No dated event of these mechanisms falls in ${view.from}–${view.to}.` : null,
  };
}
