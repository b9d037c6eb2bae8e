/** Says which parts of a link were ignored, so a reader knows why the view is not what they expected. */
export function Notices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <section aria-label="Notices about this link" className="mb-4 rounded-md border border-amber-600/60 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="font-medium">Parts of this link were not understood, so defaults are shown for them:</p>
      <ul className="mt-1 list-disc pl-5">
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
