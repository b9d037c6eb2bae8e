// The preview image of /sources: the bibliography by kind of work.
import { sourcesPreview } from "@/lib/previews/previewModel";
import { previewResponse } from "@/lib/previews/previewResponse";

export const GET = () => previewResponse(sourcesPreview);
