import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./embed.css";

// Embeds live inside the site's root layout (app/layout.tsx), whose header and footer they must
// not show: the marker below lets embed.css hide them and the page padding. A separate root
// layout through route groups would avoid sending that markup at all (see the export report).
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <div data-embed>{children}</div>;
}
