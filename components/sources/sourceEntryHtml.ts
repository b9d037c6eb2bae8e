import { escapeHtml } from "@/lib/text/escapeHtml";

/**
 * One bibliography entry as HTML: the full reference (citation-js's markup, whose text it escapes)
 * and a link to the source's own page, which has its note and every record that cites it (listed
 * here for every source, the records made /sources 800 KB long). Written as a string, so a kind's
 * whole list is one string in the React payload rather than an element per entry.
 */
export function sourceEntryHtml(slug: string, reference: string | undefined, citing: number): string {
  const id = escapeHtml(slug);
  // In the list, a web address is written as its site's name (the whole address is the link, and
  // is written out on the source's own page): long addresses were a fifth of the page.
  const shortened = (reference ?? "").replace(/Available at: <a href="([^"]+)">[^<]*<\/a>/g, (whole, href: string) => {
    const host = URL.canParse(href) ? new URL(href).host : null;
    return host ? `<a href="${href}">${escapeHtml(host)}</a>` : whole;
  });
  // "Cited by 3": the count of records that cite the work (listed on its page).
  const cited = citing > 0 ? `Cited by ${citing}` : "Not cited yet";
  // No class and single quotes: the list's CSS (.bibliography) styles every entry, and in the React
  // payload, which carries this string again as JSON, a single quote needs no escaping.
  return `<li id='${id}'>${shortened}<a href='/sources/${id}'>${cited}</a></li>`;
}
