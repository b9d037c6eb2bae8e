"use client";
import { useState, useTransition } from "react";
import { debounce } from "nuqs";
import { YEAR_MAX, YEAR_MIN, categoryValues, type ViewState } from "@/lib/viewState";
import { serverKeys, useView } from "./useView";

type Option = { slug: string; name: string };

export function Filters({
  leaders,
  categories,
  mechanisms,
  resolved,
}: {
  leaders: Option[];
  categories: Option[];
  mechanisms: (Option & { category: string })[];
  /** The view as the server understood it (invalid URL values already dropped). */
  resolved: ViewState;
}) {
  const [view, setView] = useView();
  const [pending, startTransition] = useTransition();
  const update = (patch: Partial<ViewState>) => setView(patch, { ...serverKeys, startTransition });

  // Years are typed digit by digit: keep a draft and push it on Enter or when the field is left.
  // The draft follows the URL when it changes from outside (Back, Forward, Reset).
  const base = `${resolved.from}-${resolved.to}`;
  const [years, setYears] = useState({ from: String(resolved.from), to: String(resolved.to), base });
  if (years.base !== base) setYears({ from: String(resolved.from), to: String(resolved.to), base });
  const { from, to } = years;
  const setFrom = (value: string) => setYears({ ...years, from: value });
  const setTo = (value: string) => setYears({ ...years, to: value });

  function commitYears(nextFrom: string, nextTo: string) {
    const f = Number(nextFrom);
    const t = Number(nextTo);
    const valid = (y: number) => Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX;
    if (valid(f) && valid(t) && f <= t && (f !== resolved.from || t !== resolved.to)) update({ from: f, to: t });
  }

  const byCategory = categories.map((c) => ({ ...c, items: mechanisms.filter((m) => m.category === c.slug) }));
  const selected = new Set(resolved.m);
  const toggle = (slug: string) => {
    const next = selected.has(slug) ? resolved.m.filter((s) => s !== slug) : [...resolved.m, slug];
    const order = mechanisms.map((m) => m.slug);
    update({ m: next.sort((x, y) => order.indexOf(x) - order.indexOf(y)) });
  };

  const field = "rounded-md border border-border bg-card px-2 py-1.5 text-sm";
  return (
    <section aria-label="Filters" aria-busy={pending} className="rounded-lg border border-border bg-card p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <label className="flex flex-col gap-1 text-sm">
          First leader
          <select className={field} value={resolved.a} onChange={(e) => update({ a: e.target.value })}>
            {leaders.map((l) => (
              <option key={l.slug} value={l.slug} disabled={l.slug === resolved.b}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Second leader
          <select className={field} value={resolved.b} onChange={(e) => update({ b: e.target.value })}>
            {leaders.map((l) => (
              <option key={l.slug} value={l.slug} disabled={l.slug === resolved.a}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Category
          <select
            className={field}
            value={resolved.cat}
            onChange={(e) => update({ cat: e.target.value as ViewState["cat"], m: [] })}
          >
            {categoryValues.map((c) => (
              <option key={c} value={c}>
                {c === "all" ? "All categories" : (categories.find((x) => x.slug === c)?.name ?? c)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          From
          <input
            className={field}
            type="number"
            inputMode="numeric"
            min={YEAR_MIN}
            max={YEAR_MAX}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            onBlur={() => commitYears(from, to)}
            onKeyDown={(e) => e.key === "Enter" && commitYears(from, to)}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          To
          <input
            className={field}
            type="number"
            inputMode="numeric"
            min={YEAR_MIN}
            max={YEAR_MAX}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            onBlur={() => commitYears(from, to)}
            onKeyDown={(e) => e.key === "Enter" && commitYears(from, to)}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Search
          <input
            className={field}
            type="search"
            placeholder="e.g. Kronstadt"
            value={view.q}
            maxLength={200}
            onChange={(e) =>
              // The box updates at once; the URL (and the server render) waits for a pause in typing.
              void setView({ q: e.target.value === "" ? null : e.target.value }, { ...serverKeys, startTransition, limitUrlUpdates: debounce(350) })
            }
          />
        </label>
      </div>

      <fieldset className="mt-4">
        <legend className="text-sm font-medium">Mechanisms</legend>
        <p className="text-xs text-muted">None ticked means every mechanism in the category.</p>
        <div className="mt-2 grid gap-x-6 gap-y-3 md:grid-cols-3">
          {byCategory
            .filter((c) => resolved.cat === "all" || c.slug === resolved.cat)
            .map((c) => (
              <div key={c.slug} role="group" aria-label={c.name}>
                <p className="text-xs font-semibold uppercase tracking-wide text-muted">{c.name}</p>
                <ul className="mt-1 space-y-0.5">
                  {c.items.map((m) => (
                    <li key={m.slug}>
                      <label className="flex items-center gap-2 text-sm">
                        <input type="checkbox" checked={selected.has(m.slug)} onChange={() => toggle(m.slug)} />
                        {m.name}
                      </label>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </div>
      </fieldset>
      <div className="mt-3 flex items-center gap-3 text-sm">
        <button
          type="button"
          className="underline underline-offset-4"
          onClick={() => setView(null, { ...serverKeys, startTransition })}
        >
          Reset all filters
        </button>
        {pending ? <span className="text-muted">Updating…</span> : null}
      </div>
    </section>
  );
}
