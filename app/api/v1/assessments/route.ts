import { assessmentsResource } from "@/lib/api/resources/assessments";
import { listRoute } from "@/lib/api/route";

/** GET /api/v1/assessments (Bearer token; see /api/v1/openapi.json). */
export const GET = listRoute(assessmentsResource);
