import { escapeHtml } from "@/lib/text/escapeHtml";

/**
 * One bibliography entry as HTML: the full reference (citation-js's markup, whose text it escapes)
 * and a link to the source's own page, which has its note and every record that cites it (listed
 * here for every source, the records made /sources 800 KB long). Written as a string, so a kind's
 * whole list is one string in the React payload rather than an element per entry.
 */
export function sourceEntryHtml(slug: string, reference: string | undefined, citing: number): string {
  const id = escapeHtml(slug);
  const cited = citing > 0 ? `Cited by ${citing} record${citing === 1 ? "" : "s"}` : "Not cited by any record yet";
  return `<li id="${id}" class="source-entry"><span class="reference">${reference ?? ""}</span><a href="/sources/${id}">${cited}</a></li>`;
}
