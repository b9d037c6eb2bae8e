import { openApiRoute } from "@/lib/api/handlers";

// The servers entry names the host the request reached.
export const dynamic = "force-dynamic";

export const GET = openApiRoute();
