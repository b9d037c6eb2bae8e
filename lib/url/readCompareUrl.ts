// How the server reads the compare view from a request: the rules each key's value must meet
// (on top of its parser in lib/url/compareUrl.ts) and the rules that tie keys together. The compare
// page, its metadata, downloads, embeds and the preview image call resolveView (invalid values
// fall back to defaults, with notices); the API calls parseView and turns "invalid" into a 400.
import { z } from "zod";
import {
  noticeFor,
  parseParams,
  quote,
  valueOr,
  type ParamSpec,
  type Parsed,
  type ParsedRecord,
  type RawSearchParams,
} from "./parseParams";
import {
  categoryValues,
  chartValues,
  columnIds,
  defaultView,
  eventsValues,
  figuresValues,
  normValues,
  orderValues,
  SEARCH_MAX,
  viewParsers,
  YEAR_MAX,
  YEAR_MIN,
  type ViewKey,
  type ViewState,
} from "./compareUrl";

export { searchParamsToRecord, type RawSearchParams } from "./parseParams";

/** What exists in the dataset, to check slugs in the URL against. */
export type ViewCatalog = {
  leaders: readonly string[];
  mechanisms: readonly { slug: string; category: string }[];
  /** Each series with its earlier slugs (`aliases`), which links made before a rename still use. */
  metrics: readonly { slug: string; aliases: readonly string[] }[];
  events: readonly string[];
};

const unique = <T,>(items: readonly T[]) => [...new Set(items)];
const plural = (n: number, word: string) => `${word}${n > 1 ? "s" : ""}`;
const leaderSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug (letters, digits, hyphens)");
const year = (side: string) =>
  z
    .int()
    .min(YEAR_MIN, `must be between ${YEAR_MIN} and ${YEAR_MAX}`)
    .max(YEAR_MAX, `must be between ${YEAR_MIN} and ${YEAR_MAX}`)
    .meta({ description: `${side} year, ${YEAR_MIN}–${YEAR_MAX}` });

/** Keeps the known slugs of a list; names the unknown ones. */
function knownSlugs(wanted: readonly string[], known: readonly string[], noun: string) {
  const unknown = wanted.filter((s) => !known.includes(s));
  if (unknown.length === 0) return null;
  const kept = wanted.filter((s) => known.includes(s));
  const named = unknown.slice(0, 5).map(quote).join(", ") + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : "");
  return {
    reason: `unknown ${plural(unknown.length, noun)} ${named}`,
    ...(kept.length > 0 ? { salvage: { value: kept, note: "the others were kept" } } : {}),
  };
}

type Spec<K extends ViewKey> = ParamSpec<ViewState[K], ViewCatalog>;
const leader = <K extends "a" | "b">(key: K): Spec<K> => ({
  parser: viewParsers[key],
  invalid: "not a leader",
  schema: leaderSlug,
  check: (slug, catalog) => (catalog.leaders.includes(slug) ? null : { reason: `no leader ${quote(slug)} in the dataset` }),
});
const trimmedList = (items: string[]) => unique(items.map((s) => s.trim()).filter(Boolean));

/** How each key is read from a URL and what makes its value wrong. */
export const viewParams: { [K in ViewKey]: Spec<K> } = {
  a: leader("a"),
  b: leader("b"),
  cat: { parser: viewParsers.cat, invalid: `must be one of ${categoryValues.join(", ")}`, schema: z.enum(categoryValues) },
  m: {
    parser: viewParsers.m,
    invalid: "not a list of mechanisms",
    list: "comma",
    aliases: ["mechanisms"], // the name before it became "m"
    normalise: trimmedList,
    schema: z.array(leaderSlug),
    check: (slugs, catalog) => knownSlugs(slugs, catalog.mechanisms.map((m) => m.slug), "mechanism"),
  },
  from: { parser: viewParsers.from, invalid: "not a year", schema: year("First") },
  to: { parser: viewParsers.to, invalid: "not a year", schema: year("Last") },
  q: {
    parser: viewParsers.q,
    invalid: "not a search",
    normalise: (q) => q.trim(),
    schema: z.string().max(SEARCH_MAX, `longer than ${SEARCH_MAX} characters`),
    check: (q) =>
      q.length > SEARCH_MAX
        ? {
            reason: `longer than ${SEARCH_MAX} characters`,
            salvage: { value: q.slice(0, SEARCH_MAX).trim(), note: `cut to its first ${SEARCH_MAX} characters` },
          }
        : null,
  },
  chart: { parser: viewParsers.chart, invalid: `must be one of ${chartValues.join(", ")}` },
  series: {
    parser: viewParsers.series,
    invalid: "not a series",
    // A renamed series' old slug is read as its new one, without a notice: the link still shows what it showed.
    canonical: (slug, catalog) => catalog.metrics.find((m) => m.aliases.includes(slug))?.slug ?? slug,
    check: (slug, catalog) => (catalog.metrics.some((m) => m.slug === slug) ? null : { reason: "no such series in the dataset" }),
  },
  norm: { parser: viewParsers.norm, invalid: `must be one of ${normValues.join(", ")}` },
  sort: { parser: viewParsers.sort, invalid: `not a column to sort by (${columnIds.join(", ")}, then .asc or .desc)` },
  hide: {
    parser: viewParsers.hide,
    invalid: `columns are ${columnIds.filter((c) => c !== "mechanism").join(", ")}`,
    list: "comma",
    // The mechanism column names the rows: it cannot be hidden.
    normalise: (ids) => unique(ids).filter((id) => id !== "mechanism"),
  },
  open: {
    parser: viewParsers.open,
    invalid: "not a list of mechanisms",
    list: "comma",
    normalise: trimmedList,
    check: (slugs, catalog) => knownSlugs(slugs, catalog.mechanisms.map((m) => m.slug), "mechanism"),
  },
  event: {
    parser: viewParsers.event,
    invalid: "not an event",
    check: (slug, catalog) => (catalog.events.includes(slug) ? null : { reason: "no such event in the dataset" }),
  },
  events: { parser: viewParsers.events, invalid: `must be one of ${eventsValues.join(", ")}` },
  order: { parser: viewParsers.order, invalid: `must be one of ${orderValues.join(", ")}` },
  figures: { parser: viewParsers.figures, invalid: `must be one of ${figuresValues.join(", ")}` },
};

export type ParsedView = ParsedRecord<typeof viewParams>;

/**
 * Links made before a change of the URL format, rewritten to what they meant. The contested
 * figures used to be a section of their own, with `figures=table` showing their table; they are
 * now a chart tab, so such a link opens that tab.
 */
function migrateLink(raw: RawSearchParams): RawSearchParams {
  if (raw.figures === "table" && !Object.hasOwn(raw, "chart")) return { ...raw, chart: "figures" };
  return raw;
}

/**
 * Reads a request's search params: each key valid, invalid with a reason, or missing. Rules that
 * tie two keys together are checked here too: the two leaders must differ (the key the request
 * gave is blamed), and "from" may not be after "to".
 */
export function parseView(raw: RawSearchParams, catalog: ViewCatalog, only?: readonly ViewKey[]): ParsedView {
  const parsed = parseParams(viewParams, migrateLink(raw), catalog, only);
  const value = <K extends ViewKey>(key: K) => valueOr(parsed[key] as Parsed<ViewState[K]>, defaultView[key]);

  if (parsed.a.status !== "invalid" && parsed.b.status !== "invalid" && value("a") === value("b")) {
    const culprit = parsed.b.status === "valid" || parsed.a.status === "missing" ? "b" : "a";
    const other = culprit === "a" ? "b" : "a";
    const slug = value("a");
    const reason =
      parsed[other].status === "valid"
        ? `names the same leader as ${other} (${quote(slug)})`
        : `names the same leader as ${other}, whose default is ${quote(slug)}; give ${other} as well`;
    parsed[culprit] = { status: "invalid", given: slug, reason };
  }
  if (parsed.from.status === "valid" && parsed.to.status !== "invalid" && value("from") > value("to")) {
    parsed.from = { status: "invalid", given: String(value("from")), reason: `after to (${value("from")} > ${value("to")})` };
  } else if (parsed.to.status === "valid" && parsed.from.status !== "valid" && value("to") < defaultView.from) {
    // Only "to" was given, before the default first year: say so rather than show an empty range.
    parsed.to = { status: "invalid", given: String(value("to")), reason: `before from, whose default is ${defaultView.from}; give from as well` };
  }
  return parsed;
}

/**
 * The view a page shows for a request: every invalid or unknown value falls back to its default
 * (or to the part of it that could be used) and is named in `notices`, never thrown.
 */
export function resolveView(raw: RawSearchParams, catalog: ViewCatalog): { view: ViewState; notices: string[] } {
  const parsed = parseView(raw, catalog);
  const view = Object.fromEntries(
    (Object.keys(viewParams) as ViewKey[]).map((key) => [key, valueOr(parsed[key] as Parsed<unknown>, defaultView[key])]),
  ) as ViewState;
  // Both leaders are refused or were the same: the default pair, which always differs.
  if (view.a === view.b) {
    view.a = defaultView.a;
    view.b = defaultView.b;
  }
  const notices = (Object.keys(viewParams) as ViewKey[]).flatMap((key) => noticeFor(key, parsed[key]) ?? []);
  return { view, notices };
}
