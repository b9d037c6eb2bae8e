// A full reference as citation-js wrote it (lib/sources/formatReferences.ts). citeproc escapes the
// record's text and adds only its own markup (<i>, <a href> for the URL), so the HTML is set as it is.
export function Reference({ html, as: Tag = "span" }: { html: string | undefined; as?: "span" | "p" }) {
  return <Tag className="reference" dangerouslySetInnerHTML={{ __html: html ?? "" }} />;
}
