// The one definition of the essay page's URL state: `verdict` (one verdict or absent) and `m`
// (comma-separated mechanism slugs). The page resolves it with resolveEssayView; links are
// built with serializeEssayView, so the format cannot drift. Defaults are left out of the URL.
import { createSerializer, parseAsArrayOf, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { verdicts, type Verdict } from "./essay/verdicts";

export const essayParsers = {
  verdict: parseAsStringLiteral(verdicts),
  m: parseAsArrayOf(parseAsString, ",").withDefault([]),
};

export type EssayView = { verdict: Verdict | null; m: string[] };
export const defaultEssayView: EssayView = { verdict: null, m: [] };

/** "?verdict=contradicted&m=secret-police,purges" (defaults omitted); pass "/essay" as base for a path. */
export const serializeEssayView = createSerializer(essayParsers);

export type RawSearchParams = Record<string, string | string[] | undefined>;
export type EssayCatalog = { mechanisms: readonly { slug: string }[] };

const show = (value: string) => `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;

/**
 * Parses a request's search params into a valid essay view. An invalid verdict or an unknown
 * mechanism falls back to the default and is named in `notices`, never thrown. `m` may come
 * comma-separated (shared links) or repeated (the plain HTML form submits one `m` per checkbox).
 */
export function resolveEssayView(raw: RawSearchParams, catalog: EssayCatalog): { view: EssayView; notices: string[] } {
  const notices: string[] = [];
  const view: EssayView = { ...defaultEssayView, m: [] };

  let verdict = raw.verdict;
  if (Array.isArray(verdict)) {
    if (verdict.length > 1) notices.push(`The parameter "verdict" was given ${verdict.length} times; only the first was used.`);
    verdict = verdict[0];
  }
  if (verdict !== undefined && verdict !== "") {
    const parsed = essayParsers.verdict.parse(verdict);
    if (parsed === null) notices.push(`Ignored verdict=${show(verdict)}: the verdict must be one of ${verdicts.join(", ")}.`);
    else view.verdict = parsed;
  }

  const rawM = raw.m === undefined ? [] : Array.isArray(raw.m) ? raw.m : [raw.m];
  const wanted = [...new Set(rawM.flatMap((value) => essayParsers.m.parse(value) ?? []).map((s) => s.trim()).filter(Boolean))];
  const known = new Set(catalog.mechanisms.map((m) => m.slug));
  const unknown = wanted.filter((s) => !known.has(s));
  if (unknown.length > 0) {
    const named = unknown.slice(0, 5).map(show).join(", ") + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : "");
    notices.push(`Ignored unknown mechanism${unknown.length > 1 ? "s" : ""} ${named}.`);
  }
  // In the catalog's order, so the same selection always makes the same link.
  const chosen = new Set(wanted);
  view.m = catalog.mechanisms.map((m) => m.slug).filter((s) => chosen.has(s));

  return { view, notices };
}
