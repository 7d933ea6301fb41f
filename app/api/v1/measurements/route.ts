import { measurementsResource } from "@/lib/api/resources/measurements";
import { listRoute } from "@/lib/api/route";

/** GET /api/v1/measurements (Bearer token; see /api/v1/openapi.json). */
export const GET = listRoute(measurementsResource);
