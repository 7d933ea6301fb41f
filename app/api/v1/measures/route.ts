import { measuresResource } from "@/lib/api/resources/measures";
import { listRoute } from "@/lib/api/route";

/** GET /api/v1/measures (Bearer token; see /api/v1/openapi.json). */
export const GET = listRoute(measuresResource);
