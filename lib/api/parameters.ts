// The API's query parameters. The dashboard's filters are parsed by the dashboard's own parsers
// (viewParsers, essayParsers), so a query string means the same thing on the page and in the
// API. Where the page falls back to defaults with a notice, the API refuses the request and
// names every bad or unknown parameter.
import { parseAsStringLiteral } from "nuqs/server";
import { z } from "zod";
import { slug, sourceKinds, verdicts } from "../dataset/schema";
import { essayParsers } from "../essayState";
import { categoryValues, defaultView, SEARCH_MAX, searchParamsToRecord, viewParsers, YEAR_MAX, YEAR_MIN } from "../viewState";
import type { ParameterIssue } from "./schemas";

type Definition<T, D extends T | null> = {
  /** The parser the dashboard uses for this parameter: string → value, or null when it is not one. */
  parser: { parse: (value: string) => T | null };
  /** The reason given when the parser refuses the value. */
  invalid: string;
  /** What a parsed value may be; checks it and describes it in the OpenAPI document. */
  value: z.ZodType<T>;
  /** The value when the parameter is absent (null: no filter). */
  default: D;
  description: string;
  /** Comma-separated list (OpenAPI style=form, explode=false). */
  list?: boolean;
};

const define = <T, D extends T | null>(definition: Definition<T, D>) => definition;

const year = (side: string) =>
  z
    .int()
    .min(YEAR_MIN, `must be between ${YEAR_MIN} and ${YEAR_MAX}`)
    .max(YEAR_MAX, `must be between ${YEAR_MIN} and ${YEAR_MAX}`)
    .meta({ description: `${side} year, ${YEAR_MIN}–${YEAR_MAX}` });

export const apiParameters = {
  a: define({
    parser: viewParsers.a,
    invalid: "not a leader",
    value: slug,
    default: defaultView.a,
    description: "The first leader compared (a leader's slug, see /leaders).",
  }),
  b: define({
    parser: viewParsers.b,
    invalid: "not a leader",
    value: slug,
    default: defaultView.b,
    description: "The second leader compared; must differ from `a`.",
  }),
  cat: define({
    parser: viewParsers.cat,
    invalid: `must be one of ${categoryValues.join(", ")}`,
    value: z.enum(categoryValues),
    default: defaultView.cat,
    description: "Only records about mechanisms of this category.",
  }),
  m: define({
    parser: viewParsers.m,
    invalid: "not a list of mechanisms",
    value: z.array(slug),
    default: defaultView.m,
    description: "Only records about any of these mechanisms (comma-separated slugs, see /mechanisms).",
    list: true,
  }),
  from: define({
    parser: viewParsers.from,
    invalid: "not a year",
    value: year("First"),
    default: defaultView.from,
    description: `Only records from this year on (four digits, ${YEAR_MIN}–${YEAR_MAX}).`,
  }),
  to: define({
    parser: viewParsers.to,
    invalid: "not a year",
    value: year("Last"),
    default: defaultView.to,
    description: `Only records up to this year (four digits, ${YEAR_MIN}–${YEAR_MAX}); not before \`from\`.`,
  }),
  q: define({
    parser: viewParsers.q,
    invalid: "not a search",
    value: z.string().max(SEARCH_MAX, `longer than ${SEARCH_MAX} characters`),
    default: defaultView.q,
    description: "Only records whose texts contain this (case- and accent-insensitive).",
  }),
  verdict: define({
    parser: essayParsers.verdict,
    invalid: `must be one of ${verdicts.join(", ")}`,
    value: z.enum(verdicts),
    default: null,
    description: "Only claims with this verdict.",
  }),
  kind: define({
    parser: parseAsStringLiteral(sourceKinds),
    invalid: `must be one of ${sourceKinds.join(", ")}`,
    value: z.enum(sourceKinds),
    default: null,
    description: "Only sources of this kind.",
  }),
};

export type ApiParameterName = keyof typeof apiParameters;
export const apiParameterNames = Object.keys(apiParameters) as ApiParameterName[];

type ValueOf<P> = P extends Definition<infer T, infer D> ? T | D : never;
/** Every filter with its effective value (the default when the request did not give it). */
export type ApiFilters = { [K in ApiParameterName]: ValueOf<(typeof apiParameters)[K]> };

export const defaultFilters = Object.fromEntries(apiParameterNames.map((name) => [name, apiParameters[name].default])) as ApiFilters;

/** The filter values an endpoint reports in its `meta.filters`, as a zod object. */
export function filtersSchema(names: readonly ApiParameterName[]) {
  return z.strictObject(
    Object.fromEntries(
      names.map((name) => {
        const p: Definition<unknown, unknown> = apiParameters[name];
        return [name, p.default === null ? p.value.nullable() : p.value];
      }),
    ),
  );
}

/** What the slugs in a request are checked against. */
export type Vocabulary = { leaders: readonly string[]; mechanisms: readonly string[] };

export type ParsedParameters = { ok: true; filters: ApiFilters } | { ok: false; issues: ParameterIssue[] };

/** A value as the issues quote it, cut so a long one cannot fill the answer. */
export const quote = (value: string) => `"${cut(value)}"`;
const cut = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * Parses a request's query string for an endpoint that takes the `allowed` parameters. Every
 * problem is reported, one issue per parameter: unknown or repeated parameters, values the
 * dashboard's parser refuses, values out of range, slugs not in the dataset.
 */
export function parseApiParameters(
  search: URLSearchParams,
  allowed: readonly ApiParameterName[],
  vocabulary: Vocabulary,
): ParsedParameters {
  const issues: ParameterIssue[] = [];
  const filters: Record<string, unknown> = { ...defaultFilters };
  const given = new Set<ApiParameterName>();
  const isAllowed = (name: string): name is ApiParameterName => (allowed as readonly string[]).includes(name);

  for (const [name, raw] of Object.entries(searchParamsToRecord(search))) {
    if (!isAllowed(name)) {
      issues.push({ parameter: cut(name), reason: unknownReason(name, allowed) });
      continue;
    }
    if (Array.isArray(raw)) {
      const hint = apiParameters[name].list ? `; separate values with commas, e.g. ${name}=x,y` : "";
      issues.push({ parameter: name, reason: `given ${raw.length} times${hint}` });
      continue;
    }
    if (raw === undefined || raw.trim() === "") continue;
    const definition: Definition<unknown, unknown> = apiParameters[name];
    const parsed = definition.parser.parse(raw);
    if (parsed === null) {
      issues.push({ parameter: name, reason: definition.invalid });
      continue;
    }
    const value = normalise(parsed);
    const checked = definition.value.safeParse(value);
    if (!checked.success) {
      issues.push({ parameter: name, reason: describe(checked.error, value) });
      continue;
    }
    filters[name] = checked.data;
    given.add(name);
  }

  const result = filters as ApiFilters;
  const bad = new Set(issues.map((i) => i.parameter));
  const check = (name: ApiParameterName) => given.has(name) && !bad.has(name);

  for (const side of ["a", "b"] as const) {
    if (check(side) && !vocabulary.leaders.includes(result[side])) {
      issues.push({ parameter: side, reason: `no leader ${quote(result[side])} in the dataset` });
      bad.add(side);
    }
  }
  if (isAllowed("a") && !bad.has("a") && !bad.has("b") && result.a === result.b) {
    // Name the parameter the request gave; with only one given, the other is its default.
    const culprit = given.has("b") || !given.has("a") ? "b" : "a";
    const other = culprit === "a" ? "b" : "a";
    const reason = given.has(other)
      ? `names the same leader as ${other} (${quote(result.a)})`
      : `names the same leader as ${other}, whose default is ${quote(result.a)}; give ${other} as well`;
    issues.push({ parameter: culprit, reason });
  }
  if (check("m")) {
    const known = new Set(vocabulary.mechanisms);
    const unknown = result.m.filter((s) => !known.has(s));
    if (unknown.length > 0) {
      issues.push({ parameter: "m", reason: `unknown mechanism${unknown.length > 1 ? "s" : ""} ${unknown.map(quote).join(", ")}` });
    }
  }
  if (check("from") && !bad.has("to") && result.from > result.to) {
    issues.push({ parameter: "from", reason: `after to (${result.from} > ${result.to})` });
  }

  if (issues.length === 0) return { ok: true, filters: result };
  // In the order the request gave the parameters.
  const order = [...new Set(search.keys())].map(cut);
  return { ok: false, issues: issues.sort((x, y) => order.indexOf(x.parameter) - order.indexOf(y.parameter)) };
}

function unknownReason(name: string, allowed: readonly ApiParameterName[]): string {
  if (name === "mechanisms" && allowed.includes("m")) return 'unknown parameter; did you mean "m"?';
  return allowed.length === 0
    ? "unknown parameter; this endpoint takes no parameters"
    : `unknown parameter; this endpoint takes ${allowed.join(", ")}`;
}

/** Trims searches and list items, drops empty and repeated items: "a, b,,a" means [a, b]. */
function normalise(value: unknown): unknown {
  if (typeof value === "string") return value.trim();
  if (Array.isArray(value)) return [...new Set(value.map((v) => (typeof v === "string" ? v.trim() : v)).filter((v) => v !== ""))];
  return value;
}

function describe(error: z.ZodError, value: unknown): string {
  return error.issues
    .map((issue) => {
      const index = issue.path[0];
      const item = typeof index === "number" && Array.isArray(value) ? value[index] : undefined;
      return typeof item === "string" ? `${quote(item)} ${issue.message}` : issue.message;
    })
    .join("; ");
}
