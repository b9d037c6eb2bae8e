import { dataEndpoints } from "@/lib/api/endpoints";
import { recordRoute } from "@/lib/api/handlers";

// Read the database at request time, never at build time.
export const dynamic = "force-dynamic";

export const GET = recordRoute(dataEndpoints.argumentStep);
