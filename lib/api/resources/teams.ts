import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/relations";
import { readableTeamsWhere } from "@/lib/authz/scope";
import type { Db } from "@/lib/db/client";
import { isoDate, isoMoment } from "../json";
import { afterCursor, pageArgs, pageParams, toPage } from "../pagination";
import { idParam } from "../query";
import type { ApiResource } from "../resource";

export const teamsQuerySchema = z.object({ ...pageParams, collaborativeId: idParam.optional() }).strict();

const SELECT = {
  id: true,
  name: true,
  collaborativeId: true,
  status: true,
  aim: true,
  startDate: true,
  microsystem: { select: { id: true, name: true, kind: true, organisationId: true } },
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.TeamSelect;

function toJson(row: Prisma.TeamGetPayload<{ select: typeof SELECT }>) {
  return { ...row, startDate: isoDate(row.startDate), createdAt: isoMoment(row.createdAt), updatedAt: isoMoment(row.updatedAt) };
}
export type ApiTeam = ReturnType<typeof toJson>;

const scoped = async (db: Db, actor: Actor, ...where: Prisma.TeamWhereInput[]): Promise<Prisma.TeamWhereInput> => ({
  AND: [await readableTeamsWhere(db, actor), ...where],
});

/** Teams the token's owner may read, with their microsystem and its organisation. */
export const teamsResource: ApiResource<typeof teamsQuerySchema, ApiTeam> = {
  path: "teams",
  query: teamsQuerySchema,
  async list(db, actor, query) {
    const filter = query.collaborativeId ? { collaborativeId: query.collaborativeId } : {};
    const rows = await db.team.findMany({ where: await scoped(db, actor, filter, afterCursor(query.cursor)), select: SELECT, ...pageArgs(query) });
    return toPage(rows.map(toJson), query.limit);
  },
  async get(db, actor, id) {
    const row = await db.team.findFirst({ where: await scoped(db, actor, { id }), select: SELECT });
    return row && toJson(row);
  },
};
