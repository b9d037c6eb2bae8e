// A step's one-line lead in the list of steps: the first sentence of its text, so the list says
// what each step is about without repeating the whole of it.

/** The text up to the end of its first sentence (a full stop, ! or ? before a capital or the end). */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?=\s+["“'‘(]?[A-Z]|\s*$)/s.exec(text.trim());
  return match ? match[1]! : text.trim();
}
