// The teams of the large region: one per microsystem, each with a contact person and two members,
// and a story for the statistics: about 45 % improve, 40 % stay flat and 15 % deteriorate, at their
// own time; some leave scattered weeks empty, some a summer, some have not entered the last weeks.
import { missingPeriods } from "../seed/measurements";
import type { Rng } from "../seed/random";
import type { DemoData, TeamSpec } from "../seed/types";
import type { ChangeIdeaRef } from "./change-package";
import { addTeamIdeas } from "./change-package";
import type { LargePeople } from "./people";
import type { MicrosystemPlan } from "./region";

export type LargeTeam = {
  id: string;
  collaborativeId: string;
  spec: TeamSpec;
  start: Date;
  contactId: string;
  memberIds: string[];
  /** The collaborative's change ideas and the team's own. */
  ideas: ChangeIdeaRef[];
  /** True for the weeks the team left empty (the same for every measure). */
  missing: (period: Date) => boolean;
};

export type TeamContext = {
  collaborativeId: string;
  start: Date;
  now: Date;
  weeks: number;
  sharedIdeas: ChangeIdeaRef[];
  people: LargePeople;
  /** The first team of the first collaborative gets the contact person who signs in. */
  signInContact: boolean;
};

function storyOf(rng: Rng, weeks: number): Pick<TeamSpec, "improving" | "deteriorates" | "shiftWeeks"> {
  const draw = rng.next();
  const shiftWeeks = rng.int(Math.round(weeks * 0.1), Math.round(weeks * 0.45));
  if (draw < 0.45) return { improving: true, deteriorates: false, shiftWeeks };
  if (draw < 0.85) return { improving: false, deteriorates: false, shiftWeeks };
  return { improving: false, deteriorates: true, shiftWeeks };
}

export function addTeam(data: DemoData, newId: () => string, rng: Rng, unit: MicrosystemPlan, context: TeamContext): LargeTeam {
  const id = newId();
  const joinedAt = new Date(context.start.getTime() - 14 * 86_400_000);
  const gapDraw = rng.next();
  const spec: TeamSpec = {
    key: id,
    name: unit.name,
    microsystem: unit.id,
    organisation: "",
    microsystemKind: unit.kind,
    size: unit.size,
    beds: unit.beds,
    ...storyOf(rng, context.weeks),
    joinedWeeks: 0,
    gaps: gapDraw < 0.15 ? "scattered" : gapDraw < 0.23 ? "summer" : undefined,
    missingRecentWeeks: rng.chance(0.1) ? rng.int(1, 3) : undefined,
    reportOverdue: rng.chance(0.08),
    contact: "",
    members: [],
    aim: `Inden for to år halverer ${unit.name} antallet af fald, tryksår og medicineringsfejl.`,
    cycles: [],
    annotations: [],
  };
  data.team.push({ id, collaborativeId: context.collaborativeId, microsystemId: unit.id, name: unit.name, aim: spec.aim, status: "ACTIVE", startDate: context.start, createdAt: joinedAt });
  const contactId = context.signInContact ? context.people.contactId : context.people.invent();
  const memberIds = [context.people.invent(), context.people.invent()];
  data.teamMember.push({ teamId: id, userId: contactId, role: "CONTACT_PERSON", createdAt: joinedAt });
  for (const userId of memberIds) data.teamMember.push({ teamId: id, userId, role: "MEMBER", createdAt: joinedAt });
  const ownIdeas = addTeamIdeas(data, newId, rng, id, new Date(context.start.getTime() + 21 * 86_400_000));
  return {
    id,
    collaborativeId: context.collaborativeId,
    spec,
    start: context.start,
    contactId,
    memberIds,
    ideas: [...context.sharedIdeas, ...ownIdeas],
    missing: missingPeriods(spec, context.start, rng, context.now),
  };
}
