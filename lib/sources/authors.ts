// Short author names for in-text citations ("Getty and Naumov", "Rudnytskyi et al.") and the
// key the bibliography is sorted by (the first author's surname). Authors are stored as written
// on the title page, "Robert Conquest", so the surname has to be found.

// "ó" for Irish surnames ("Cormac Ó Gráda" → "Ó Gráda").
const PARTICLES = new Set(["van", "von", "de", "der", "den", "du", "la", "le", "ó"]);
const SUFFIXES = /^(jr|sr)\.?$/i;
const ORGANISATION = /\b(institute|encyclopaedia|encyclopædia|encyclopedia|university|society|project|archive|academy|committee|library|division|department|krónológia)\b/i;

/** The people in an author string, with editor marks and parenthetical remarks removed. */
export function splitAuthors(authors: string): string[] {
  const cleaned = authors.replace(/\s*\([^)]*\)/g, "").trim();
  return cleaned
    .split(/,\s*(?:and\s+|with\s+)?|\s+and\s+|\s+with\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

// A word in lower case that is not a particle of a surname ("Wikipedia contributors", "Russian Life
// editors", "Communist Party of the Soviet Union", "Unidentified author") marks a body, not a person:
// cut into given names and a surname, it became "contributors, W." in the bibliography.
const hasCommonWord = (name: string) => name.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w.toLowerCase()));

function isOrganisation(name: string): boolean {
  return ORGANISATION.test(name) || hasCommonWord(name) || /\S\.\S/.test(name.replace(/\b\p{Lu}\.\s*/gu, "")) || !name.includes(" ");
}

/** "Robert C. Tucker" → "Tucker", "Erik van Ree" → "van Ree", "V-Dem Institute" → itself. */
export function surname(name: string): string {
  if (isOrganisation(name)) return name;
  const words = name.split(/\s+/).filter((w) => !SUFFIXES.test(w));
  let start = words.length - 1;
  while (start > 0 && PARTICLES.has(words[start - 1]!.toLowerCase())) start -= 1;
  return words.slice(start).join(" ") || name;
}

/** A person's name in parts (given names, surname, "Jr."), or an organisation's name as it is written. */
export type NameParts = { given: string; family: string; suffix?: string } | { literal: string };

/** "Peter H. Solomon Jr." → given "Peter H.", family "Solomon", suffix "Jr."; "V-Dem Institute" → literal. */
export function nameParts(name: string): NameParts {
  if (isOrganisation(name)) return { literal: name };
  const family = surname(name);
  const words = name.split(/\s+/);
  const suffix = words.filter((w) => SUFFIXES.test(w)).join(" ");
  const given = words
    .filter((w) => !SUFFIXES.test(w))
    .slice(0, -family.split(/\s+/).length)
    .join(" ");
  if (!given) return { literal: name };
  return suffix ? { given, family, suffix } : { given, family };
}

/** The author part of an in-text citation. */
export function shortAuthors(authors: string): string {
  const people = splitAuthors(authors);
  if (people.length === 0) return authors;
  if (people.length === 1) return surname(people[0]!);
  if (people.length === 2) return `${surname(people[0]!)} and ${surname(people[1]!)}`;
  return `${surname(people[0]!)} et al.`;
}

/** Sort key: the first author's surname, then the rest of the name, ignoring particles' case and accents. */
export function authorSortKey(authors: string): string {
  const first = splitAuthors(authors)[0] ?? authors;
  const key = `${surname(first)} ${first}`;
  return key.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}
