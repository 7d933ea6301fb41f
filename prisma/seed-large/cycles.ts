// A team's PDSA cycles, spread over its three years in ramps of one to four cycles on one change
// idea, each scaled up from the last (previousCycleId). A cycle's state follows from its dates: done
// or abandoned when it ended, do/study/act while it runs, plan when it starts later. Filled as far as
// the state requires (PRODUCT.md §4), with one prediction and the measures the idea watches.
import { addDays, addHours, DAY_MS } from "../seed/dates";
import type { Rng } from "../seed/random";
import type { CycleState, DemoData } from "../seed/types";
import type { ChangeIdeaRef } from "./change-package";
import type { LargeTeam } from "./teams";

const SCALES = ["1 patient på én dagvagt", "3 patienter i en uge", "alle patienter på én stue i to uger", "hele afsnittet i en måned"];
const LEVEL: Record<CycleState, number> = { PLAN: 0, DO: 1, STUDY: 2, ACT: 3, DONE: 4, ABANDONED: 1 };
const ABANDON_REASONS = ["For mange vikarer til at afprøve det i denne periode.", "Forandringen tog for lang tid i en travl vagt.", "Afsnittet blev lagt sammen med et andet; vi starter igen senere."];

type Ramp = { idea: ChangeIdeaRef; length: number };

function planRamps(rng: Rng, ideas: ChangeIdeaRef[], cycles: number): Ramp[] {
  const ramps: Ramp[] = [];
  for (let left = cycles; left > 0; ) {
    const length = Math.min(left, rng.int(1, 4));
    ramps.push({ idea: rng.pick(ideas), length });
    left -= length;
  }
  return ramps;
}

function stateAt(start: Date, durationDays: number, now: Date, lastOfRamp: boolean, rng: Rng): { state: CycleState; decision: "ADOPT" | "ADAPT" | "ABANDON" | null } {
  if (start.getTime() > now.getTime()) return { state: "PLAN", decision: null };
  const elapsed = (now.getTime() - start.getTime()) / (durationDays * DAY_MS);
  if (elapsed < 0.6) return { state: "DO", decision: null };
  if (elapsed < 0.85) return { state: "STUDY", decision: null };
  if (elapsed < 1) return { state: "ACT", decision: null };
  if (!lastOfRamp) return { state: "DONE", decision: "ADAPT" };
  const draw = rng.next();
  if (draw < 0.1) return { state: "ABANDONED", decision: null };
  return { state: "DONE", decision: draw < 0.72 ? "ADOPT" : draw < 0.88 ? "ADAPT" : "ABANDON" };
}

/** Adds `count` cycles of the team; `measureIds` are the collaborative's shared measures by key. */
export function addTeamCycles(data: DemoData, newId: () => string, rng: Rng, team: LargeTeam, measureIds: Map<string, string>, count: number, now: Date): void {
  const first = addDays(team.start, 21);
  const last = addDays(now, rng.int(-25, 20));
  const slotDays = (last.getTime() - first.getTime()) / DAY_MS / Math.max(1, count - 1);
  let index = 0;
  for (const ramp of planRamps(rng, team.ideas, count)) {
    let previousId: string | null = null;
    for (let step = 0; step < ramp.length; step++, index++) {
      const id = newId();
      const start = addHours(addDays(first, Math.round(index * slotDays)), 8);
      const durationDays = Math.max(5, Math.min(Math.floor(slotDays), rng.int(7, 28)));
      const { state, decision } = stateAt(start, durationDays, now, step === ramp.length - 1, rng);
      const level = LEVEL[state];
      const closed = state === "DONE" || state === "ABANDONED";
      const completedAt = closed ? addHours(addDays(start, durationDays), 6) : null;
      const startedAt = level >= 1 ? start : null;
      const createdAt = addDays(start, -rng.int(3, 10));
      const scale = SCALES[Math.min(step, SCALES.length - 1)];
      const title = ramp.idea.title;
      data.pdsaCycle.push({
        id,
        teamId: team.id,
        changeIdeaId: ramp.idea.id,
        previousCycleId: previousId,
        ownerId: rng.chance(0.6) ? team.contactId : rng.pick(team.memberIds),
        title: `${title} – ${scale}`,
        state,
        scale,
        objective: `At afprøve »${title.toLowerCase()}« med ${scale} og se, om det kan gøres hver gang.`,
        who: "Kontaktpersonen og vagtens ansvarshavende sygeplejerske",
        what: `${title} for ${scale}.`,
        where: team.spec.name,
        whenText: `${durationDays} dage fra start`,
        dataCollectionPlan: "Afkrydsning på tavlen ved hver situation; opgøres ved tavlemødet.",
        observations: level >= 2 ? "Det blev gjort i de fleste situationer; i travle vagter blev det glemt." : "",
        surprises: level >= 2 ? "Patienterne og de pårørende tog godt imod det." : "",
        learningSummary: level >= 3 ? "Det virker, når det er en fast del af arbejdsgangen og står på tavlen." : "",
        decision,
        decisionNote: decision === "ADAPT" ? "Vi tilpasser og afprøver i større skala." : decision === "ADOPT" ? "Indføres som fast praksis." : decision === "ABANDON" ? "Vi stopper; det gav ikke den ønskede effekt." : "",
        abandonReason: state === "ABANDONED" ? rng.pick(ABANDON_REASONS) : "",
        plannedStart: start,
        startedAt,
        completedAt,
        createdAt,
        updatedAt: completedAt ?? startedAt ?? createdAt,
      });
      data.pdsaPrediction.push({
        id: newId(),
        cycleId: id,
        position: 0,
        question: "Bliver det gjort hver gang?",
        prediction: "Ja, i mindst 8 af 10 situationer.",
        outcome: level >= 3 ? "Det blev gjort i 7 af 10 situationer." : "",
        held: level >= 3 ? rng.chance(0.5) : null,
      });
      for (const key of ramp.idea.measureKeys) {
        const measureId = measureIds.get(key);
        if (measureId) data.pdsaCycleMeasure.push({ cycleId: id, measureId });
      }
      previousId = id;
    }
  }
}
