// The change package every collaborative of the large region shares (primary → secondary drivers →
// change ideas, each idea tied to the measures its PDSA cycles watch), the teams' own change ideas,
// and the idea statuses that follow from the cycles.
import type { Rng } from "../seed/random";
import type { DemoData } from "../seed/types";

type IdeaSpec = { title: string; measures: string[] };

const DRIVERS: { text: string; secondaries: { text: string; ideas: IdeaSpec[] }[] }[] = [
  {
    text: "Forebyg fald",
    secondaries: [
      { text: "Kend faldrisikoen fra første døgn", ideas: [{ title: "Faldrisikovurdering som fast punkt i ankomstsamtalen", measures: ["fald-risiko", "fald"] }, { title: "Gult armbånd ved høj faldrisiko", measures: ["fald"] }] },
      { text: "Tryg mobilisering", ideas: [{ title: "Mobiliseringsplan på tavlen ved sengen", measures: ["fald", "udskrivelsesplan"] }, { title: "Skridsikre sokker til alle ved ankomst", measures: ["fald"] }] },
    ],
  },
  {
    text: "Forebyg tryksår",
    secondaries: [
      { text: "Tidlig hudvurdering", ideas: [{ title: "Braden-vurdering i ankomstsamtalen", measures: ["tryksaar-risiko", "tryksaar"] }, { title: "Hudinspektion ved hver stillingsændring", measures: ["tryksaar"] }] },
      { text: "Trykaflastning", ideas: [{ title: "Vendeskema ved sengen", measures: ["tryksaar"] }, { title: "Trykaflastende madras samme dag", measures: ["tryksaar"] }] },
    ],
  },
  {
    text: "Sikker medicinering",
    secondaries: [
      { text: "En korrekt medicinliste", ideas: [{ title: "Medicinafstemning som fast punkt på morgenmødet", measures: ["medicinafstemning", "medicinhaendelser"] }, { title: "Farmakonom gennemgår listen ved ankomst", measures: ["medicinafstemning"] }] },
      { text: "Tryg udskrivelse", ideas: [{ title: "Udskrivelsessamtale med teach-back", measures: ["tryghed", "genindlaeggelser"] }, { title: "Udskrivelsesplan aftalt inden 48 timer", measures: ["udskrivelsesplan", "genindlaeggelser"] }] },
    ],
  },
  {
    text: "Forebyg infektioner",
    secondaries: [{ text: "Håndhygiejne i hver plejesituation", ideas: [{ title: "Håndsprit ved hver seng og dør", measures: ["haandhygiejne"] }, { title: "Ugentlig håndhygiejne-audit med feedback på tavlen", measures: ["haandhygiejne"] }] }],
  },
];

const TEAM_IDEAS: IdeaSpec[] = [
  { title: "Risikohuddle kl. 11 om dagens højrisikopatienter", measures: ["fald", "tryksaar"] },
  { title: "Natlys på badeværelserne", measures: ["fald"] },
  { title: "Pjece om faldforebyggelse til pårørende", measures: ["fald", "tryghed"] },
  { title: "Medicinlisten printes til udskrivelsessamtalen", measures: ["medicinhaendelser", "tryghed"] },
  { title: "Fast makker-tjek ved medicinuddeling", measures: ["medicinhaendelser"] },
  { title: "Tavlemøde om udskrivelser hver formiddag", measures: ["udskrivelsesplan"] },
];

export type ChangeIdeaRef = { id: string; title: string; measureKeys: string[] };

/** The collaborative's driver diagram and change ideas; returns its ideas. */
export function addChangePackage(data: DemoData, newId: () => string, collaborativeId: string, createdAt: Date): ChangeIdeaRef[] {
  const ideas: ChangeIdeaRef[] = [];
  DRIVERS.forEach((primary, p) => {
    const primaryId = newId();
    data.driverNode.push({ id: primaryId, collaborativeId, kind: "PRIMARY", text: primary.text, position: p, createdAt });
    primary.secondaries.forEach((secondary, s) => {
      const secondaryId = newId();
      data.driverNode.push({ id: secondaryId, collaborativeId, parentId: primaryId, kind: "SECONDARY", text: secondary.text, position: s, createdAt });
      secondary.ideas.forEach((idea, i) => {
        const id = newId();
        data.changeIdea.push({ id, collaborativeId, driverNodeId: secondaryId, title: idea.title, status: "IDEA", position: i, createdAt });
        ideas.push({ id, title: idea.title, measureKeys: idea.measures });
      });
    });
  });
  return ideas;
}

/** One or two change ideas of the team's own. */
export function addTeamIdeas(data: DemoData, newId: () => string, rng: Rng, teamId: string, createdAt: Date): ChangeIdeaRef[] {
  return rng.shuffle(TEAM_IDEAS).slice(0, rng.int(1, 2)).map((idea, position) => {
    const id = newId();
    data.changeIdea.push({ id, teamId, title: idea.title, status: "IDEA", position, createdAt });
    return { id, title: idea.title, measureKeys: idea.measures };
  });
}

/**
 * Idea statuses from the cycles: a team's own idea is ADOPTED or ABANDONED by its last decision, else
 * TESTING; a shared idea is ADOPTED when at least two teams adopted it, TESTING when any team tests it.
 */
export function settleIdeaStatuses(data: DemoData): void {
  const adoptions = new Map<string, number>();
  const tested = new Set<string>();
  const lastDecision = new Map<string, string>();
  for (const cycle of data.pdsaCycle) {
    if (!cycle.changeIdeaId) continue;
    tested.add(cycle.changeIdeaId);
    if (cycle.decision === "ADOPT") adoptions.set(cycle.changeIdeaId, (adoptions.get(cycle.changeIdeaId) ?? 0) + 1);
    if (cycle.decision || cycle.state === "ABANDONED") lastDecision.set(cycle.changeIdeaId, cycle.state === "ABANDONED" ? "ABANDON" : cycle.decision!);
  }
  for (const idea of data.changeIdea) {
    if (idea.collaborativeId) idea.status = (adoptions.get(idea.id!) ?? 0) >= 2 ? "ADOPTED" : tested.has(idea.id!) ? "TESTING" : "IDEA";
    else {
      const decision = lastDecision.get(idea.id!);
      idea.status = decision === "ADOPT" ? "ADOPTED" : decision === "ABANDON" ? "ABANDONED" : tested.has(idea.id!) ? "TESTING" : "IDEA";
    }
  }
}
