import { Link } from "@/components/common/Link";
import type { Catalog } from "@/lib/queries/catalog";

/** Every mechanism, grouped under its category, each linking to its page. */
export function MechanismIndex({
  catalog,
  current,
  headingLevel = 2,
}: {
  catalog: Pick<Catalog, "categories" | "mechanisms">;
  current?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {catalog.categories.map((category) => {
        const mechanisms = catalog.mechanisms.filter((m) => m.category === category.slug);
        if (mechanisms.length === 0) return null;
        return (
          <section key={category.slug} aria-labelledby={`index-${category.slug}`}>
            <Heading id={`index-${category.slug}`} className="font-semibold">
              {category.name}
            </Heading>
            <ul className="mt-2">
              {mechanisms.map((m) => (
                <li key={m.slug}>
                  {m.slug === current ? (
                    <span aria-current="page" className="inline-block py-1 font-medium">
                      {m.name} (this page)
                    </span>
                  ) : (
                    // A stack of short links: each is 24 px high to tap (WCAG 2.5.8).
                    <Link href={`/mechanisms/${m.slug}`} className="inline-block py-1 text-link">
                      {m.name}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
