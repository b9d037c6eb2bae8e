"use client";
import { useState } from "react";
import { serializeView } from "@/lib/url/compareUrl";
import { useCurrentView } from "./useView";

/**
 * Copies the link to the view on the page (the address as the server read it, so values it
 * ignored are not passed on) and confirms it.
 */
export function CopyLinkButton() {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const view = useCurrentView();

  async function copy() {
    const url = new URL(serializeView(window.location.pathname, view), window.location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): select-and-copy fallback.
      const field = document.createElement("textarea");
      field.value = url;
      document.body.append(field);
      field.select();
      const ok = document.execCommand("copy");
      field.remove();
      setStatus(ok ? "copied" : "failed");
    }
    window.setTimeout(() => setStatus("idle"), 4000);
  }

  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-border bg-card px-3 py-1.5 text-sm font-medium hover:border-accent"
      >
        Copy link
      </button>
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {status === "copied" ? "Link copied" : status === "failed" ? "Could not copy: copy the address bar instead" : ""}
      </span>
    </div>
  );
}
