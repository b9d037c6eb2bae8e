import { Link } from "@/components/common/Link";

type Neighbour = { slug: string; title: string } | null;

/** Previous and next step, and the way back to the list: the path a class walks through. */
export function StepNav({ previous, next, number }: { previous: Neighbour; next: Neighbour; number: number }) {
  return (
    <nav aria-label="Steps of the argument" className="argument-controls grid gap-3 border-t border-border pt-4 sm:grid-cols-3">
      <div>
        {previous ? (
          <Link href={`/argument/${previous.slug}`} rel="prev" className="block rounded-md border border-border bg-card p-3 hover:border-accent">
            <span className="block text-xs text-muted">← Previous: step {number - 1}</span>
            <span className="font-medium">{previous.title}</span>
          </Link>
        ) : null}
      </div>
      <div className="sm:text-center">
        <Link href="/argument" className="text-link">
          All steps
        </Link>
      </div>
      <div className="sm:text-right">
        {next ? (
          <Link href={`/argument/${next.slug}`} rel="next" className="block rounded-md border border-border bg-card p-3 hover:border-accent">
            <span className="block text-xs text-muted">Next: step {number + 1} →</span>
            <span className="font-medium">{next.title}</span>
          </Link>
        ) : (
          <p className="text-sm text-muted">
            The last step. Go on exploring in the{" "}
            <Link href="/" className="text-link">
              dashboard
            </Link>{" "}
            or read the{" "}
            <Link href="/essay" className="text-link">
              essay, checked
            </Link>
            .
          </p>
        )}
      </div>
    </nav>
  );
}
