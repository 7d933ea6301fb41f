import { collaborativesResource } from "@/lib/api/resources/collaboratives";
import { itemRoute } from "@/lib/api/route";

/** GET /api/v1/collaboratives/{id} (Bearer token; 404 outside the token owner's scope). */
export const GET = itemRoute(collaborativesResource);
