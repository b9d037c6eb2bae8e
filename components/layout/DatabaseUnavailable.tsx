import { NoStore } from "@/components/layout/NoStore";
import type { DatabaseProblem } from "@/lib/databaseProblem";

/** What a visitor sees when the server cannot read its database: a reason, never a stack trace. */
export function DatabaseUnavailable({ problem }: { problem: DatabaseProblem }) {
  return (
    <section role="alert" className="mx-auto max-w-xl rounded-lg border border-border bg-card p-6">
      <NoStore />
      <h1 className="text-xl font-semibold">{problem.title}</h1>
      <p className="mt-2 text-muted">{problem.advice}</p>
    </section>
  );
}
