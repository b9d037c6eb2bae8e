import type { Catalog } from "@/lib/queries/catalog";
import { positionLabel } from "@/lib/essay/positions";
import { HISTORIANS_PATH, interpretationAnchor } from "@/lib/url/essayUrl";

/**
 * The historians' readings in one line each (who, where, which position), each linking to its
 * summary and sources on the historians' page. Each keeps its id, which other pages link to
 * ("/essay#interpretation-…").
 */
export function InterpretationIndex({ interpretations }: { interpretations: Catalog["interpretations"] }) {
  if (interpretations.length === 0) return <p className="text-muted">No interpretations are in the dataset yet.</p>;
  return (
    <ul>
      {interpretations.map((i) => {
        const id = interpretationAnchor(i.slug);
        return (
          <li key={i.slug} id={id} className="reading-item">
            <a href={`${HISTORIANS_PATH}#${id}`} className="text-link font-medium">
              {i.historian}
            </a>
            , <cite>{i.work}</cite> ({i.year}). <span className="text-muted">Position: {positionLabel(i.position).toLowerCase()}</span>
          </li>
        );
      })}
    </ul>
  );
}
