// The first sentence of a text, for the leads that stand for a longer text: the compare
// table's cells (lib/compare/tableRows.ts), the list of the argument's steps and their page
// descriptions.

/**
 * The text up to the end of its first sentence: a full stop, ! or ? before a capital (after an
 * optional opening quote or bracket) or the end. Not a stop inside a number ("1.8"), after an
 * initial ("V. I. Lenin") or after "c.", "e.g.", "i.e.", "cf.", "vs.", "St.", "Dr.", "p.", "pp.".
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const match = /^(.+?(?<!\b(?:[A-Z]|c|e\.g|i\.e|cf|vs|St|Dr|pp?))[.!?])(?=\s+["“'‘(]?[A-Z]|\s*$)/s.exec(trimmed);
  return match ? match[1]! : trimmed;
}
