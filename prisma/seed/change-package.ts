// Driver diagrams: the collaborative's change package (aim → primary → secondary drivers → change
// ideas) and each team's own copy with the change ideas it works on. Change-idea statuses follow
// the team's PDSA cycles: adopted, being tested, abandoned, or still an idea.
import type { Rng } from "./random";
import type { CollaborativeSpec, DemoData, TeamSpec } from "./types";

type IdeaStatus = "IDEA" | "TESTING" | "ADOPTED" | "ABANDONED";

/** The status of each change idea a team's cycles work on. */
export function teamIdeaStatuses(spec: CollaborativeSpec, team: TeamSpec): Map<string, IdeaStatus> {
  const statuses = new Map<string, IdeaStatus>();
  const rank: Record<IdeaStatus, number> = { IDEA: 0, ABANDONED: 1, TESTING: 2, ADOPTED: 3 };
  for (const plan of team.cycles) {
    const title = spec.cycleTemplates[plan.template].idea;
    let status: IdeaStatus;
    if (plan.state === "DONE" && plan.decision === "ADOPT") status = "ADOPTED";
    else if (plan.state === "ABANDONED" || (plan.state === "DONE" && plan.decision === "ABANDON")) status = "ABANDONED";
    else status = "TESTING";
    const current = statuses.get(title);
    if (!current || rank[status] > rank[current]) statuses.set(title, status);
  }
  return statuses;
}

/** The collaborative's change package; an idea is ADOPTED when two teams adopted it, TESTING when any team tests it. */
export function addCollaborativeDrivers(data: DemoData, newId: () => string, spec: CollaborativeSpec, collaborativeId: string, createdAt: Date): void {
  const perTeam = spec.teams.map((team) => teamIdeaStatuses(spec, team));
  spec.drivers.forEach((primary, p) => {
    const primaryId = newId();
    data.driverNode.push({ id: primaryId, collaborativeId, kind: "PRIMARY", text: primary.text, position: p, createdAt });
    primary.secondaries.forEach((secondary, s) => {
      const secondaryId = newId();
      data.driverNode.push({ id: secondaryId, collaborativeId, parentId: primaryId, kind: "SECONDARY", text: secondary.text, position: s, createdAt });
      secondary.ideas.forEach((idea, i) => {
        const statuses = perTeam.map((map) => map.get(idea.title));
        const adopted = statuses.filter((status) => status === "ADOPTED").length;
        const status: IdeaStatus = adopted >= 2 ? "ADOPTED" : statuses.some((status) => status === "TESTING" || status === "ADOPTED") ? "TESTING" : "IDEA";
        data.changeIdea.push({ id: newId(), collaborativeId, driverNodeId: secondaryId, title: idea.title, description: idea.description, status, position: i, createdAt });
      });
    });
  });
}

/** The team's driver diagram (copied from the change package) with the change ideas it works on and two more; returns idea ids by title. */
export function addTeamDrivers(
  data: DemoData,
  newId: () => string,
  rng: Rng,
  spec: CollaborativeSpec,
  team: TeamSpec,
  teamId: string,
  createdAt: Date,
): Map<string, string> {
  const statuses = teamIdeaStatuses(spec, team);
  const others = rng.shuffle(spec.drivers.flatMap((primary) => primary.secondaries.flatMap((secondary) => secondary.ideas.map((idea) => idea.title))).filter((title) => !statuses.has(title)));
  for (const title of others.slice(0, 2)) statuses.set(title, "IDEA");
  const ids = new Map<string, string>();
  spec.drivers.forEach((primary, p) => {
    const primaryId = newId();
    data.driverNode.push({ id: primaryId, teamId, kind: "PRIMARY", text: primary.text, position: p, createdAt });
    primary.secondaries.forEach((secondary, s) => {
      const secondaryId = newId();
      data.driverNode.push({ id: secondaryId, teamId, parentId: primaryId, kind: "SECONDARY", text: secondary.text, position: s, createdAt });
      secondary.ideas
        .filter((idea) => statuses.has(idea.title))
        .forEach((idea, i) => {
          const id = newId();
          ids.set(idea.title, id);
          data.changeIdea.push({ id, teamId, driverNodeId: secondaryId, title: idea.title, description: idea.description, status: statuses.get(idea.title)!, position: i, createdAt });
        });
    });
  });
  return ids;
}
