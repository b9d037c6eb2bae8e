/** Text made safe to put into HTML, inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return escapeHtmlText(text).replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * Text made safe to put inside an element (not an attribute), where quotes need no escaping: JSON
 * shown on a page keeps its thousands of quotation marks as one byte each, not six (`&quot;`).
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
