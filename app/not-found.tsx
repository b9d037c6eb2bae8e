import type { Metadata } from "next";
import { Link } from "@/components/common/Link";
import { getCatalog } from "@/lib/queries/catalog";
import { withDatabase } from "@/lib/queries/withDatabase";

export const metadata: Metadata = { title: "Page not found" };

const destinations = [
  { href: "/", label: "The compare view", text: "Lenin and Stalin side by side, mechanism by mechanism." },
  { href: "/essay", label: "The essay, checked", text: "Each claim of the essay with a verdict and its sources." },
  { href: "/sources", label: "Sources", text: "The bibliography and the records that cite each work." },
];

// Static: it is also the not-found boundary of every page, so a request-time call here would make
// every page render per request. Reading the catalog is not one: the build reads it once, so a
// mistyped mechanism address (/mechanisms/<unknown>, a prerendered 404) lists those that exist.
// Kept to names and links: this page travels in every page's payload as its not-found boundary.
export default async function NotFound() {
  const result = await withDatabase(getCatalog);
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
      {result.ok ? (
        <section aria-labelledby="mechanisms-heading">
          <h2 id="mechanisms-heading" className="section-heading">
            Or one of the {result.data.mechanisms.length} mechanisms
          </h2>
          <ul className="mt-2 columns-2 gap-6 text-sm sm:columns-3">
            {result.data.mechanisms.map((m) => (
              <li key={m.slug} className="py-0.5">
                <Link href={`/mechanisms/${m.slug}`} className="text-link">
                  {m.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
