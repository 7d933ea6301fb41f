import { teamsResource } from "@/lib/api/resources/teams";
import { listRoute } from "@/lib/api/route";

/** GET /api/v1/teams (Bearer token; see /api/v1/openapi.json). */
export const GET = listRoute(teamsResource);
