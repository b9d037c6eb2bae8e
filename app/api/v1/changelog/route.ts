import { dataEndpoints } from "@/lib/api/endpoints";
import { collectionRoute } from "@/lib/api/handlers";

// Read the database at request time, never at build time.
export const dynamic = "force-dynamic";

export const GET = collectionRoute(dataEndpoints.changelog);
