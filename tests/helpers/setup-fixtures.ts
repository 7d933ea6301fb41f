// Builders for the collaborative set-up, measure-definition and microsystem integration tests.
import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";

const unique = () => randomUUID().slice(0, 8);

export const asCurrent = (user: { id: string; role: string; name: string; email: string }): CurrentUser => ({
  id: user.id,
  role: user.role as CurrentUser["role"],
  name: user.name,
  email: user.email,
  locale: "da",
});

export async function makeMicrosystem(db: Db, organisationId: string, overrides: { archivedAt?: Date } = {}) {
  return db.microsystem.create({ data: { name: `Ward ${unique()}`, kind: "WARD", organisationId, archivedAt: overrides.archivedAt } });
}

/** A complete shared-measure definition as a form sends it (strings, decimal comma). */
export function proportionMeasureInput(owner: { collaborativeId: string } | { teamId: string }) {
  return {
    ...owner,
    name: `Andel ${unique()}`,
    type: "PROCESS",
    compassPoint: "CLINICAL",
    operationalDefinition: "Optælles mandag for ugen før.",
    numeratorDefinition: "Patienter med patientansvarlig læge",
    denominatorDefinition: "Indlagte patienter",
    kind: "PROPORTION",
    multiplier: "100",
    unit: "%",
    frequency: "WEEKLY",
    direction: "UP",
    goal: "85,5",
    defaultChart: "P",
  };
}

export async function auditCount(db: Db, action: string, entityId?: string) {
  return db.auditEvent.count({ where: { action, ...(entityId ? { entityId } : {}) } });
}
