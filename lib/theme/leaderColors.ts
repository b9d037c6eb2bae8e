// The two leaders' colours, written once: the page's CSS variables (app/layout.tsx writes
// leaderColorCss into the document), the preview image (app/og) and anything else drawn outside
// the page's stylesheet. A colour-blind-safe pair: Okabe–Ito vermilion and blue.
export type LeaderSide = "a" | "b";

export const leaderColors = {
  /** On a light background; vermilion darkened from #d55e00 so small text keeps 4.5:1. */
  light: { a: "#b34a00", b: "#0072b2" },
  dark: { a: "#f08c4a", b: "#56b4e9" },
  /** Behind white text (intensity chips): dark enough for 4.5:1 in both themes. */
  strong: { a: "#a64500", b: "#005a8c" },
  strongDark: { a: "#8a3a00", b: "#005a8c" },
} as const;

const vars = (c: { a: string; b: string }, s: { a: string; b: string }) =>
  `--leader-a:${c.a};--leader-b:${c.b};--leader-a-strong:${s.a};--leader-b-strong:${s.b}`;

/** The CSS variables for light, dark and print; app/globals.css maps them to Tailwind colours. */
export const leaderColorCss =
  `:root{${vars(leaderColors.light, leaderColors.strong)}}` +
  `@media (prefers-color-scheme: dark){:root{${vars(leaderColors.dark, leaderColors.strongDark)}}}` +
  `@media print{:root{${vars(leaderColors.light, leaderColors.strong)}}}`;
