/**
 * A 0–5 score drawn as five squares, filled up to the score, for the eye only (the number beside
 * it is what is read out). Written as characters rather than an element per square: the strips
 * show 72 scores, and five styled elements each made a tenth of the page.
 */
export function ScorePips({ score }: { score: number }) {
  return (
    <span className="strip-pips" aria-hidden="true">
      {"■".repeat(score) + "□".repeat(5 - score)}
    </span>
  );
}
