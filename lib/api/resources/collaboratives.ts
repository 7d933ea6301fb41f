import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/relations";
import { readableCollaborativesWhere } from "@/lib/authz/scope";
import type { Db } from "@/lib/db/client";
import { isoDate, isoMoment } from "../json";
import { afterCursor, pageArgs, pageParams, toPage } from "../pagination";
import type { ApiResource } from "../resource";

export const collaborativesQuerySchema = z.object({ ...pageParams }).strict();

const SELECT = {
  id: true,
  name: true,
  topic: true,
  aim: true,
  status: true,
  startDate: true,
  endDate: true,
  timeZone: true,
  organisationId: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.CollaborativeSelect;

function toJson(row: Prisma.CollaborativeGetPayload<{ select: typeof SELECT }>) {
  return { ...row, startDate: isoDate(row.startDate), endDate: isoDate(row.endDate), createdAt: isoMoment(row.createdAt), updatedAt: isoMoment(row.updatedAt) };
}
export type ApiCollaborative = ReturnType<typeof toJson>;

const scoped = async (db: Db, actor: Actor, where: Prisma.CollaborativeWhereInput): Promise<Prisma.CollaborativeWhereInput> => ({
  AND: [await readableCollaborativesWhere(db, actor), where],
});

/** Collaboratives the token's owner may read (staffed, in a manager's scope, or with one of their teams). */
export const collaborativesResource: ApiResource<typeof collaborativesQuerySchema, ApiCollaborative> = {
  path: "collaboratives",
  query: collaborativesQuerySchema,
  async list(db, actor, query) {
    const rows = await db.collaborative.findMany({ where: await scoped(db, actor, afterCursor(query.cursor)), select: SELECT, ...pageArgs(query) });
    return toPage(rows.map(toJson), query.limit);
  },
  async get(db, actor, id) {
    const row = await db.collaborative.findFirst({ where: await scoped(db, actor, { id }), select: SELECT });
    return row && toJson(row);
  },
};
