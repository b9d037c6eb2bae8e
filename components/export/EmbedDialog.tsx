"use client";
import { useEffect, useId, useRef, useState } from "react";

/**
 * The "Embed" dialog: the <iframe> code and a button that copies it. Loaded and mounted by the
 * first click on "Embed" (EmbedButton), then mounted afresh for each click, so it opens at once.
 */
export function EmbedDialog({ kind, code, buttonClassName }: { kind: "chart" | "table"; code: string; buttonClassName: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const headingId = useId();
  const fieldId = useId();

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopied("copied");
    } catch {
      // Clipboard access can be refused: select the code so the reader can copy it by hand.
      const field = document.getElementById(fieldId) as HTMLTextAreaElement | null;
      field?.select();
      setCopied(document.execCommand("copy") ? "copied" : "failed");
    }
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={headingId}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-border bg-card p-4 text-foreground backdrop:bg-black/40"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        Embed this {kind}
      </h2>
      <p className="mt-1 text-sm text-muted">Paste this code into a web page to show the {kind} for the current view. It links back to the full comparison.</p>
      <label htmlFor={fieldId} className="mt-3 block text-sm font-medium">
        Embed code
      </label>
      <textarea
        id={fieldId}
        readOnly
        value={code}
        rows={4}
        onFocus={(e) => e.currentTarget.select()}
        className="mt-1 w-full rounded-md border border-border bg-background p-2 font-mono text-xs"
      />
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button type="button" className={buttonClassName} onClick={() => void copy()}>
          Copy embed code
        </button>
        <button type="button" className={buttonClassName} onClick={() => dialog.current?.close()}>
          Close
        </button>
        <span role="status" aria-live="polite" className="text-sm text-muted">
          {copied === "copied" ? "Embed code copied" : copied === "failed" ? "Could not copy: select the code and copy it" : ""}
        </span>
      </div>
    </dialog>
  );
}
