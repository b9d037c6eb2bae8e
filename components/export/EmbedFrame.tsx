import type { ReactNode } from "react";

/**
 * The frame of an embedded chart or table: title, the content filling the frame's height, then
 * the source line and a link back to the full comparison (opened outside the host page).
 */
export function EmbedFrame({
  title,
  source,
  href,
  fill = false,
  children,
}: {
  title: string;
  source: string;
  href: string;
  /** Stretch the content (a chart) to the frame's height; a table keeps its own. */
  fill?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col gap-2 bg-background p-3">
      <h1 className="text-base font-semibold leading-snug">{title}</h1>
      <div className={fill ? "min-h-[240px] flex-1" : "flex-1"} data-embed-fill={fill ? "" : undefined}>
        {children}
      </div>
      <footer className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-xs text-muted">
        <p className="min-w-0 flex-1">{source}</p>
        <a href={href} target="_blank" rel="noopener" className="font-medium text-link">
          View full comparison
        </a>
      </footer>
    </div>
  );
}
