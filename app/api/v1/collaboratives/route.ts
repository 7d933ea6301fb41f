import { collaborativesResource } from "@/lib/api/resources/collaboratives";
import { listRoute } from "@/lib/api/route";

/** GET /api/v1/collaboratives (Bearer token; see /api/v1/openapi.json). */
export const GET = listRoute(collaborativesResource);
