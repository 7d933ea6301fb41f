import "server-only";
import { prisma } from "@/lib/db/prisma";
import { handleGet, handleList } from "./handle";
import type { AnyApiResource } from "./resource";

// The route handlers of app/api/v1: the app's database bound to the testable handlers in handle.ts.

export function listRoute(resource: AnyApiResource) {
  return (request: Request) => handleList(prisma, request, resource);
}

export function itemRoute(resource: AnyApiResource) {
  return async (request: Request, context: { params: Promise<{ id: string }> }) => handleGet(prisma, request, resource, (await context.params).id);
}
