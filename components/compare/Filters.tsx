"use client";
import { useRef, useState } from "react";
import { YEAR_MAX, YEAR_MIN, categoryValues, type ViewState } from "@/lib/url/compareUrl";

/** A leader to choose, with the years of his period in power. */
export type LeaderOption = { slug: string; name: string; years: readonly [number, number] };
import { useViewNavigation } from "./useView";

type Option = { slug: string; name: string };

export function Filters({
  leaders,
  categories,
  mechanisms,
  resolved,
}: {
  leaders: LeaderOption[];
  categories: Option[];
  mechanisms: (Option & { category: string })[];
  /** The view as the server understood it (invalid URL values already dropped). */
  resolved: ViewState;
}) {
  const { view, navigate: update, pending } = useViewNavigation();

  // The search box updates at once; the URL (and the server render) waits for a pause in typing.
  // The draft follows the URL when it changes from elsewhere (Back, Forward, Reset), but not when
  // the URL merely catches up with what was typed.
  const [search, setSearch] = useState({ draft: resolved.q, base: resolved.q, pushed: resolved.q });
  if (search.base !== resolved.q) {
    setSearch({ base: resolved.q, pushed: search.pushed, draft: resolved.q === search.pushed ? search.draft : resolved.q });
  }
  const timer = useRef<number | undefined>(undefined);
  function onSearch(value: string) {
    setSearch((s) => ({ ...s, draft: value }));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setSearch((s) => ({ ...s, pushed: value.trim() }));
      update({ q: value.trim() });
    }, 350);
  }

  // Years are typed digit by digit: each field keeps its own draft, sent when the reader presses
  // Enter or leaves the pair of fields (not when moving from From to To). A draft being edited is
  // never overwritten by the address catching up; a field the reader is not editing follows the
  // address when it changes from elsewhere (Back, Forward, Reset).
  const base = `${resolved.from}-${resolved.to}`;
  const [years, setYears] = useState({ from: String(resolved.from), to: String(resolved.to), edited: { from: false, to: false }, base, pushed: "" });
  if (years.base !== base) {
    // The address caught up with what was sent: keep any field still being edited. It changed from
    // elsewhere (Back, Forward, Reset): both fields show it.
    const keep = base === years.pushed ? years.edited : { from: false, to: false };
    setYears({
      from: keep.from ? years.from : String(resolved.from),
      to: keep.to ? years.to : String(resolved.to),
      edited: keep,
      base,
      pushed: "",
    });
  }
  const setYear = (side: "from" | "to", value: string) => setYears((y) => ({ ...y, [side]: value, edited: { ...y.edited, [side]: true } }));
  const problem = yearsProblem(years.from, years.to);

  function commitYears() {
    if (problem) return;
    const f = Number(years.from);
    const t = Number(years.to);
    setYears((y) => ({ ...y, edited: { from: false, to: false }, pushed: `${f}-${t}` }));
    if (f !== resolved.from || t !== resolved.to) update({ from: f, to: t });
  }
  const yearsGroup = useRef<HTMLDivElement>(null);
  // Leaving the pair of fields commits; moving between them does not.
  const onYearsBlur = (e: React.FocusEvent) => {
    if (!yearsGroup.current?.contains(e.relatedTarget as Node | null)) commitYears();
  };

  // What the controls show: the requested view where it is valid, else what the server used.
  const a = leaders.some((l) => l.slug === view.a) ? view.a : resolved.a;
  const b = leaders.some((l) => l.slug === view.b) && view.b !== a ? view.b : resolved.b;
  const cat = view.cat;

  // A new pair of leaders brings their years: from the first one's start to the last one's end.
  const pairYears = (x: string, y: string) => {
    const spans = [x, y].map((slug) => leaders.find((l) => l.slug === slug)?.years ?? [YEAR_MIN, YEAR_MAX]);
    return { from: Math.min(spans[0]![0], spans[1]![0]), to: Math.max(spans[0]![1], spans[1]![1]) };
  };

  const byCategory = categories.map((c) => ({ ...c, items: mechanisms.filter((m) => m.category === c.slug) }));
  // Ticks follow the address bar at once (nuqs), not the server's answer, so a click shows immediately.
  const ticked = view.m.filter((s) => mechanisms.some((m) => m.slug === s));
  const selected = new Set(ticked);
  const toggle = (slug: string) => {
    const next = selected.has(slug) ? ticked.filter((s) => s !== slug) : [...ticked, slug];
    const order = mechanisms.map((m) => m.slug);
    update({ m: next.sort((x, y) => order.indexOf(x) - order.indexOf(y)) });
  };

  const field = "rounded-md border border-border bg-card px-2 py-1.5 text-sm";
  return (
    <section aria-label="Filters" aria-busy={pending} className="rounded-lg border border-border bg-card p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <label className="flex flex-col gap-1 text-sm">
          First leader
          <select className={field} value={a} onChange={(e) => update({ a: e.target.value, ...pairYears(e.target.value, b) })}>
            {leaders.map((l) => (
              <option key={l.slug} value={l.slug} disabled={l.slug === b}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Second leader
          <select className={field} value={b} onChange={(e) => update({ b: e.target.value, ...pairYears(a, e.target.value) })}>
            {leaders.map((l) => (
              <option key={l.slug} value={l.slug} disabled={l.slug === a}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Category
          <select
            className={field}
            value={cat}
            onChange={(e) => update({ cat: e.target.value as ViewState["cat"], m: [] })}
          >
            {categoryValues.map((c) => (
              <option key={c} value={c}>
                {c === "all" ? "All categories" : (categories.find((x) => x.slug === c)?.name ?? c)}
              </option>
            ))}
          </select>
        </label>
        <div ref={yearsGroup} role="group" aria-label="Years" className="grid grid-cols-2 gap-3 sm:col-span-2" onBlur={onYearsBlur}>
          <YearInput label="From" value={years.from} invalid={problem?.field === "from"} onChange={(v) => setYear("from", v)} onCommit={commitYears} />
          <YearInput label="To" value={years.to} invalid={problem?.field === "to"} onChange={(v) => setYear("to", v)} onCommit={commitYears} />
          {problem ? (
            <p id="years-problem" role="alert" className="col-span-2 text-sm text-[var(--danger,#b91c1c)]">
              {problem.message}
            </p>
          ) : null}
        </div>
        <label className="flex flex-col gap-1 text-sm">
          Search
          <input
            className={field}
            type="search"
            placeholder="e.g. Kronstadt"
            value={search.draft}
            maxLength={200}
            onChange={(e) => onSearch(e.target.value)}
          />
        </label>
      </div>

      <fieldset className="mt-4">
        <legend className="text-sm font-medium">Mechanisms</legend>
        <p className="text-xs text-muted">None ticked means every mechanism in the category.</p>
        <div className="mt-2 grid gap-x-6 gap-y-3 md:grid-cols-3">
          {byCategory
            .filter((c) => cat === "all" || c.slug === cat)
            .map((c) => (
              <div key={c.slug} role="group" aria-label={c.name}>
                <p className="text-xs font-semibold uppercase tracking-wide text-muted">{c.name}</p>
                <ul className="mt-1">
                  {c.items.map((m) => (
                    <li key={m.slug}>
                      {/* Rows 24 px high keep the small checkboxes 24 px apart (WCAG 2.5.8 target spacing). */}
                      <label className="flex min-h-6 items-center gap-2 text-sm">
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
          onClick={() => update(null)}
        >
          Reset all filters
        </button>
        {pending ? <span className="text-muted">Updating…</span> : null}
      </div>
    </section>
  );
}

/** What is wrong with the typed years, said next to the fields; null when they can be sent. */
export function yearsProblem(from: string, to: string): { field: "from" | "to"; message: string } | null {
  const year = (v: string) => (/^\d{4}$/.test(v.trim()) ? Number(v) : null);
  const f = year(from);
  const t = year(to);
  const range = `${YEAR_MIN}–${YEAR_MAX}`;
  if (f === null || f < YEAR_MIN || f > YEAR_MAX) return { field: "from", message: `From must be a year in ${range}.` };
  if (t === null || t < YEAR_MIN || t > YEAR_MAX) return { field: "to", message: `To must be a year in ${range}.` };
  if (t < f) return { field: "to", message: `To (${t}) is before From (${f}): choose a later year.` };
  return null;
}

/** A year typed digit by digit: committed on Enter or when the pair of fields is left. */
function YearInput({ label, value, invalid, onChange, onCommit }: { label: string; value: string; invalid: boolean; onChange: (v: string) => void; onCommit: () => void }) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      {label}
      <input
        className="rounded-md border border-border bg-card px-2 py-1.5 text-sm aria-[invalid=true]:border-[var(--danger,#b91c1c)]"
        type="number"
        inputMode="numeric"
        min={YEAR_MIN}
        max={YEAR_MAX}
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? "years-problem" : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && onCommit()}
      />
    </label>
  );
}
