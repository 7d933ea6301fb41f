import "server-only";
import type { Db } from "@/lib/db/client";
import { authorizeRole } from "@/lib/authz/authorize";
import { authorizeMicrosystem } from "@/lib/authz/microsystem";
import type { Actor } from "@/lib/authz/relations";
import { managedMicrosystemsWhere, placeableOrganisationsWhere } from "@/lib/authz/scope";
import { profileHistory } from "./rules";

/**
 * Organisations the actor may put a microsystem under (active ones within reach; usually a department
 * or municipality), and `current`, its present one, so a form that only renames keeps it.
 */
async function listOrganisationChoices(db: Db, actor: Actor, current?: string) {
  const placeable = await placeableOrganisationsWhere(db, actor);
  // An empty where (every organisation) must not go inside OR: Prisma reads OR: [{}] as matching nothing.
  const reach = current && Object.keys(placeable).length > 0 ? { OR: [placeable, { id: current }] } : placeable;
  return db.organisation.findMany({
    where: { AND: [{ archivedAt: null }, reach] },
    select: { id: true, name: true, kind: true },
    orderBy: { name: "asc" },
  });
}

/** The microsystems the actor manages, with organisation, teams and latest 5P date; null for anyone who may not create them. */
export async function listMicrosystems(db: Db, actor: Actor) {
  if (!authorizeRole(actor, "microsystem.create").ok) return null;
  const managed = await managedMicrosystemsWhere(db, actor);
  const [microsystems, organisations] = await Promise.all([
    db.microsystem.findMany({
      where: { AND: [{ archivedAt: null }, managed] },
      select: {
        id: true,
        name: true,
        kind: true,
        organisation: { select: { name: true } },
        _count: { select: { teams: true } },
        profiles: { select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
      },
      orderBy: [{ organisation: { name: "asc" } }, { name: "asc" }],
    }),
    listOrganisationChoices(db, actor),
  ]);
  return {
    microsystems: microsystems.map(({ profiles, _count, ...row }) => ({ ...row, teamCount: _count.teams, profiledAt: profiles[0]?.createdAt ?? null })),
    organisations,
  };
}

/**
 * One microsystem with its 5P profile history (newest first, each version with what changed), for
 * the microsystem page. Null when the actor may not read it (the page answers 404).
 */
export async function getMicrosystemProfile(db: Db, actor: Actor, microsystemId: string) {
  const read = await authorizeMicrosystem(db, actor, microsystemId, "microsystem.read");
  if (!read.ok) return null;
  const [canEdit, canEditProfile] = await Promise.all([
    authorizeMicrosystem(db, actor, microsystemId, "microsystem.edit").then((result) => result.ok),
    authorizeMicrosystem(db, actor, microsystemId, "microsystem.editProfile").then((result) => result.ok),
  ]);
  const microsystem = await db.microsystem.findUnique({
    where: { id: microsystemId },
    select: {
      id: true,
      name: true,
      kind: true,
      organisationId: true,
      organisation: { select: { name: true } },
      teams: { select: { id: true, name: true, status: true, collaborative: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      profiles: {
        select: { id: true, purpose: true, patients: true, professionals: true, processes: true, patterns: true, createdAt: true, createdById: true },
        // Oldest first, ties by id, so the (stable) history sort keeps saves of the same instant in order.
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!microsystem) return null;
  const history = profileHistory(microsystem.profiles);
  const authorIds = [...new Set(history.flatMap((version) => (version.createdById ? [version.createdById] : [])))];
  const authors = await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } });
  const nameById = new Map(authors.map((author) => [author.id, author.name]));
  const { profiles: _profiles, ...details } = microsystem;
  return {
    microsystem: details,
    canEdit,
    canEditProfile,
    history: history.map(({ createdById, ...version }) => ({ ...version, authorName: createdById ? (nameById.get(createdById) ?? null) : null })),
    organisations: canEdit ? await listOrganisationChoices(db, actor, microsystem.organisationId) : [],
  };
}
