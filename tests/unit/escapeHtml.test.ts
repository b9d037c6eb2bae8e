import { describe, expect, it } from "vitest";
import { escapeHtml, escapeHtmlText } from "@/lib/text/escapeHtml";

describe("escaping text for HTML", () => {
  it("in an attribute, every character that could end it or start markup", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("in an element's content, markup and entities, but quotation marks kept as they are", () => {
    const json = JSON.stringify({ title: `</code><script>alert("x")</script>`, q: "a & b" });
    const escaped = escapeHtmlText(json);
    expect(escaped).not.toMatch(/<|>/);
    expect(escaped).toContain('"title"');
    // What a browser shows is the text itself: decoding the three entities gives it back.
    expect(escaped.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")).toBe(json);
  });
});
