// The API's query parameters. Each is read by the same rule the pages use (viewParams for the
// compare view's filters, essayParams for the verdict), so a query string means the same thing
// on the page and in the API. Where a page falls back to defaults with a notice, the API refuses
// the request and names every bad or unknown parameter. This module adds only what an API needs
// on top: a description and a zod schema of each value for the OpenAPI document, and which
// parameters an endpoint takes.
import { parseAsStringLiteral } from "nuqs/server";
import { z } from "zod";
import { sourceKinds, verdicts } from "../dataset/vocabulary";
import { essayParams, type EssayCatalog } from "../url/essayUrl";
import { cut, parseParam, quote, searchParamsToRecord, type ParamSpec, type Parsed } from "../url/parseParams";
import { parseView, viewParams, type ViewCatalog } from "../url/readCompareUrl";
import { categoryValues, defaultView, filterKeys, YEAR_MAX, YEAR_MIN, type ViewState } from "../url/compareUrl";
import type { ParameterIssue } from "./schemas";

export { quote };

type Definition<T, D extends T | null> = {
  /** The value when the parameter is absent (null: no filter). */
  default: D;
  /** What a value may be, for the OpenAPI document. */
  value: z.ZodType<T>;
  description: string;
  /** Comma-separated list (OpenAPI style=form, explode=false). */
  list?: boolean;
};

const define = <T, D extends T | null>(definition: Definition<T, D>) => definition;
/** The zod schema the view's own rule checks a value with (it is also what the document shows). */
function schemaOf<K extends keyof typeof viewParams>(key: K): z.ZodType<ViewState[K]> {
  const schema = viewParams[key].schema;
  if (!schema) throw new Error(`viewParams.${key} has no schema to document`);
  return schema;
}

const kindParam: ParamSpec<(typeof sourceKinds)[number], unknown> = {
  parser: parseAsStringLiteral(sourceKinds),
  invalid: `must be one of ${sourceKinds.join(", ")}`,
};

export const apiParameters = {
  a: define({ default: defaultView.a, value: schemaOf("a"), description: "The first leader compared (a leader's slug, see /leaders)." }),
  b: define({ default: defaultView.b, value: schemaOf("b"), description: "The second leader compared; must differ from `a`." }),
  cat: define({ default: defaultView.cat, value: schemaOf("cat"), description: `Only records about mechanisms of this category (${categoryValues.join(", ")}).` }),
  m: define({
    default: defaultView.m,
    value: schemaOf("m"),
    description: "Only records about any of these mechanisms (comma-separated slugs, see /mechanisms).",
    list: true,
  }),
  from: define({ default: defaultView.from, value: schemaOf("from"), description: `Only records from this year on (four digits, ${YEAR_MIN}–${YEAR_MAX}).` }),
  to: define({
    default: defaultView.to,
    value: schemaOf("to"),
    description: `Only records up to this year (four digits, ${YEAR_MIN}–${YEAR_MAX}); not before \`from\`.`,
  }),
  q: define({ default: defaultView.q, value: schemaOf("q"), description: "Only records whose texts contain this (case- and accent-insensitive)." }),
  verdict: define({ default: null, value: z.enum(verdicts), description: "Only claims with this verdict." }),
  kind: define({ default: null, value: z.enum(sourceKinds), description: "Only sources of this kind." }),
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
export type Vocabulary = ViewCatalog & EssayCatalog;

export type ParsedParameters = { ok: true; filters: ApiFilters } | { ok: false; issues: ParameterIssue[] };

const isFilterKey = (name: string): name is (typeof filterKeys)[number] => (filterKeys as readonly string[]).includes(name);

/**
 * Parses a request's query string for an endpoint that takes the `allowed` parameters. Every
 * problem is reported, one issue per parameter: unknown or repeated parameters, values the
 * rule refuses, values out of range, slugs not in the dataset.
 */
export function parseApiParameters(
  search: URLSearchParams,
  allowed: readonly ApiParameterName[],
  vocabulary: Vocabulary,
): ParsedParameters {
  const raw = searchParamsToRecord(search);
  const isAllowed = (name: string): name is ApiParameterName => (allowed as readonly string[]).includes(name);
  const issues: ParameterIssue[] = Object.keys(raw)
    .filter((name) => !isAllowed(name))
    .map((name) => ({ parameter: cut(name), reason: unknownReason(name, allowed) }));

  const view = parseView(raw, vocabulary, allowed.filter(isFilterKey));
  const results: Partial<Record<ApiParameterName, Parsed<unknown>>> = {};
  for (const name of allowed) {
    if (isFilterKey(name)) results[name] = view[name];
    else if (name === "verdict") results[name] = parseParam(name, essayParams.verdict, raw, vocabulary);
    else if (name === "kind") results[name] = parseParam(name, kindParam, raw, vocabulary);
  }

  const filters: Record<string, unknown> = { ...defaultFilters };
  for (const [name, result] of Object.entries(results)) {
    if (result.status === "valid") filters[name] = result.value;
    else if (result.status === "invalid") issues.push({ parameter: name, reason: result.reason });
  }
  if (issues.length === 0) return { ok: true, filters: filters as ApiFilters };
  // In the order the request gave the parameters.
  const order = Object.keys(raw).map(cut);
  return { ok: false, issues: issues.sort((x, y) => order.indexOf(x.parameter) - order.indexOf(y.parameter)) };
}

function unknownReason(name: string, allowed: readonly ApiParameterName[]): string {
  if (viewParams.m.aliases?.includes(name) && allowed.includes("m")) return 'unknown parameter; did you mean "m"?';
  return allowed.length === 0
    ? "unknown parameter; this endpoint takes no parameters"
    : `unknown parameter; this endpoint takes ${allowed.join(", ")}`;
}
