import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/relations";
import { readableCollaborativesWhere, readableTeamsWhere } from "@/lib/authz/scope";
import type { Db } from "@/lib/db/client";
import { MEASURE_DEFINITION_COLUMNS } from "@/lib/measures/columns";
import { isoMoment } from "../json";
import { afterCursor, pageArgs, pageParams, toPage } from "../pagination";
import { idParam } from "../query";
import type { ApiResource } from "../resource";

export const measuresQuerySchema = z.object({ ...pageParams, collaborativeId: idParam.optional() }).strict();

// The whole definition with its owner and its dates.
const SELECT = {
  ...MEASURE_DEFINITION_COLUMNS,
  collaborativeId: true,
  teamId: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.MeasureSelect;

function toJson(row: Prisma.MeasureGetPayload<{ select: typeof SELECT }>) {
  return { ...row, archivedAt: isoMoment(row.archivedAt), createdAt: isoMoment(row.createdAt), updatedAt: isoMoment(row.updatedAt) };
}
export type ApiMeasure = ReturnType<typeof toJson>;

/** A collaborative's shared measures when it is readable, a team's own measures when the team is. */
async function scoped(db: Db, actor: Actor, ...where: Prisma.MeasureWhereInput[]): Promise<Prisma.MeasureWhereInput> {
  const [collaboratives, teams] = await Promise.all([readableCollaborativesWhere(db, actor), readableTeamsWhere(db, actor)]);
  return {
    AND: [
      { OR: [{ collaborativeId: { not: null }, collaborative: collaboratives }, { teamId: { not: null }, team: teams }] },
      ...where,
    ],
  };
}

/** Measure definitions, shared and team-owned, archived ones included (archivedAt set). */
export const measuresResource: ApiResource<typeof measuresQuerySchema, ApiMeasure> = {
  path: "measures",
  query: measuresQuerySchema,
  async list(db, actor, query) {
    const filter: Prisma.MeasureWhereInput = query.collaborativeId
      ? { OR: [{ collaborativeId: query.collaborativeId }, { team: { collaborativeId: query.collaborativeId } }] }
      : {};
    const rows = await db.measure.findMany({ where: await scoped(db, actor, filter, afterCursor(query.cursor)), select: SELECT, ...pageArgs(query) });
    return toPage(rows.map(toJson), query.limit);
  },
  async get(db, actor, id) {
    const row = await db.measure.findFirst({ where: await scoped(db, actor, { id }), select: SELECT });
    return row && toJson(row);
  },
};
