// The preview image of /argument: the overview its first step starts from.
import { argumentPreview } from "@/lib/previews/previewModel";
import { previewResponse } from "@/lib/previews/previewResponse";

export const GET = () => previewResponse(argumentPreview);
