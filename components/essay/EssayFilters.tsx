"use client";
// The essay page's filter form. Its controls show the address's state and nothing else: the page
// gives the form a key made of the view, so any change of address (a verdict card, Apply, Back,
// Forward) mounts a fresh form whose defaults are that view; a draft never outlives its address.
// Without JavaScript it is a plain GET form; with it, Apply navigates in the page to the view's
// canonical address. Both land on the claims (#claims).
import { useRouter } from "next/navigation";
import { useEffect, useRef, type FormEvent } from "react";
import { Link } from "@/components/common/Link";
import { isVerdict, verdictLabels, verdicts } from "@/lib/essay/verdicts";
import { CLAIMS_SECTION, essayClaimsHref, type EssayView } from "@/lib/url/essayUrl";

export type MechanismGroup = { name: string; mechanisms: { slug: string; name: string }[] };

export function EssayFilters({ view, groups }: { view: EssayView; groups: readonly MechanismGroup[] }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const chosen = new Set(view.m);
  const filtered = view.verdict !== null || view.m.length > 0;

  // A page the browser brings back from its back-forward cache keeps the controls as they were
  // left, perhaps a draft that was never applied; their defaults are this address's state.
  useEffect(() => {
    const restore = (event: PageTransitionEvent) => {
      if (event.persisted) form.current?.reset();
    };
    window.addEventListener("pageshow", restore);
    return () => window.removeEventListener("pageshow", restore);
  }, []);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const verdict = String(data.get("verdict") ?? "");
    // The boxes are in the catalog's order, so the same choice always makes the same address.
    const m = data.getAll("m").map(String);
    router.push(essayClaimsHref({ verdict: isVerdict(verdict) ? verdict : null, m }));
  }

  return (
    <details className="rounded-lg border border-border bg-card">
      <summary className="cursor-pointer px-4 py-2 font-medium">
        Filter the claims
        {view.m.length > 0 ? <span className="font-normal text-muted"> ({view.m.length} mechanism{view.m.length === 1 ? "" : "s"} ticked)</span> : null}
      </summary>
      <form
        ref={form}
        method="get"
        action={`/essay#${CLAIMS_SECTION}`}
        // No restoring of an earlier draft by the browser when the page is loaded again from history.
        autoComplete="off"
        onSubmit={apply}
        aria-label="Filter the claims"
        className="border-t border-border p-4"
      >
        <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
          <label htmlFor="essay-verdict" className="font-medium">
            Verdict
          </label>
          <select id="essay-verdict" name="verdict" defaultValue={view.verdict ?? ""} className="rounded border border-border bg-background px-2 py-1.5">
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
            {groups.map((group) => (
              <fieldset key={group.name}>
                <legend className="text-sm font-semibold text-muted">{group.name}</legend>
                <ul className="mt-1 space-y-1">
                  {group.mechanisms.map((m) => (
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
          {filtered ? (
            <Link href={essayClaimsHref({})} className="text-link">
              Clear the filters
            </Link>
          ) : null}
        </div>
      </form>
    </details>
  );
}
