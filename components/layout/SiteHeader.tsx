import { Link } from "@/components/common/Link";

const links = [
  { href: "/", label: "Compare" },
  { href: "/essay", label: "The essay, checked" },
  { href: "/argument", label: "Argument" },
  { href: "/sources", label: "Sources" },
  { href: "/api", label: "API" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-border bg-card">
      <nav aria-label="Main" className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold">
          <span className="text-leader-a">Lenin</span> vs <span className="text-leader-b">Stalin</span>
        </Link>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="underline-offset-4 hover:underline">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
