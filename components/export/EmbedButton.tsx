"use client";
import { lazy, Suspense, useState } from "react";
import { embedHref, embedSnippet } from "@/lib/export/exportLinks";
import type { ViewState } from "@/lib/url/compareUrl";

// The dialog's code loads on the first click, not with the page.
const EmbedDialog = lazy(() => import("./EmbedDialog").then((m) => ({ default: m.EmbedDialog })));

/** "Embed": opens a dialog with the <iframe> code for the current view and a button that copies it. */
export function EmbedButton({
  kind,
  chart,
  title,
  view,
  className,
}: {
  kind: "chart" | "table";
  chart?: ViewState["chart"];
  title: string;
  /** The view as the server resolved it: values the page ignored never reach the code. */
  view: ViewState;
  className: string;
}) {
  // The code for the view at the time of the click; `opened` counts the clicks, so each one
  // mounts (and so opens) the dialog afresh.
  const [shown, setShown] = useState<{ code: string; opened: number } | null>(null);

  function open() {
    const src = new URL(embedHref(kind, view, chart), window.location.origin).href;
    setShown((s) => ({ code: embedSnippet(src, title), opened: (s?.opened ?? 0) + 1 }));
  }

  return (
    <>
      <button type="button" className={className} onClick={open} aria-haspopup="dialog">
        Embed
      </button>
      {shown ? (
        <Suspense fallback={null}>
          <EmbedDialog key={shown.opened} kind={kind} code={shown.code} buttonClassName={className} />
        </Suspense>
      ) : null}
    </>
  );
}
