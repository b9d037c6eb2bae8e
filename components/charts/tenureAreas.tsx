import { ReferenceArea } from "recharts";
import type { TenureBand } from "@/lib/charts/tenureBands";
import { chartTheme, leaderColor } from "@/lib/charts/chartTheme";

/** The leaders' periods in power, shaded behind a time-axis chart (called, not rendered, so Recharts sees the areas as its own children). */
export function tenureAreas(bands: readonly TenureBand[]) {
  return bands.map((band) => (
    <ReferenceArea
      key={band.leader}
      x1={band.start}
      x2={band.end}
      fill={leaderColor(band.side)}
      fillOpacity={band.side === "none" ? chartTheme.bandOpacity / 2 : chartTheme.bandOpacity}
      ifOverflow="hidden"
      label={band.name ? { value: band.name, position: "insideTopLeft", fill: chartTheme.tick.fill, fontSize: 12 } : undefined}
    />
  ));
}
