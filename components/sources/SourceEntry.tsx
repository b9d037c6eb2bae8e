import type { CatalogSource } from "@/lib/queries/catalog";
import { Reference } from "./Reference";

/**
 * One bibliography entry: the full reference and a link to the source's own page, which has its
 * note and every record that cites it: listed here for every source, the records made /sources
 * 800 KB long. Every byte of an entry is sent once per source, twice (in the HTML and in the
 * React payload), hence one class on the entry and a plain link to a page the build prerendered.
 */
export function SourceEntry({ source, reference, citing }: { source: CatalogSource; reference: string | undefined; citing: number }) {
  return (
    <li id={source.slug} className="source-entry">
      <Reference html={reference} />
      <a href={`/sources/${source.slug}`}>{citing > 0 ? `Cited by ${citing} record${citing === 1 ? "" : "s"}` : "Not cited by any record yet"}</a>
    </li>
  );
}
