// The preview image of /essay: its claims by verdict.
import { essayPreview } from "@/lib/previews/previewModel";
import { previewResponse } from "@/lib/previews/previewResponse";

export const GET = () => previewResponse(essayPreview);
