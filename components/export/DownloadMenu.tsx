"use client";
import { useEffect, useRef } from "react";
import { useCurrentView } from "@/components/compare/useView";
import { downloadHref } from "@/lib/export/exportLinks";

/**
 * A "Download" menu for the table or the event list: CSV and JSON of exactly the rows shown
 * (the links follow the URL, so a new sort or filter is in the file too).
 */
export function DownloadMenu({ contents }: { contents: "table" | "events" }) {
  const view = useCurrentView();
  const menu = useRef<HTMLDetailsElement>(null);

  // Like any menu: a click elsewhere or Escape closes it.
  useEffect(() => {
    const close = (e: Event) => {
      const details = menu.current;
      if (!details?.open) return;
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !details.contains(e.target as Node)) {
        details.open = false;
        if (e instanceof KeyboardEvent) details.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, []);

  return (
    <details ref={menu} className="relative print:hidden" data-export-controls>
      <summary className="cursor-pointer list-none rounded-md border border-border bg-card px-2.5 py-1 text-sm hover:border-accent [&::-webkit-details-marker]:hidden">
        Download<span className="sr-only"> the {contents}</span> <span aria-hidden="true">▾</span>
      </summary>
      <ul className="absolute right-0 z-10 mt-1 w-max space-y-1 rounded-md border border-border bg-card p-2 text-sm shadow-md">
        {(["csv", "json"] as const).map((format) => (
          <li key={format}>
            <a
              href={downloadHref(`${contents}.${format}`, view)}
              download
              onClick={() => menu.current?.removeAttribute("open")}
              className="block rounded px-2 py-1 underline-offset-4 hover:underline"
            >
              Download {contents} ({format.toUpperCase()})
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
