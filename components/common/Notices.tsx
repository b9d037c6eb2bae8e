/** What was ignored in the address, so a mistyped link explains itself instead of failing. */
export function Notices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <section
      aria-labelledby="notices-heading"
      className="rounded-lg border border-amber-700 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 id="notices-heading" className="font-semibold">
        Part of the address was not understood
      </h2>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
