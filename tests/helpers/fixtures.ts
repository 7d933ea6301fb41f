// Small builders for integration tests: unique rows per call, so tests never depend on each other.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Role, TeamRole } from "@/lib/authz/roles";
import { newCalendarToken } from "@/lib/seminars/calendar-token";

const unique = () => randomUUID().slice(0, 8);

export async function makeUser(db: Db, role: Role = "STAFF", overrides: { email?: string; passwordHash?: string; locale?: string } = {}) {
  const id = unique();
  const user = await db.user.create({
    data: { email: overrides.email ?? `user-${id}@test.example`, name: `User ${id}`, role, passwordHash: overrides.passwordHash, locale: overrides.locale ?? "da", calendarToken: newCalendarToken() },
  });
  return { ...user, role };
}

export async function makeOrganisation(db: Db, kind = "REGION", parentId: string | null = null) {
  return db.organisation.create({ data: { name: `Org ${unique()}`, kind, parentId } });
}

/** A collaborative under `organisationId` with one team per entry of `teams`, each on its own microsystem. */
export async function makeCollaborative(db: Db, organisationId: string, teamCount = 2) {
  const collaborative = await db.collaborative.create({
    data: {
      name: `Collaborative ${unique()}`,
      topic: "Topic",
      organisationId,
      status: "ACTIVE",
      startDate: new Date("2025-01-01T00:00:00Z"),
      endDate: new Date("2027-12-31T00:00:00Z"),
    },
  });
  const teams = [];
  for (let i = 0; i < teamCount; i++) {
    const department = await makeOrganisation(db, "DEPARTMENT", organisationId);
    const microsystem = await db.microsystem.create({ data: { name: `Ward ${unique()}`, kind: "WARD", organisationId: department.id } });
    teams.push(
      await db.team.create({ data: { collaborativeId: collaborative.id, microsystemId: microsystem.id, name: `Team ${unique()}`, status: "ACTIVE" } }),
    );
  }
  return { collaborative, teams };
}

export async function addMember(db: Db, teamId: string, userId: string, role: TeamRole = "MEMBER") {
  return db.teamMember.create({ data: { teamId, userId, role } });
}

export async function addStaff(db: Db, collaborativeId: string, userId: string) {
  return db.collaborativeStaff.create({ data: { collaborativeId, userId } });
}

export async function scopeManager(db: Db, userId: string, scope: { organisationId?: string; collaborativeId?: string }) {
  return db.managerScope.create({ data: { userId, ...scope } });
}
