import { Link } from "@/components/common/Link";
import type { Catalog } from "@/lib/queries/catalog";
import type { EssayView } from "@/lib/url/essayUrl";
import { verdictLabels, verdicts } from "@/lib/essay/verdicts";

/** A plain GET form, so filtering works without JavaScript; the page reads the result with resolveEssayView. */
export function EssayFilters({ view, catalog }: { view: EssayView; catalog: Pick<Catalog, "categories" | "mechanisms"> }) {
  const chosen = new Set(view.m);
  return (
    <form method="get" action="/essay" aria-label="Filter the claims" className="rounded-lg border border-border bg-card p-4">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
        <label htmlFor="essay-verdict" className="font-medium">
          Verdict
        </label>
        <select
          id="essay-verdict"
          name="verdict"
          defaultValue={view.verdict ?? ""}
          className="rounded border border-border bg-background px-2 py-1.5"
        >
          <option value="">All verdicts</option>
          {verdicts.map((v) => (
            <option key={v} value={v}>
              {verdictLabels[v]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="mt-4">
        <legend className="font-medium">Mechanisms</legend>
        <p className="text-sm text-muted">Show claims about any of the ticked mechanisms; tick none to show them all.</p>
        <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {catalog.categories.map((category) => (
            <fieldset key={category.slug}>
              <legend className="text-sm font-semibold text-muted">{category.name}</legend>
              <ul className="mt-1 space-y-1">
                {catalog.mechanisms
                  .filter((m) => m.category === category.slug)
                  .map((m) => (
                    <li key={m.slug}>
                      <label className="flex items-start gap-2">
                        <input
                          type="checkbox"
                          name="m"
                          value={m.slug}
                          defaultChecked={chosen.has(m.slug)}
                          className="mt-1 h-4 w-4 shrink-0 accent-[var(--accent)]"
                        />
                        <span>{m.name}</span>
                      </label>
                    </li>
                  ))}
              </ul>
            </fieldset>
          ))}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-background hover:opacity-90">
          Apply
        </button>
        {view.verdict !== null || view.m.length > 0 ? (
          <Link href="/essay" className="text-link">
            Clear the filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
