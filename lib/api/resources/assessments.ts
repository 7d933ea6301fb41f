import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/relations";
import { readableTeamsWhere } from "@/lib/authz/scope";
import type { Db } from "@/lib/db/client";
import { isoMoment, isoMonth } from "../json";
import { afterCursor, pageArgs, pageParams, toPage } from "../pagination";
import { idParam } from "../query";
import type { ApiResource } from "../resource";

export const assessmentsQuerySchema = z.object({ ...pageParams, teamId: idParam.optional() }).strict();

const SELECT = { id: true, teamId: true, reportId: true, month: true, score: true, comment: true, createdAt: true } satisfies Prisma.AssessmentSelect;

function toJson(row: Prisma.AssessmentGetPayload<{ select: typeof SELECT }>) {
  return { ...row, month: isoMonth(row.month), createdAt: isoMoment(row.createdAt) };
}
export type ApiAssessment = ReturnType<typeof toJson>;

const scoped = async (db: Db, actor: Actor, ...where: Prisma.AssessmentWhereInput[]): Promise<Prisma.AssessmentWhereInput> => ({
  AND: [{ team: await readableTeamsWhere(db, actor) }, ...where],
});

/** The secretariat's monthly IHI assessment scores (1.0–5.0) of readable teams. */
export const assessmentsResource: ApiResource<typeof assessmentsQuerySchema, ApiAssessment> = {
  path: "assessments",
  query: assessmentsQuerySchema,
  async list(db, actor, query) {
    const filter = query.teamId ? { teamId: query.teamId } : {};
    const rows = await db.assessment.findMany({ where: await scoped(db, actor, filter, afterCursor(query.cursor)), select: SELECT, ...pageArgs(query) });
    return toPage(rows.map(toJson), query.limit);
  },
  async get(db, actor, id) {
    const row = await db.assessment.findFirst({ where: await scoped(db, actor, { id }), select: SELECT });
    return row && toJson(row);
  },
};
