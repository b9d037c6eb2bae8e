import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-border bg-card">
      <nav aria-label="Main" className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold">
          Lenin <span aria-hidden="true">vs</span>
          <span className="sr-only">versus</span> Stalin
        </Link>
      </nav>
    </header>
  );
}
