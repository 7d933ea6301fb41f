import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/relations";
import { readableTeamsWhere } from "@/lib/authz/scope";
import type { Db } from "@/lib/db/client";
import { measurementValue } from "@/lib/measures/value";
import { isoDate, isoMoment } from "../json";
import { afterCursor, pageArgs, pageParams, toPage } from "../pagination";
import { dateParam, idParam } from "../query";
import type { ApiResource } from "../resource";

export const measurementsQuerySchema = z
  .object({ ...pageParams, teamId: idParam.optional(), measureId: idParam.optional(), from: dateParam.optional(), to: dateParam.optional() })
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "from must not be after to", path: ["from"] });

const SELECT = {
  id: true,
  teamId: true,
  measureId: true,
  periodStart: true,
  numerator: true,
  denominator: true,
  note: true,
  createdAt: true,
  updatedAt: true,
  measure: { select: { kind: true, multiplier: true } },
} satisfies Prisma.MeasurementSelect;

function toJson({ measure, ...row }: Prisma.MeasurementGetPayload<{ select: typeof SELECT }>) {
  return {
    ...row,
    periodStart: isoDate(row.periodStart),
    value: measurementValue(measure.kind, measure.multiplier, row.numerator, row.denominator),
    createdAt: isoMoment(row.createdAt),
    updatedAt: isoMoment(row.updatedAt),
  };
}
export type ApiMeasurement = ReturnType<typeof toJson>;

const scoped = async (db: Db, actor: Actor, ...where: Prisma.MeasurementWhereInput[]): Promise<Prisma.MeasurementWhereInput> => ({
  AND: [{ team: await readableTeamsWhere(db, actor) }, ...where],
});

/** Measurements of the teams the token's owner may read; `from`/`to` bound the period start (inclusive). */
export const measurementsResource: ApiResource<typeof measurementsQuerySchema, ApiMeasurement> = {
  path: "measurements",
  query: measurementsQuerySchema,
  async list(db, actor, query) {
    const filter: Prisma.MeasurementWhereInput = {
      ...(query.teamId ? { teamId: query.teamId } : {}),
      ...(query.measureId ? { measureId: query.measureId } : {}),
      ...(query.from || query.to ? { periodStart: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) } } : {}),
    };
    const rows = await db.measurement.findMany({ where: await scoped(db, actor, filter, afterCursor(query.cursor)), select: SELECT, ...pageArgs(query) });
    return toPage(rows.map(toJson), query.limit);
  },
  async get(db, actor, id) {
    const row = await db.measurement.findFirst({ where: await scoped(db, actor, { id }), select: SELECT });
    return row && toJson(row);
  },
};
