import { measurementsResource } from "@/lib/api/resources/measurements";
import { itemRoute } from "@/lib/api/route";

/** GET /api/v1/measurements/{id} (Bearer token; 404 outside the token owner's scope). */
export const GET = itemRoute(measurementsResource);
