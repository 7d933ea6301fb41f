import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appBaseUrl } from "@/lib/users/invite";
import { authenticateApiRequest } from "./auth";
import { apiError, apiJson } from "./errors";
import { nextPageUrl } from "./pagination";
import { idParam, parseQuery } from "./query";
import type { AnyApiResource } from "./resource";

const NO_PARAMETERS = z.object({}).strict();

async function answer(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    console.error(error);
    return apiError(500, "INTERNAL", "something went wrong");
  }
}

/** GET /api/v1/<collection>: authenticate, parse the query, one page of what the token's owner may read. */
export function handleList(db: Db, request: Request, resource: AnyApiResource, now: Date = new Date()): Promise<Response> {
  return answer(async () => {
    const auth = await authenticateApiRequest(db, request.headers.get("authorization"), now);
    if (!auth.ok) return apiError(auth.status, auth.code, auth.message);
    const url = new URL(request.url);
    const query = parseQuery(resource.query, url.searchParams);
    if (!query.ok) return apiError(400, "BAD_REQUEST", query.message);
    const page = await resource.list(db, auth.actor, query.data);
    return apiJson({ data: page.data, next: nextPageUrl(url, appBaseUrl(url.origin), page.nextCursor) });
  });
}

/** GET /api/v1/<collection>/<id>: one row, or 404 when it does not exist or is outside the owner's scope. */
export function handleGet(db: Db, request: Request, resource: AnyApiResource, id: string, now: Date = new Date()): Promise<Response> {
  return answer(async () => {
    const auth = await authenticateApiRequest(db, request.headers.get("authorization"), now);
    if (!auth.ok) return apiError(auth.status, auth.code, auth.message);
    const query = parseQuery(NO_PARAMETERS, new URL(request.url).searchParams);
    if (!query.ok) return apiError(400, "BAD_REQUEST", query.message);
    const parsedId = idParam.safeParse(id);
    const row = parsedId.success ? await resource.get(db, auth.actor, parsedId.data) : null;
    if (!row) return apiError(404, "NOT_FOUND", "not found");
    return apiJson({ data: row });
  });
}
