import { unknownPathRoute } from "@/lib/api/handlers";

// Anything under /api/v1 that no other route serves: a JSON 404 instead of the HTML page.
export const dynamic = "force-dynamic";

export const GET = unknownPathRoute();
