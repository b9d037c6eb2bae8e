// The preview image of a mechanism page (/mechanisms/<slug>): both leaders' scores.
import { mechanismPreview } from "@/lib/previews/previewModel";
import { previewResponse } from "@/lib/previews/previewResponse";

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  return previewResponse((catalog) => mechanismPreview(catalog, slug));
}
