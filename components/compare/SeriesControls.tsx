"use client";
import type { ViewState } from "@/lib/url/compareUrl";
import { useViewNavigation } from "./useView";

/** The series picker and, for totals, the normalisation switch; both re-render on the server. */
export function SeriesControls({
  series,
  current,
  showNorm,
}: {
  series: { slug: string; name: string }[];
  current: string;
  showNorm: boolean;
}) {
  const { view, navigate, pending } = useViewNavigation();
  return (
    <div className="mb-3 flex flex-wrap items-end gap-4 text-sm" aria-busy={pending}>
      <label className="flex min-w-0 max-w-full flex-col gap-1">
        Series
        <select
          className="w-full max-w-full rounded-md border border-border bg-card px-2 py-1.5"
          value={current}
          onChange={(e) => navigate({ series: e.target.value })}
        >
          {series.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {showNorm ? (
        <fieldset className="flex items-center gap-3">
          <legend className="sr-only">Normalisation</legend>
          {(
            [
              ["total", "Total"],
              ["per-year", "Per year in power"],
            ] as [ViewState["norm"], string][]
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-1.5">
              <input type="radio" name="norm" checked={view.norm === value} onChange={() => navigate({ norm: value })} />
              {label}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
