import "server-only";
// A shareable page's title, description, canonical address and link preview (Open Graph and
// Twitter cards), written once for every page that has them. Previews need absolute addresses:
// they come from siteOrigin() (SITE_URL, or the request's own origin).
import type { Metadata } from "next";
import { siteOrigin } from "./siteOrigin";

export type PageMetadata = {
  title: string;
  description: string;
  /** The page's own address: "/mechanisms/secret-police", "/?m=censorship". */
  path: string;
  /** Its preview image (app/og/...): "/og/mechanisms/secret-police". */
  image: string;
  type?: "website" | "article";
  /** The title as it is, without the site's " · Lenin vs Stalin" (the compare view names both already). */
  absoluteTitle?: boolean;
};

export const SITE_NAME = "Lenin vs Stalin: the evidence side by side";

export async function pageMetadata({ title, description, path, image, type = "website", absoluteTitle = false }: PageMetadata): Promise<Metadata> {
  const origin = await siteOrigin();
  const url = new URL(path, origin).href;
  const imageUrl = new URL(image, origin).href;
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, type, siteName: SITE_NAME, images: [{ url: imageUrl, width: 1200, height: 630, alt: title }] },
    twitter: { card: "summary_large_image", title, description, images: [imageUrl] },
  };
}
