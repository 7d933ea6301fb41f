import { teamsResource } from "@/lib/api/resources/teams";
import { itemRoute } from "@/lib/api/route";

/** GET /api/v1/teams/{id} (Bearer token; 404 outside the token owner's scope). */
export const GET = itemRoute(teamsResource);
