// One way to read a query string, shared by the pages and the API (after Grapher's query-param
// parser): each parameter comes out valid, invalid with a reason, or missing. What to do with an
// invalid one is the caller's choice: a page falls back to the default (or to what could be
// salvaged) and shows a notice; the API answers 400 naming the parameter and the reason.
import type { z } from "zod";

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** What can still be used of an invalid value, and how a notice says what was done. */
export type Salvage<T> = { value: T; note: string };

export type Parsed<T> =
  | { status: "missing" }
  | { status: "valid"; value: T }
  | { status: "invalid"; given: string; reason: string; salvage?: Salvage<T> };

/** A problem found in a well-formed value (an unknown slug, a year out of range...). */
export type Problem<T> = { reason: string; salvage?: Salvage<T> };

export type ParamSpec<T, Context> = {
  /** The nuqs parser the URL state uses for this key: string → value, or null when it is not one. */
  parser: { parse: (value: string) => T | null };
  /** The reason given when the parser refuses the value. */
  invalid: string;
  /** Tidies a parsed value (trimmed, deduplicated) before it is checked. */
  normalise?: (value: T) => T;
  /** The current name of a value that has an older one (a renamed series), silently, before it is checked. */
  canonical?: (value: T, context: Context) => T;
  /** What a value may be, as a zod schema: checked, and shown in the OpenAPI document. */
  schema?: z.ZodType<T>;
  /** Checks a value against the dataset (or anything the schema cannot say). */
  check?: (value: T, context: Context) => Problem<T> | null;
  /** Older names of this key, so links made before a rename keep working. */
  aliases?: readonly string[];
  /** A comma-separated list: repeating the key is explained with a hint, or merged (HTML forms). */
  list?: "comma" | "merge-repeated";
};

// Specs are stored side by side with different value types; each is only ever used with its own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySpec<Context> = ParamSpec<any, Context>;
export type SpecValue<S> = S extends ParamSpec<infer T, never> ? T : never;
export type ParsedRecord<Specs> = { [K in keyof Specs]: Parsed<SpecValue<Specs[K]>> };

/** A value cut so a long one cannot fill a notice or an error answer. */
export function cut(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** A value as notices and issues quote it. */
export function quote(value: string): string {
  return `"${cut(value)}"`;
}

/**
 * The values given for a key. Own properties only: Next.js builds this record by plain
 * assignment, so "?__proto__=x" swaps its prototype and inherited names would otherwise arrive.
 */
function givenValues(raw: RawSearchParams, names: readonly string[]): string[] {
  for (const name of names) {
    if (!Object.hasOwn(raw, name)) continue;
    const found = raw[name];
    const values = (Array.isArray(found) ? found : [found]).filter((v): v is string => typeof v === "string");
    if (values.length > 0) return values;
  }
  return [];
}

export function parseParam<T, Context>(name: string, spec: ParamSpec<T, Context>, raw: RawSearchParams, context: Context): Parsed<T> {
  const values = givenValues(raw, [name, ...(spec.aliases ?? [])]).filter((v) => v.trim() !== "");
  if (values.length === 0) return { status: "missing" };
  const merge = spec.list === "merge-repeated";
  const one = parseValue(spec, merge ? values.join(",") : (values[0] ?? ""), context);
  if (values.length > 1 && !merge) {
    const hint = spec.list === "comma" ? `; separate values with commas, e.g. ${name}=x,y` : "";
    const reason = `given ${values.length} times${hint}`;
    const salvage = one.status === "valid" ? { salvage: { value: one.value, note: "only the first was used" } } : {};
    return { status: "invalid", given: values.join(", "), reason, ...salvage };
  }
  return one;
}

function parseValue<T, Context>(spec: ParamSpec<T, Context>, given: string, context: Context): Parsed<T> {
  const parsed = spec.parser.parse(given);
  if (parsed === null) return { status: "invalid", given, reason: spec.invalid };
  const tidied = spec.normalise ? spec.normalise(parsed) : parsed;
  const value = spec.canonical ? spec.canonical(tidied, context) : tidied;
  const problem = spec.check?.(value, context);
  if (problem) return { status: "invalid", given, ...problem };
  if (spec.schema) {
    const checked = spec.schema.safeParse(value);
    if (!checked.success) return { status: "invalid", given, reason: describe(checked.error, value) };
  }
  return { status: "valid", value };
}

/** Parses every key of `specs` (or only those in `only`; the others come out missing). */
export function parseParams<Context, Specs extends Record<string, AnySpec<Context>>>(
  specs: Specs,
  raw: RawSearchParams,
  context: Context,
  only?: readonly (keyof Specs)[],
): ParsedRecord<Specs> {
  const out: Record<string, Parsed<unknown>> = {};
  for (const name of Object.keys(specs)) {
    const spec = specs[name] as AnySpec<Context>;
    out[name] = only && !only.includes(name) ? { status: "missing" } : parseParam(name, spec, raw, context);
  }
  return out as ParsedRecord<Specs>;
}

/** The value a page uses: the valid one, what could be salvaged, or the default. */
export function valueOr<T, F = T>(parsed: Parsed<T>, fallback: F): T | F {
  if (parsed.status === "valid") return parsed.value;
  if (parsed.status === "invalid" && parsed.salvage) return parsed.salvage.value;
  return fallback;
}

/** The sentence a page shows for an invalid parameter. */
export function noticeFor(name: string, parsed: Parsed<unknown>): string | null {
  if (parsed.status !== "invalid") return null;
  const where = `${name}=${quote(parsed.given)}`;
  return parsed.salvage ? `In ${where}: ${parsed.reason}; ${parsed.salvage.note}.` : `Ignored ${where}: ${parsed.reason}.`;
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

function describe(error: z.ZodError, value: unknown): string {
  return error.issues
    .map((issue) => {
      const index = issue.path[0];
      const item = typeof index === "number" && Array.isArray(value) ? value[index] : undefined;
      return typeof item === "string" ? `${quote(item)} ${issue.message}` : issue.message;
    })
    .join("; ");
}
