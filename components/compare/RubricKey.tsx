// The key to the overview's words and numbers, defined once in the rubric (prisma/data/rubric.json):
// a one-line summary a reader can open into each level's and each relation word's definition.
import type { Catalog } from "@/lib/queries/catalog";

export function RubricKey({ rubric, relationTerms, open = false }: Pick<Catalog, "rubric" | "relationTerms"> & { open?: boolean }) {
  const ends = [rubric[0], rubric.at(-1)].filter((r) => r !== undefined);
  return (
    <details className="rubric-key text-sm" open={open} data-rubric-key>
      <summary className="cursor-pointer text-muted">
        <span className="font-medium text-foreground">Key:</span> each mechanism (a tool of power, a policy or a goal) is scored for
        its intensity from {ends.map((r) => `${r.level} (${r.label.toLowerCase()})`).join(" to ")}, and labelled with what the leader did
        with what the regime before him left ({relationTerms.map((t) => t.relation).join(", ")}).
      </summary>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        <dl className="space-y-1">
          <dt className="font-semibold">Intensity, 0–5</dt>
          {rubric.map((r) => (
            <dd key={r.level}>
              <span className="font-medium">
                {r.level} · {r.label}:
              </span>{" "}
              <span className="text-muted">{r.description}</span>
            </dd>
          ))}
        </dl>
        <dl className="space-y-1">
          <dt className="font-semibold">Relation words</dt>
          {relationTerms.map((t) => (
            <dd key={t.relation}>
              <span className="font-medium">{t.relation}:</span> <span className="text-muted">{t.description}</span>
            </dd>
          ))}
        </dl>
      </div>
    </details>
  );
}
