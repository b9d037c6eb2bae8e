import type { Catalog } from "@/lib/queries/catalog";

type Entry = Catalog["changelog"][number];
export type Correction = Entry["corrections"][number];

/** One data file's corrections in one version: the unit /changes/<version>/<file> shows. */
export type FileCorrections = {
  /** The data file relative to prisma/data, as the changelog names it (`assessments/lenin.json`). */
  file: string;
  /** The file without `.json`, as it appears in the page's address (`assessments/lenin`). */
  key: string;
  corrections: Correction[];
};

const keyOf = (file: string) => file.replace(/\.json$/, "");

/** A version's corrections grouped by the file they changed, in the order the changelog first names each file. */
export function correctionsByFile(entry: Entry): FileCorrections[] {
  const groups = new Map<string, FileCorrections>();
  for (const c of entry.corrections) {
    const group = groups.get(c.file) ?? { file: c.file, key: keyOf(c.file), corrections: [] };
    group.corrections.push(c);
    groups.set(c.file, group);
  }
  return [...groups.values()];
}

/** The address of one file's corrections in one version. */
export const changesHref = (version: string, group: Pick<FileCorrections, "key">) => `/changes/${version}/${group.key}`;
