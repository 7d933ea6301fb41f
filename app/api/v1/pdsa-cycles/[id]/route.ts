import { pdsaCyclesResource } from "@/lib/api/resources/pdsa-cycles";
import { itemRoute } from "@/lib/api/route";

/** GET /api/v1/pdsa-cycles/{id} (Bearer token; 404 outside the token owner's scope). */
export const GET = itemRoute(pdsaCyclesResource);
