import { assessmentsResource } from "@/lib/api/resources/assessments";
import { itemRoute } from "@/lib/api/route";

/** GET /api/v1/assessments/{id} (Bearer token; 404 outside the token owner's scope). */
export const GET = itemRoute(assessmentsResource);
