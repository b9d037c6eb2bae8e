"use client";
// The filters, out of the first screen: a button on the view's one-line summary opens them in a
// modal dialog (a sheet from the bottom on phones, a panel on wide screens). The native <dialog>
// moves focus into it, closes on Escape and gives focus back to the button. The controls are
// made when the dialog opens, so the page does not send them to readers who never change the view.
import { lazy, Suspense, useEffect, useRef, useState, type ComponentProps } from "react";
import type { Filters as FiltersType } from "./Filters";

// The controls' code loads when the dialog first opens, not with the page: most readers never
// change the view, and the page's first load carries less script to parse.
const Filters = lazy(() => import("./Filters").then((m) => ({ default: m.Filters })));

export function FiltersDialog(props: ComponentProps<typeof FiltersType>) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="rounded-md border border-border bg-card px-3 py-1 text-sm font-medium hover:border-accent"
      >
        Change view
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="filters-title"
        className="filters-dialog"
        onClose={() => setOpen(false)}
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        onClick={(e) => e.target === e.currentTarget && e.currentTarget.close()}
      >
        <div className="flex items-center justify-between gap-3 border-b border-border px-4 py-2">
          <h2 id="filters-title" className="text-lg font-semibold">
            Change the view
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-border px-3 py-1 text-sm">
            Done
          </button>
        </div>
        {open ? (
          <Suspense fallback={<p className="p-4 text-sm text-muted">Loading the filters…</p>}>
            <Filters {...props} />
          </Suspense>
        ) : null}
      </dialog>
    </>
  );
}
