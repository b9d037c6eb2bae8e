// The one definition of the essay page's URL state: `verdict` (one verdict or absent) and `m`
// (mechanism slugs). The page resolves it with resolveEssayView; links are built with
// serializeEssayView; the API reads `verdict` with the same rule (essayParams). Defaults are
// left out of the URL.
import { createSerializer, parseAsArrayOf, parseAsString, parseAsStringLiteral, type inferParserType } from "nuqs/server";
import { verdicts } from "../essay/verdicts";
import { noticeFor, parseParams, quote, valueOr, type ParamSpec, type RawSearchParams } from "./parseParams";

export const essayParsers = {
  verdict: parseAsStringLiteral(verdicts),
  m: parseAsArrayOf(parseAsString, ",").withDefault([]),
};

export type EssayView = inferParserType<typeof essayParsers>;
export const defaultEssayView: EssayView = { verdict: null, m: [] };

/** "?verdict=contradicted&m=secret-police,purges" (defaults omitted); pass "/essay" as base for a path. */
export const serializeEssayView = createSerializer(essayParsers);

/** The id of the essay page's claims section: a card, the filter form and their links land there. */
export const CLAIMS_SECTION = "claims";

/**
 * A view of the essay page that opens at its claims ("/essay?verdict=contradicted#claims"), so
 * the results of a card or the filter form start on the reader's screen, with JavaScript or without.
 */
export function essayClaimsHref(view: Partial<EssayView>): string {
  return `${serializeEssayView("/essay", view)}#${CLAIMS_SECTION}`;
}

/** A claim's own page: the whole explanation and the sources, which the list leaves out. */
export function claimPath(slug: string): string {
  return `/essay/claims/${slug}`;
}

/** A claim in the essay page's list; other pages link here ("/essay#claim-…"), so the id stays. */
export function claimAnchor(slug: string): string {
  return `claim-${slug}`;
}

/** The historians' readings in full; each keeps the id "interpretation-…" on both pages. */
export const HISTORIANS_PATH = "/essay/historians";

export function interpretationAnchor(slug: string): string {
  return `interpretation-${slug}`;
}

export type EssayCatalog = { mechanisms: readonly { slug: string }[] };

export const essayParams: { [K in keyof EssayView]: ParamSpec<NonNullable<EssayView[K]>, EssayCatalog> } = {
  verdict: { parser: essayParsers.verdict, invalid: `must be one of ${verdicts.join(", ")}` },
  m: {
    parser: essayParsers.m,
    invalid: "not a list of mechanisms",
    // The page's plain HTML form submits one `m` per ticked box; shared links use commas.
    list: "merge-repeated",
    normalise: (slugs) => [...new Set(slugs.map((s) => s.trim()).filter(Boolean))],
    check: (slugs, catalog) => {
      const known = new Set(catalog.mechanisms.map((m) => m.slug));
      const unknown = slugs.filter((s) => !known.has(s));
      if (unknown.length === 0) return null;
      const kept = slugs.filter((s) => known.has(s));
      const named = unknown.slice(0, 5).map(quote).join(", ") + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : "");
      return {
        reason: `unknown mechanism${unknown.length > 1 ? "s" : ""} ${named}`,
        ...(kept.length > 0 ? { salvage: { value: kept, note: "the others were kept" } } : {}),
      };
    },
  },
};

/**
 * Parses a request's search params into a valid essay view. An invalid verdict or an unknown
 * mechanism falls back to the default and is named in `notices`, never thrown.
 */
export function resolveEssayView(raw: RawSearchParams, catalog: EssayCatalog): { view: EssayView; notices: string[] } {
  const parsed = parseParams(essayParams, raw, catalog);
  const chosen = new Set(valueOr(parsed.m, []));
  const view: EssayView = {
    verdict: valueOr(parsed.verdict, null),
    // In the catalog's order, so the same selection always makes the same link.
    m: catalog.mechanisms.map((m) => m.slug).filter((s) => chosen.has(s)),
  };
  const notices = [noticeFor("verdict", parsed.verdict), noticeFor("m", parsed.m)].filter((n): n is string => n !== null);
  return { view, notices };
}
