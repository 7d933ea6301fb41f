// Builders for the PDSA integration tests: a cycle of a team at any state, filled as far as the state needs.
import type { Db } from "@/lib/db/client";

export async function makeCycle(
  db: Db,
  teamId: string,
  overrides: { state?: string; changeIdeaId?: string | null; decision?: string | null; title?: string; filled?: boolean } = {},
) {
  const filled = overrides.filled ?? true;
  const cycle = await db.pdsaCycle.create({
    data: {
      teamId,
      title: overrides.title ?? "Tjekliste ved vagtskifte",
      state: overrides.state ?? "PLAN",
      changeIdeaId: overrides.changeIdeaId ?? null,
      scale: "1 vagt",
      objective: filled ? "Færre fald" : "",
      who: filled ? "Nattevagten" : "",
      what: filled ? "Tjekliste" : "",
      where: filled ? "Stue 1" : "",
      whenText: filled ? "Uge 12" : "",
      dataCollectionPlan: filled ? "Tælle fald" : "",
      observations: filled ? "Gik fint" : "",
      learningSummary: filled ? "Virker" : "",
      decision: overrides.decision ?? null,
    },
  });
  await db.pdsaPrediction.create({
    data: { cycleId: cycle.id, position: 0, question: "Bliver tjeklisten brugt?", prediction: filled ? "Ja, 8 af 10 gange" : "", outcome: filled ? "7 af 10" : "", held: filled ? false : null },
  });
  return cycle;
}
