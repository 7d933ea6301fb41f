import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/relations";
import { readableTeamsWhere } from "@/lib/authz/scope";
import type { Db } from "@/lib/db/client";
import { CYCLE_STATES } from "@/lib/pdsa/rules";
import { isoDate, isoMoment } from "../json";
import { afterCursor, pageArgs, pageParams, toPage } from "../pagination";
import { idParam } from "../query";
import type { ApiResource } from "../resource";

export const pdsaCyclesQuerySchema = z.object({ ...pageParams, teamId: idParam.optional(), state: z.enum(CYCLE_STATES).optional() }).strict();

const SELECT = {
  id: true,
  teamId: true,
  changeIdeaId: true,
  previousCycleId: true,
  title: true,
  state: true,
  decision: true,
  plannedStart: true,
  startedAt: true,
  completedAt: true,
  createdAt: true,
  updatedAt: true,
  measures: { select: { measureId: true }, orderBy: { measureId: "asc" } },
} satisfies Prisma.PdsaCycleSelect;

function toJson({ measures, ...row }: Prisma.PdsaCycleGetPayload<{ select: typeof SELECT }>) {
  return {
    ...row,
    measureIds: measures.map((link) => link.measureId),
    plannedStart: isoDate(row.plannedStart),
    startedAt: isoMoment(row.startedAt),
    completedAt: isoMoment(row.completedAt),
    createdAt: isoMoment(row.createdAt),
    updatedAt: isoMoment(row.updatedAt),
  };
}
export type ApiPdsaCycle = ReturnType<typeof toJson>;

const scoped = async (db: Db, actor: Actor, ...where: Prisma.PdsaCycleWhereInput[]): Promise<Prisma.PdsaCycleWhereInput> => ({
  AND: [{ team: await readableTeamsWhere(db, actor) }, ...where],
});

/** PDSA cycles of readable teams: their course (state, dates, decision) and links, not the free-text steps. */
export const pdsaCyclesResource: ApiResource<typeof pdsaCyclesQuerySchema, ApiPdsaCycle> = {
  path: "pdsa-cycles",
  query: pdsaCyclesQuerySchema,
  async list(db, actor, query) {
    const filter: Prisma.PdsaCycleWhereInput = { ...(query.teamId ? { teamId: query.teamId } : {}), ...(query.state ? { state: query.state } : {}) };
    const rows = await db.pdsaCycle.findMany({ where: await scoped(db, actor, filter, afterCursor(query.cursor)), select: SELECT, ...pageArgs(query) });
    return toPage(rows.map(toJson), query.limit);
  },
  async get(db, actor, id) {
    const row = await db.pdsaCycle.findFirst({ where: await scoped(db, actor, { id }), select: SELECT });
    return row && toJson(row);
  },
};
