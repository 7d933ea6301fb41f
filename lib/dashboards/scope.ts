import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/authz/relations";
import { organisationSubtreeIds, readableTeamsWhere } from "@/lib/authz/scope";

/**
 * The teams a dashboard counts for this actor: those the actor may read (so a manager with one
 * hospital in scope sees only that hospital's teams of a collaborative), not withdrawn, and, with an
 * organisation filter, only teams of microsystems under that organisation.
 */
export async function dashboardTeamsWhere(db: Db, actor: Actor, organisationId?: string | null): Promise<Prisma.TeamWhereInput> {
  const conditions: Prisma.TeamWhereInput[] = [await readableTeamsWhere(db, actor), { status: { not: "WITHDRAWN" } }];
  if (organisationId) {
    const ids = await organisationSubtreeIds(db, [organisationId]);
    conditions.push({ microsystem: { organisationId: { in: ids } } });
  }
  return { AND: conditions };
}
