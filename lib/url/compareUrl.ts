// The one definition of the compare view's URL state: each key's nuqs parser and default. The
// client controls (useQueryStates(viewParsers)), the share-link builder (serializeView) and the
// server's reading of a request (lib/url/readCompareUrl.ts: the rules a value must meet, used by the
// pages and the API) all start from these, so the link format cannot drift. Defaults are left
// out of the URL. No zod here: client components import this module.
import {
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";
import { columnIds, type ColumnId } from "../compare/sortKeys";

export { columnIds, type ColumnId } from "../compare/sortKeys";

/** The years a view may cover: Nicholas II's accession to Khrushchev's removal. */
export const YEAR_MIN = 1894;
export const YEAR_MAX = 1964;
/** The years of the plain address "/": Lenin's first year in power to Stalin's last. */
export const DEFAULT_FROM = 1917;
export const DEFAULT_TO = 1953;
export const SEARCH_MAX = 200;

export const categoryValues = ["all", "tools-of-power", "policy", "goals"] as const;
export const chartValues = ["intensity", "timeline", "series", "totals", "lineage", "figures", "before-after"] as const;
/** The contested figures as a chart only, or with the table of who says what. */
export const figuresValues = ["chart", "table"] as const;
export const normValues = ["total", "per-year"] as const;
export const eventsValues = ["first", "all"] as const;
/** The overview's row orders (lib/compare/overview.ts): by category then by the change, and others. */
export const orderValues = ["category", "change", "a", "b", "name"] as const;
/** How many events the compare view lists before "Show all". */
export const EVENTS_SHOWN = 12;

const parseAsYear = createParser({
  parse: (value) => (/^\d{4}$/.test(value) ? Number(value) : null),
  serialize: (value: number) => String(value),
});

/** "b.desc" → { id: "b", desc: true }: sort by the second leader's intensity, highest first. */
const parseAsSort = createParser({
  parse: (value) => {
    const [id, dir = "asc"] = value.split(".");
    if (!columnIds.includes(id as ColumnId) || (dir !== "asc" && dir !== "desc")) return null;
    return { id: id as ColumnId, desc: dir === "desc" };
  },
  serialize: (s: { id: ColumnId; desc: boolean }) => `${s.id}.${s.desc ? "desc" : "asc"}`,
  eq: (x, y) => x.id === y.id && x.desc === y.desc,
});

const slugList = parseAsArrayOf(parseAsString, ",");

export const viewParsers = {
  a: parseAsString.withDefault("lenin"),
  b: parseAsString.withDefault("stalin"),
  cat: parseAsStringLiteral(categoryValues).withDefault("all"),
  m: slugList.withDefault([]),
  from: parseAsYear.withDefault(DEFAULT_FROM),
  to: parseAsYear.withDefault(DEFAULT_TO),
  q: parseAsString.withDefault(""),
  chart: parseAsStringLiteral(chartValues).withDefault("intensity"),
  series: parseAsString.withDefault("vdem-civil-liberties"),
  norm: parseAsStringLiteral(normValues).withDefault("total"),
  sort: parseAsSort,
  hide: parseAsArrayOf(parseAsStringLiteral(columnIds), ",").withDefault([]),
  open: slugList.withDefault([]),
  event: parseAsString.withDefault(""),
  events: parseAsStringLiteral(eventsValues).withDefault("first"),
  order: parseAsStringLiteral(orderValues).withDefault("category"),
  figures: parseAsStringLiteral(figuresValues).withDefault("chart"),
};

export type ViewKey = keyof typeof viewParsers;
/** The compare view: every key with its value (the default when the URL leaves it out). */
export type ViewState = inferParserType<typeof viewParsers>;

/** The view of the plain address "/": each parser's own default (sort has none: null). */
export const defaultView = Object.fromEntries(
  Object.entries(viewParsers).map(([key, parser]) => [key, "defaultValue" in parser ? parser.defaultValue : null]),
) as ViewState;

/** The keys that choose which records a view holds: the filters the API shares with the page. */
export const filterKeys = ["a", "b", "cat", "m", "from", "to", "q"] as const satisfies readonly ViewKey[];
/**
 * Keys the browser applies on its own, without asking the server: the table's order and hidden
 * columns and the event selected on the timeline. Every other key (the chart tab included: tabs
 * are links, and only the chosen chart is sent) changes what the server renders, so changing it
 * navigates (components/compare/useView.ts).
 */
export const browserKeys = ["sort", "hide", "event"] as const satisfies readonly ViewKey[];
export type BrowserKey = (typeof browserKeys)[number];

/** The view with its browser-only keys at their defaults: what the server needs to render it. */
export function serverView(view: ViewState): ViewState {
  return { ...view, ...Object.fromEntries(browserKeys.map((key) => [key, defaultView[key]])) };
}

/** Builds the query string of a view (defaults omitted), e.g. "?m=censorship&from=1918". */
export const serializeView = createSerializer(viewParsers);
