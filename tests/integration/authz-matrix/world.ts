// The one world the authorisation matrix (issue 16) runs in: collaborative A (region A) with teams A1
// and A2, collaborative B (region B) with team B1, each team with a contact person, a member and a
// patient representative; a secretariat per collaborative; a manager scoped to region A and one to
// region B; an administrator; and the signed-out caller. The rows of matrix.ts act on A1 / A, so
// every other identity is "another team", "another collaborative" or "another region".
import { randomBytes } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { hashApiToken } from "@/lib/api-tokens/secret";
import { addMember, addStaff, makeCollaborative, makeOrganisation, makeUser, scopeManager } from "../../helpers/fixtures";

export const IDENTITIES = [
  "admin",
  "secretariatA",
  "secretariatB",
  "managerA",
  "managerB",
  "contactA1",
  "memberA1",
  "patientA1",
  "contactA2",
  "memberA2",
  "patientA2",
  "contactB",
  "memberB",
  "patientB",
  "signedOut",
] as const;
export type Identity = (typeof IDENTITIES)[number];
export type SignedIn = Exclude<Identity, "signedOut">;

type UserRow = Awaited<ReturnType<typeof makeUser>>;

const day = (text: string) => new Date(`${text}T00:00:00.000Z`);

export async function buildWorld(db: Db) {
  const regionA = await makeOrganisation(db, "REGION");
  const regionB = await makeOrganisation(db, "REGION");
  const a = await makeCollaborative(db, regionA.id, 2);
  const b = await makeCollaborative(db, regionB.id, 1);
  const [teamA1, teamA2] = a.teams;
  const [teamB1] = b.teams;
  const microsystemA1 = await db.microsystem.findUniqueOrThrow({ where: { id: teamA1.microsystemId } });
  // A department of region A with no microsystem yet: where new microsystems of A go.
  const departmentA = await makeOrganisation(db, "DEPARTMENT", regionA.id);
  const hospitalA = await makeOrganisation(db, "HOSPITAL", regionA.id);

  const users = {} as Record<SignedIn, UserRow>;
  users.admin = await makeUser(db, "ADMIN");
  users.secretariatA = await makeUser(db, "SECRETARIAT");
  users.secretariatB = await makeUser(db, "SECRETARIAT");
  users.managerA = await makeUser(db, "MANAGER");
  users.managerB = await makeUser(db, "MANAGER");
  for (const key of ["contactA1", "memberA1", "patientA1", "contactA2", "memberA2", "patientA2", "contactB", "memberB", "patientB"] as const) {
    users[key] = await makeUser(db, "STAFF");
  }
  await addStaff(db, a.collaborative.id, users.secretariatA.id);
  await addStaff(db, b.collaborative.id, users.secretariatB.id);
  await scopeManager(db, users.managerA.id, { organisationId: regionA.id });
  await scopeManager(db, users.managerB.id, { organisationId: regionB.id });
  const teams = [
    [teamA1.id, "contactA1", "memberA1", "patientA1"],
    [teamA2.id, "contactA2", "memberA2", "patientA2"],
    [teamB1.id, "contactB", "memberB", "patientB"],
  ] as const;
  for (const [teamId, contact, member, patient] of teams) {
    await addMember(db, teamId, users[contact].id, "CONTACT_PERSON");
    await addMember(db, teamId, users[member].id, "MEMBER");
    await addMember(db, teamId, users[patient].id, "PATIENT_REPRESENTATIVE");
  }

  // What the teams work with: a shared measure of each collaborative and A1's own measure, with data.
  const measure = (owner: { collaborativeId: string } | { teamId: string }, name: string) =>
    db.measure.create({ data: { ...owner, name, type: "OUTCOME", kind: "COUNT", frequency: "MONTHLY", defaultChart: "RUN" } });
  const sharedA = await measure({ collaborativeId: a.collaborative.id }, "Fald med skade");
  const sharedB = await measure({ collaborativeId: b.collaborative.id }, "Fald med skade B");
  const ownA1 = await measure({ teamId: teamA1.id }, "Tryksår");
  const measurementA1 = await db.measurement.create({ data: { measureId: sharedA.id, teamId: teamA1.id, periodStart: day("2026-01-01"), numerator: 4 } });
  await db.measurement.create({ data: { measureId: sharedB.id, teamId: teamB1.id, periodStart: day("2026-01-01"), numerator: 2 } });

  // A driver diagram in A1 and a change package in A, so moves and copies have neighbours.
  await db.driverNode.create({ data: { teamId: teamA1.id, kind: "PRIMARY", text: "Entydig PAL", position: 0 } });
  await db.driverNode.create({ data: { collaborativeId: a.collaborative.id, kind: "PRIMARY", text: "Sikker mobilisering", position: 0 } });

  const cycleA1 = await db.pdsaCycle.create({ data: { teamId: teamA1.id, title: "Tjekliste", state: "DO" } });
  const assessmentA1 = await db.assessment.create({ data: { teamId: teamA1.id, month: day("2026-01-01"), score: 2.5, comment: "God start" } });

  // Seminars of A: one open for registration, one that has started (attendance is recorded after the start).
  const openSeminar = await db.learningSeminar.create({
    data: { collaborativeId: a.collaborative.id, number: 90, title: "Læringsseminar åbent", startsAt: day("2027-11-01"), endsAt: day("2027-11-02"), status: "PUBLISHED", timeZone: "Europe/Copenhagen" },
  });
  const startedSeminar = await db.learningSeminar.create({
    data: { collaborativeId: a.collaborative.id, number: 91, title: "Læringsseminar afholdt", startsAt: day("2026-06-01"), endsAt: day("2026-06-02"), status: "PUBLISHED", timeZone: "Europe/Copenhagen" },
  });
  const seminarB = await db.learningSeminar.create({
    data: { collaborativeId: b.collaborative.id, number: 1, title: "Læringsnettverk B", startsAt: day("2027-11-01"), endsAt: day("2027-11-02"), status: "PUBLISHED", timeZone: "Europe/Oslo" },
  });
  const startedSeminarB = await db.learningSeminar.create({
    data: { collaborativeId: b.collaborative.id, number: 2, title: "Læringsnettverk B holdt", startsAt: day("2026-06-01"), endsAt: day("2026-06-02"), status: "PUBLISHED", timeZone: "Europe/Oslo" },
  });
  const startedRegistration = await db.seminarRegistration.create({
    data: { seminarId: startedSeminar.id, userId: users.memberA1.id, teamId: teamA1.id, mode: "IN_PERSON", status: "REGISTERED" },
  });
  await db.seminarRegistration.create({ data: { seminarId: openSeminar.id, userId: users.memberA1.id, teamId: teamA1.id, mode: "REMOTE", status: "REGISTERED" } });
  await db.seminarRegistration.create({ data: { seminarId: seminarB.id, userId: users.memberB.id, teamId: teamB1.id, mode: "REMOTE", status: "REGISTERED" } });

  // Every signed-in identity holds an API token (inserted as if issued when the role allowed it), so
  // the open-data API is tried with each owner's role: only managers and administrators may read.
  const apiTokens = {} as Record<SignedIn, string>;
  for (const key of Object.keys(users) as SignedIn[]) {
    const token = `samspil_${randomBytes(32).toString("base64url")}`;
    await db.apiToken.create({ data: { userId: users[key].id, name: `Matrix ${key}`, tokenHash: hashApiToken(token) } });
    apiTokens[key] = token;
  }

  return {
    regionA,
    regionB,
    departmentA,
    hospitalA,
    collaborativeA: a.collaborative,
    collaborativeB: b.collaborative,
    teamA1,
    teamA2,
    teamB1,
    microsystemA1,
    users,
    sharedA,
    sharedB,
    ownA1,
    measurementA1,
    cycleA1,
    assessmentA1,
    openSeminar,
    startedSeminar,
    seminarB,
    startedSeminarB,
    startedRegistration,
    apiTokens,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** The identity as the session would give it (null when signed out). */
export function currentUser(w: World, who: Identity): CurrentUser | null {
  if (who === "signedOut") return null;
  const user = w.users[who];
  return { id: user.id, role: user.role, name: user.name, email: user.email, locale: "da" };
}
