// The one definition of the compare view's URL state. The server page (resolveView), the
// client controls (useQueryStates(viewParsers)) and the share-link builder (serializeView) all
// use these parsers, so the link format cannot drift. Defaults are left out of the URL.
import { createParser, createSerializer, parseAsArrayOf, parseAsString, parseAsStringLiteral } from "nuqs/server";

export const YEAR_MIN = 1917;
export const YEAR_MAX = 1953;
export const SEARCH_MAX = 200;

export const categoryValues = ["all", "tools-of-power", "policy", "goals"] as const;
export const chartValues = ["intensity", "timeline", "series", "totals"] as const;
export const normValues = ["total", "per-year"] as const;
export const eventsValues = ["first", "all"] as const;
/** How many events the compare view lists before "Show all". */
export const EVENTS_SHOWN = 25;
/** Table columns a reader can sort by or hide. */
export const columnIds = ["mechanism", "a", "b", "relation"] as const;
export type ColumnId = (typeof columnIds)[number];

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

const slugList = parseAsArrayOf(parseAsString.withOptions({}), ",");

export const viewParsers = {
  a: parseAsString.withDefault("lenin"),
  b: parseAsString.withDefault("stalin"),
  cat: parseAsStringLiteral(categoryValues).withDefault("all"),
  m: slugList.withDefault([]),
  from: parseAsYear.withDefault(YEAR_MIN),
  to: parseAsYear.withDefault(YEAR_MAX),
  q: parseAsString.withDefault(""),
  chart: parseAsStringLiteral(chartValues).withDefault("intensity"),
  series: parseAsString.withDefault("vdem-civil-liberties"),
  norm: parseAsStringLiteral(normValues).withDefault("total"),
  sort: parseAsSort,
  hide: parseAsArrayOf(parseAsStringLiteral(columnIds), ",").withDefault([]),
  open: slugList.withDefault([]),
  event: parseAsString.withDefault(""),
  events: parseAsStringLiteral(eventsValues).withDefault("first"),
};

export type ViewKey = keyof typeof viewParsers;
export type ViewState = {
  a: string;
  b: string;
  cat: (typeof categoryValues)[number];
  m: string[];
  from: number;
  to: number;
  q: string;
  chart: (typeof chartValues)[number];
  series: string;
  norm: (typeof normValues)[number];
  sort: { id: ColumnId; desc: boolean } | null;
  hide: ColumnId[];
  open: string[];
  event: string;
  events: (typeof eventsValues)[number];
};

export const defaultView: ViewState = {
  a: "lenin",
  b: "stalin",
  cat: "all",
  m: [],
  from: YEAR_MIN,
  to: YEAR_MAX,
  q: "",
  chart: "intensity",
  series: "vdem-civil-liberties",
  norm: "total",
  sort: null,
  hide: [],
  open: [],
  event: "",
  events: "first",
};

/** Builds the query string of a view (defaults omitted), e.g. "?m=censorship&from=1918". */
export const serializeView = createSerializer(viewParsers);

/** What exists in the dataset, to check slugs in the URL against. */
export type ViewCatalog = {
  leaders: string[];
  mechanisms: { slug: string; category: string }[];
  metrics: string[];
  events: string[];
};

export type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * Parses a request's search params into a valid view. Anything invalid or unknown falls back
 * to the default for that parameter and is reported in `notices`, never thrown.
 */
export function resolveView(raw: RawSearchParams, catalog: ViewCatalog): { view: ViewState; notices: string[] } {
  const notices: string[] = [];
  const show = (value: string) => `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;

  const one = (key: ViewKey): string | undefined => {
    // Own string values only: Next.js builds this record by plain assignment, so "?__proto__=x"
    // swaps its prototype and inherited names (sort…) would otherwise arrive as functions.
    const own = (name: string) => (Object.hasOwn(raw, name) ? raw[name] : undefined);
    // Old links used "mechanisms" before it became "m"; keep them working.
    const found = own(key) ?? (key === "m" ? own("mechanisms") : undefined);
    const values = (Array.isArray(found) ? found : [found]).filter((v): v is string => typeof v === "string");
    if (values.length > 1) notices.push(`The parameter "${key}" was given ${values.length} times; only the first was used.`);
    return values[0];
  };

  function parsed<K extends ViewKey>(key: K, label: string): ViewState[K] {
    const value = one(key);
    if (value === undefined || value === "") return defaultView[key];
    const result = viewParsers[key].parse(value) as ViewState[K] | null;
    if (result === null) {
      notices.push(`Ignored ${key}=${show(value)}: ${label}.`);
      return defaultView[key];
    }
    return result;
  }

  const view: ViewState = { ...defaultView };

  const leaderA = parsed("a", "not a leader in the dataset");
  const leaderB = parsed("b", "not a leader in the dataset");
  for (const [key, slug] of [["a", leaderA], ["b", leaderB]] as const) {
    if (catalog.leaders.includes(slug)) view[key] = slug;
    else notices.push(`Ignored ${key}=${show(slug)}: no leader by that name in the dataset.`);
  }
  if (view.a === view.b) {
    notices.push(`Both sides named the same leader (${show(view.a)}); showing the default pair.`);
    view.a = defaultView.a;
    view.b = defaultView.b;
  }

  view.cat = parsed("cat", `the category must be one of ${categoryValues.join(", ")}`);

  const known = new Set(catalog.mechanisms.map((m) => m.slug));
  const wanted = [...new Set(parsed("m", "not a list of mechanisms"))];
  const unknown = wanted.filter((s) => !known.has(s));
  if (unknown.length > 0) {
    notices.push(`Ignored unknown mechanism${unknown.length > 1 ? "s" : ""} ${unknown.slice(0, 5).map(show).join(", ")}.`);
  }
  view.m = wanted.filter((s) => known.has(s));

  const from = parsed("from", "not a year");
  const to = parsed("to", "not a year");
  const inRange = (y: number) => y >= YEAR_MIN && y <= YEAR_MAX;
  if (!inRange(from) || !inRange(to)) {
    notices.push(`Ignored the years ${from}–${to}: the dashboard covers ${YEAR_MIN}–${YEAR_MAX}.`);
  } else if (from > to) {
    notices.push(`Ignored the years ${from}–${to}: "From" is after "To".`);
  } else {
    view.from = from;
    view.to = to;
  }

  const q = parsed("q", "not a search");
  if (q.length > SEARCH_MAX) notices.push(`The search was cut to its first ${SEARCH_MAX} characters.`);
  view.q = q.slice(0, SEARCH_MAX).trim();

  view.chart = parsed("chart", `the chart must be one of ${chartValues.join(", ")}`);
  const series = parsed("series", "not a series");
  if (catalog.metrics.includes(series)) view.series = series;
  else notices.push(`Ignored series=${show(series)}: no such series in the dataset.`);
  view.norm = parsed("norm", `must be one of ${normValues.join(", ")}`);
  view.sort = parsed("sort", "not a column to sort by");
  view.hide = [...new Set(parsed("hide", `columns are ${columnIds.join(", ")}`))].filter((c) => c !== "mechanism");
  view.open = parsed("open", "not a list of mechanisms").filter((s) => known.has(s));
  const event = parsed("event", "not an event");
  if (event === "" || catalog.events.includes(event)) view.event = event;
  else notices.push(`Ignored event=${show(event)}: no such event in the dataset.`);
  view.events = parsed("events", `must be one of ${eventsValues.join(", ")}`);

  return { view, notices };
}

/** A URLSearchParams as the record Next.js gives pages (repeated keys become arrays). */
export function searchParamsToRecord(params: URLSearchParams): RawSearchParams {
  // No prototype: "__proto__" and "constructor" are keys like any other.
  const out: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of params) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
