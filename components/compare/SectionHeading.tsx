import type { ReactNode } from "react";

/** A section's heading with an optional count and controls on the right; it looks like the plain `.section-heading` titles of the other pages. */
export function SectionHeading({ id, count, children, actions }: { id: string; count?: number; children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2 border-b border-border pb-1">
      <h2 id={id} className="text-lg font-semibold">
        {children}
        {count !== undefined ? <span className="font-normal text-muted"> ({count})</span> : null}
      </h2>
      {actions}
    </div>
  );
}
