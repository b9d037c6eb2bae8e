"use client";
import { Link } from "@/components/common/Link";
import { NoStore } from "@/components/layout/NoStore";

// Unexpected failures (bugs) end here instead of a blank page or a stack trace. Database
// problems never reach it: pages explain those themselves (lib/queries/withDatabase.ts).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section role="alert" className="mx-auto max-w-xl rounded-lg border border-border bg-card p-6">
      <NoStore />
      <h1 className="text-xl font-semibold">Something went wrong while building this page.</h1>
      <p className="mt-2 text-muted">The error has been logged on the server. Try again, or go back to the comparison.</p>
      <p className="mt-4 flex gap-4">
        <button type="button" onClick={reset} className="underline underline-offset-4">
          Try again
        </button>
        <Link href="/" className="underline underline-offset-4">
          Back to the comparison
        </Link>
      </p>
    </section>
  );
}
