// The preview image of a step of the argument (/argument/<slug>): what the step's view shows.
import { locateStep } from "@/lib/argument/locateStep";
import { stepPreview } from "@/lib/previews/previewModel";
import { previewResponse } from "@/lib/previews/previewResponse";

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  return previewResponse((catalog) => {
    const found = locateStep(catalog.argument, slug);
    return found && stepPreview(catalog, found.step, found);
  });
}
