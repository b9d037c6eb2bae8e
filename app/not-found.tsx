import type { Metadata } from "next";
import { Link } from "@/components/common/Link";

export const metadata: Metadata = { title: "Page not found" };

const destinations = [
  { href: "/", label: "The compare view", text: "Lenin and Stalin side by side, mechanism by mechanism." },
  { href: "/essay", label: "The essay, checked", text: "Each claim of the essay with a verdict and its sources." },
  { href: "/sources", label: "Sources", text: "The bibliography and the records that cite each work." },
];

// Static: it is also the not-found boundary of every page, so a request-time call here would make
// every page render per request.
export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>Nothing lives at this address. It may have been mistyped, or the link may be out of date. You could go to:</p>
      <ul className="space-y-3">
        {destinations.map((d) => (
          <li key={d.href} className="rounded-lg border border-border bg-card p-4">
            <Link href={d.href} className="font-semibold text-link">
              {d.label}
            </Link>
            <p className="text-sm text-muted">{d.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
