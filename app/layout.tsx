import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Link } from "@/components/common/Link";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { env } from "@/lib/env";
import { leaderColorCss } from "@/lib/theme/leaderColors";
import "./globals.css";

export const metadata: Metadata = {
  // Shareable pages give absolute addresses themselves (lib/site/pageMetadata.ts).
  ...(env.siteUrl ? { metadataBase: new URL(env.siteUrl) } : {}),
  title: { default: "Lenin vs Stalin: the evidence side by side", template: "%s · Lenin vs Stalin" },
  description:
    "A sourced comparison of Lenin and Stalin: tools of power, policies and goals, with dates, figures, institutions and the historians' disagreements.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <style>{leaderColorCss}</style>
      </head>
      <body className="min-h-screen antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-card focus:p-2">
          Skip to content
        </a>
        <SiteHeader />
        <NuqsAdapter>
          <main id="main" className="mx-auto max-w-7xl px-4 py-6">
            {children}
          </main>
        </NuqsAdapter>
        <footer className="mx-auto max-w-7xl px-4 py-8 text-sm text-muted">
          Every figure links to its source. Dates are Gregorian (new style). Data: see the{" "}
          <Link className="underline" href="/sources">
            bibliography
          </Link>{" "}
          and{" "}
          <Link className="underline" href="/changes">
            what changed
          </Link>{" "}
          between versions.
        </footer>
      </body>
    </html>
  );
}
