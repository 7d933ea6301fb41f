// Builders for the team-work integration tests: two teams of one collaborative, each with a
// contact person, a member and a patient representative, plus a secretariat user.
import type { CurrentUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { addMember, addStaff, makeCollaborative, makeOrganisation, makeUser } from "./fixtures";

export const asCurrent = (user: { id: string; role: string; name: string; email: string }): CurrentUser => ({
  id: user.id,
  role: user.role as CurrentUser["role"],
  name: user.name,
  email: user.email,
  locale: "da",
});

export async function makeTeamWorld(db: Db) {
  const region = await makeOrganisation(db);
  const { collaborative, teams } = await makeCollaborative(db, region.id, 2);
  const [teamA, teamB] = teams;
  const [contactA, memberA, patientA, contactB, secretariat, manager] = await Promise.all([
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db, "SECRETARIAT"),
    makeUser(db, "MANAGER"),
  ]);
  await addMember(db, teamA.id, contactA.id, "CONTACT_PERSON");
  await addMember(db, teamA.id, memberA.id, "MEMBER");
  await addMember(db, teamA.id, patientA.id, "PATIENT_REPRESENTATIVE");
  await addMember(db, teamB.id, contactB.id, "CONTACT_PERSON");
  await addStaff(db, collaborative.id, secretariat.id);
  await db.managerScope.create({ data: { userId: manager.id, organisationId: region.id } });
  return {
    collaborative,
    teamA,
    teamB,
    contactA: asCurrent(contactA),
    memberA: asCurrent(memberA),
    patientA: asCurrent(patientA),
    contactB: asCurrent(contactB),
    secretariat: asCurrent(secretariat),
    manager: asCurrent(manager),
  };
}
