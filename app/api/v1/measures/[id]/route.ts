import { measuresResource } from "@/lib/api/resources/measures";
import { itemRoute } from "@/lib/api/route";

/** GET /api/v1/measures/{id} (Bearer token; 404 outside the token owner's scope). */
export const GET = itemRoute(measuresResource);
