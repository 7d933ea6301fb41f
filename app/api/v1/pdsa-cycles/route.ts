import { pdsaCyclesResource } from "@/lib/api/resources/pdsa-cycles";
import { listRoute } from "@/lib/api/route";

/** GET /api/v1/pdsa-cycles (Bearer token; see /api/v1/openapi.json). */
export const GET = listRoute(pdsaCyclesResource);
