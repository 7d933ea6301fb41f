import { apiJson } from "@/lib/api/errors";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { appBaseUrl } from "@/lib/users/invite";

/** The OpenAPI 3.1 document of /api/v1; public, like any API description. */
export function GET(request: Request) {
  return apiJson(buildOpenApiDocument(appBaseUrl(new URL(request.url).origin)));
}
