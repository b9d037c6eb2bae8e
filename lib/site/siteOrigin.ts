import "server-only";
// The absolute address of the site for link previews, canonical links and printed addresses:
// SITE_URL when the deployment configures it (then pages depend on the data alone and can be
// prerendered), otherwise the address the request was made to. Reading the request makes a page
// render per request; `npm start`'s layer keeps such answers per origin (lib/server/answerLayer.ts).
import { headers } from "next/headers";
import { env } from "../env";
import { requestOrigin } from "./requestOrigin";

export async function siteOrigin(): Promise<string> {
  if (env.siteUrl) return env.siteUrl;
  const asked = await headers();
  // The layer in front of Next.js refuses requests without a valid origin; `next dev` has none.
  return requestOrigin((name) => asked.get(name)) ?? `http://localhost:${env.port}`;
}
