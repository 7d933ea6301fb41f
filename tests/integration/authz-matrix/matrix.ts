// The authorisation matrix of issue 16 as data: for every server-action config (lib/*/action-configs.ts
// and acceptInviteConfig), every server action defined without one, and every route under app/api,
// who may do it (PRODUCT.md §4 "Who may do what") and a valid input aimed at team A1 / collaborative
// A of world.ts. authz-matrix.test.ts tries each as every identity and fails when a config, a server
// action or a route file has no row here, or a row names nothing that exists.
//
// The expectations are written out by hand from PRODUCT.md, not derived from lib/authz/policy.ts,
// so the test compares the code with the specification rather than with itself.
import { randomUUID } from "node:crypto";
import type { ErrorCode } from "@/lib/actions/result";
import type { CurrentUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { hashApiToken } from "@/lib/api-tokens/secret";
import { hashInviteToken } from "@/lib/users/invite";
import { IDENTITIES, type Identity, type World } from "./world";

export type Ctx = { db: Db; w: World; who: Identity; user: CurrentUser | null; seq: () => number };

export type ActionCase = {
  /** What the call acts on, for failure messages. */
  target: string;
  /** Who may do it (PRODUCT.md §4); every other identity must be refused and change nothing. */
  allowed: readonly Identity[];
  /** A valid input for this identity; it creates the target rows a call uses up (fresh per call). */
  input: (ctx: Ctx) => unknown | Promise<unknown>;
  /** Workflow refusals an allowed identity may meet instead of success (none unless named). */
  allowedRefusals?: readonly ErrorCode[];
  /** Puts the world back after an allowed call whose success would change who reaches what. */
  after?: (ctx: Ctx) => Promise<void>;
};
export type ActionRow = { public?: true; cases: readonly ActionCase[] };

// ---- Who: groups of world.ts's identities -------------------------------------------------------

const A1_MEMBERS = ["contactA1", "memberA1", "patientA1"] as const satisfies readonly Identity[];
const A1_WORKERS = ["contactA1", "memberA1"] as const satisfies readonly Identity[];
const A_TEAM_MEMBERS = [...A1_MEMBERS, "contactA2", "memberA2", "patientA2"] as const satisfies readonly Identity[];
const EVERYONE = IDENTITIES;

// ---- Fresh targets ------------------------------------------------------------------------------

const tag = () => randomUUID().slice(0, 8);
const day = (text: string) => new Date(`${text}T00:00:00.000Z`);
/** The n-th free two-hour slot of 2027 for a seminar of A, 3 hours apart (world.ts's seminars are in November). */
const slot = (n: number) => {
  const start = new Date(Date.UTC(2027, 0, 4, 8) + n * 3 * 3600_000);
  return { start, end: new Date(start.getTime() + 2 * 3600_000) };
};
const localText = (date: Date) => {
  // Copenhagen is UTC+1 in winter and UTC+2 in summer; the slot is read back in that zone.
  const text = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).format(date);
  return text.replace(" ", "T");
};
/** The n-th month from January 2025 as "YYYY-MM" (team A1 started with its collaborative in 2025). */
const monthKey = (n: number) => {
  const month = new Date(Date.UTC(2025, n % 23, 1));
  return `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, "0")}`;
};

async function freshUser(db: Db, role: string, deactivated = false) {
  const id = tag();
  return db.user.create({
    data: { email: `fresh-${id}@test.example`, name: `Fresh ${id}`, role, locale: "da", calendarToken: randomUUID().replace(/-/g, ""), deactivatedAt: deactivated ? new Date() : null },
  });
}

async function freshMicrosystem(db: Db, w: World) {
  return db.microsystem.create({ data: { name: `Ward ${tag()}`, kind: "WARD", organisationId: w.departmentA.id } });
}

async function freshNode(db: Db, owner: { teamId: string } | { collaborativeId: string }, position: number) {
  return db.driverNode.create({ data: { ...owner, kind: "PRIMARY", text: `Driver ${tag()}`, position } });
}

async function freshCycle(db: Db, teamId: string, state: string, extra: Record<string, unknown> = {}) {
  return db.pdsaCycle.create({ data: { teamId, title: `Cycle ${tag()}`, state, ...extra } });
}

async function freshMeasure(db: Db, owner: { teamId: string } | { collaborativeId: string }) {
  return db.measure.create({ data: { ...owner, name: `Measure ${tag()}`, type: "PROCESS", kind: "COUNT", frequency: "MONTHLY", defaultChart: "RUN" } });
}

async function freshSeminar(db: Db, w: World, n: number, status: string) {
  const { start, end } = slot(n);
  return db.learningSeminar.create({
    data: { collaborativeId: w.collaborativeA.id, number: 100 + (n % 800), title: `Seminar ${tag()}`, startsAt: start, endsAt: end, status, timeZone: "Europe/Copenhagen" },
  });
}

/** The fields of a measure's definition as a form posts them. */
const measureFields = () => ({
  name: `Andel ${tag()}`,
  type: "PROCESS",
  compassPoint: "CLINICAL",
  operationalDefinition: "Optælles den første i måneden.",
  kind: "COUNT",
  multiplier: "",
  unit: "",
  frequency: "MONTHLY",
  direction: "DOWN",
  goal: "",
  defaultChart: "RUN",
});

const diagramCases = (make: (ctx: Ctx, owner: { teamId: string } | { collaborativeId: string }) => unknown | Promise<unknown>): ActionCase[] => [
  { target: "team A1's driver diagram", allowed: [...A1_WORKERS, "secretariatA"], input: (ctx) => make(ctx, { teamId: ctx.w.teamA1.id }) },
  { target: "collaborative A's change package", allowed: ["secretariatA"], input: (ctx) => make(ctx, { collaborativeId: ctx.w.collaborativeA.id }) },
];

// ---- Server-action configs: one row per exported config name ---------------------------------------

export const ACTIONS: Record<string, ActionRow> = {
  // lib/annotations: "annotation.write" is the team's workers (contact person, member).
  createAnnotationConfig: {
    cases: [{ target: "team A1's chart", allowed: A1_WORKERS, input: ({ w }) => ({ teamId: w.teamA1.id, measureId: w.sharedA.id, date: "2026-02-01", text: "Ny tjekliste" }) }],
  },
  deleteAnnotationConfig: {
    cases: [
      {
        target: "an annotation of team A1",
        allowed: A1_WORKERS,
        input: async ({ db, w }) => {
          const annotation = await db.annotation.create({ data: { teamId: w.teamA1.id, date: day("2026-02-01"), text: `Note ${tag()}` } });
          return { annotationId: annotation.id };
        },
      },
    ],
  },

  // lib/api-tokens: managers and administrators read the open-data API, each with their own tokens.
  createApiTokenConfig: { cases: [{ target: "the caller's own token", allowed: ["managerA", "managerB", "admin"], input: () => ({ name: "Power BI" }) }] },
  revokeApiTokenConfig: {
    cases: [
      {
        target: "the caller's own token",
        allowed: ["managerA", "managerB", "admin"],
        input: async ({ db, w, user }) => {
          const token = await db.apiToken.create({ data: { userId: user?.id ?? w.users.managerA.id, name: "Old", tokenHash: hashApiToken(`samspil_${randomUUID()}`) } });
          return { tokenId: token.id };
        },
      },
    ],
  },

  // lib/chart-settings: the contact person keeps the team's baselines and phases.
  saveChartSettingsConfig: {
    cases: [{ target: "team A1's chart of a shared measure", allowed: ["contactA1"], input: ({ w }) => ({ teamId: w.teamA1.id, measureId: w.sharedA.id, baselineCount: "", phaseSplits: "" }) }],
  },

  // lib/collaboratives: the secretariat creates collaboratives and manages its own, nothing of another's.
  createCollaborativeConfig: {
    cases: [
      {
        target: "a collaborative without an owning organisation",
        allowed: ["secretariatA", "secretariatB"],
        input: () => ({ name: `Samarbejde ${tag()}`, topic: "Fald", startDate: "2027-01-01", endDate: "2027-12-31", organisationId: "" }),
      },
      {
        // TODAY'S BEHAVIOUR, NOT A PROMISE (needs a product decision, reported with issue 16): any
        // secretariat user may name any organisation as the owner, here region A, collaborative A's
        // own. Its creator becomes the new collaborative's staff and so reaches region A's
        // microsystems (lib/authz/scope.ts secretariatOrganisationIds): secretariat B would reach A's.
        // `after` removes the new staff row so the rest of the matrix runs in the world as built.
        target: "a collaborative owned by region A (collaborative A's organisation)",
        allowed: ["secretariatA", "secretariatB"],
        input: ({ w }) => ({ name: `Samarbejde ${tag()}`, topic: "Fald", startDate: "2027-01-01", endDate: "2027-12-31", organisationId: w.regionA.id }),
        after: async ({ db, w }) => {
          await db.collaborativeStaff.deleteMany({ where: { userId: w.users.secretariatB.id, collaborativeId: { not: w.collaborativeB.id } } });
        },
      },
    ],
  },
  updateCollaborativeConfig: {
    cases: [
      {
        target: "collaborative A",
        allowed: ["secretariatA"],
        input: ({ w }) => ({
          collaborativeId: w.collaborativeA.id,
          name: `Collaborative A ${tag()}`,
          topic: "Topic",
          aim: "Færre fald",
          startDate: "2025-01-01",
          endDate: "2027-12-31",
          organisationId: w.regionA.id,
          status: "ACTIVE",
        }),
      },
      {
        // TODAY'S BEHAVIOUR, NOT A PROMISE (the same product decision as createCollaborativeConfig's
        // second case): secretariat B may make region A the owner of its own collaborative B, and so
        // reach region A's microsystems. `after` gives B its own region back.
        target: "collaborative B re-owned by region A",
        allowed: ["secretariatB"],
        input: ({ w }) => ({
          collaborativeId: w.collaborativeB.id,
          name: w.collaborativeB.name,
          topic: "Topic",
          aim: "",
          startDate: "2025-01-01",
          endDate: "2027-12-31",
          organisationId: w.regionA.id,
          status: "ACTIVE",
        }),
        after: async ({ db, w }) => {
          await db.collaborative.update({ where: { id: w.collaborativeB.id }, data: { organisationId: w.regionB.id } });
        },
      },
    ],
  },
  enrolTeamConfig: {
    cases: [
      {
        target: "a microsystem of region A into collaborative A",
        allowed: ["secretariatA"],
        input: async ({ db, w }) => {
          const microsystem = await freshMicrosystem(db, w);
          const contact = await freshUser(db, "STAFF");
          return { collaborativeId: w.collaborativeA.id, microsystemId: microsystem.id, name: "", contactUserId: contact.id, contactEmail: "" };
        },
      },
    ],
  },
  changeTeamStatusConfig: {
    cases: [
      {
        target: "an enrolled team of collaborative A",
        allowed: ["secretariatA"],
        input: async ({ db, w }) => {
          const microsystem = await freshMicrosystem(db, w);
          const team = await db.team.create({ data: { collaborativeId: w.collaborativeA.id, microsystemId: microsystem.id, name: `Team ${tag()}`, status: "ENROLLED" } });
          return { teamId: team.id, status: "ACTIVE" };
        },
      },
    ],
  },
  addStaffConfig: {
    cases: [
      {
        target: "collaborative A's secretariat",
        allowed: ["secretariatA"],
        input: async ({ db, w }) => ({ collaborativeId: w.collaborativeA.id, userId: (await freshUser(db, "SECRETARIAT")).id }),
      },
    ],
  },
  removeStaffConfig: {
    cases: [
      {
        target: "collaborative A's secretariat",
        allowed: ["secretariatA"],
        input: async ({ db, w }) => {
          const staff = await freshUser(db, "SECRETARIAT");
          await db.collaborativeStaff.create({ data: { collaborativeId: w.collaborativeA.id, userId: staff.id } });
          return { collaborativeId: w.collaborativeA.id, userId: staff.id };
        },
      },
    ],
  },
  addManagerScopeConfig: {
    cases: [
      {
        target: "collaborative A's managers",
        allowed: ["secretariatA"],
        input: async ({ db, w }) => ({ collaborativeId: w.collaborativeA.id, userId: (await freshUser(db, "MANAGER")).id }),
      },
    ],
  },
  removeManagerScopeConfig: {
    cases: [
      {
        target: "a manager's scope on collaborative A",
        allowed: ["secretariatA"],
        input: async ({ db, w }) => {
          const manager = await freshUser(db, "MANAGER");
          const scope = await db.managerScope.create({ data: { userId: manager.id, collaborativeId: w.collaborativeA.id } });
          return { scopeId: scope.id };
        },
      },
    ],
  },

  // lib/driver-diagrams: a team's diagram is its workers' and the secretariat's; the change package the secretariat's.
  addDriverItemConfig: { cases: diagramCases((_ctx, owner) => ({ ...ownerOf(owner), parentId: "", afterId: "", text: `Driver ${tag()}` })) },
  renameDriverItemConfig: { cases: diagramCases(async ({ db, seq }, owner) => ({ itemId: (await freshNode(db, owner, 1000 + seq())).id, text: `Renamed ${tag()}` })) },
  // A fresh driver goes last, after world.ts's first one, so it can move up.
  moveDriverItemConfig: { cases: diagramCases(async ({ db, seq }, owner) => ({ itemId: (await freshNode(db, owner, 100_000 + seq())).id, move: "moveUp" })) },
  removeDriverItemConfig: { cases: diagramCases(async ({ db, seq }, owner) => ({ itemId: (await freshNode(db, owner, 1000 + seq())).id })) },
  editDriverItemConfig: { cases: diagramCases(async ({ db, seq }, owner) => ({ itemId: (await freshNode(db, owner, 1000 + seq())).id, op: "rename", text: `Edited ${tag()}` })) },
  copyChangePackageConfig: {
    cases: [{ target: "team A1's driver diagram", allowed: [...A1_WORKERS, "secretariatA"], input: ({ w }) => ({ teamId: w.teamA1.id, append: "true" }) }],
  },

  // lib/ideas: every team member posts on the huddle board; the workers move ideas.
  postIdeaConfig: { cases: [{ target: "team A1's huddle board", allowed: A1_MEMBERS, input: ({ w }) => ({ teamId: w.teamA1.id, text: `Idé ${tag()}` }) }] },
  moveIdeaConfig: {
    cases: [
      {
        target: "an idea on team A1's board",
        allowed: A1_WORKERS,
        input: async ({ db, w }) => {
          const idea = await db.idea.create({ data: { teamId: w.teamA1.id, text: `Idé ${tag()}`, status: "NEW" } });
          return { ideaId: idea.id, status: "PARKED", cycleId: "" };
        },
      },
    ],
  },

  // lib/measurements: the team's workers and the secretariat enter data.
  saveMeasurementsConfig: {
    cases: [
      {
        target: "team A1's data",
        allowed: [...A1_WORKERS, "secretariatA"],
        input: ({ w }) => ({ teamId: w.teamA1.id, cells: [{ measureId: w.sharedA.id, period: "2026-02-01", numerator: "3", denominator: "", note: "" }] }),
      },
    ],
  },
  importMeasurementsConfig: {
    cases: [
      {
        target: "team A1's data",
        allowed: [...A1_WORKERS, "secretariatA"],
        input: ({ w }) => ({ teamId: w.teamA1.id, csv: `measure;period;numerator;denominator;note\n${w.ownA1.name};2026-03-01;2;;\n`, confirm: "true" }),
      },
    ],
  },

  // lib/measures: shared measures are the secretariat's; a team's own its contact person's and the secretariat's.
  createSharedMeasureConfig: {
    cases: [{ target: "collaborative A's shared measures", allowed: ["secretariatA"], input: ({ w }) => ({ collaborativeId: w.collaborativeA.id, ...measureFields() }) }],
  },
  createTeamMeasureConfig: {
    cases: [{ target: "team A1's own measures", allowed: ["contactA1", "secretariatA"], input: ({ w }) => ({ teamId: w.teamA1.id, ...measureFields() }) }],
  },
  updateMeasureConfig: {
    cases: [
      { target: "a measure of team A1's own", allowed: ["contactA1", "secretariatA"], input: async ({ db, w }) => ({ measureId: (await freshMeasure(db, { teamId: w.teamA1.id })).id, ...measureFields() }) },
      { target: "a shared measure of collaborative A", allowed: ["secretariatA"], input: async ({ db, w }) => ({ measureId: (await freshMeasure(db, { collaborativeId: w.collaborativeA.id })).id, ...measureFields() }) },
    ],
  },
  archiveMeasureConfig: {
    cases: [
      { target: "a measure of team A1's own", allowed: ["contactA1", "secretariatA"], input: async ({ db, w }) => ({ measureId: (await freshMeasure(db, { teamId: w.teamA1.id })).id }) },
      { target: "a shared measure of collaborative A", allowed: ["secretariatA"], input: async ({ db, w }) => ({ measureId: (await freshMeasure(db, { collaborativeId: w.collaborativeA.id })).id }) },
    ],
  },

  // lib/microsystems: created and edited by the secretariat of its collaboratives and administrators
  // (the administrator keeps the organisation tree the microsystems hang in); the 5P profile also by
  // the workers of the microsystem's own teams.
  createMicrosystemConfig: {
    cases: [{ target: "a microsystem under a department of region A", allowed: ["admin", "secretariatA"], input: ({ w }) => ({ organisationId: w.departmentA.id, name: `Ward ${tag()}`, kind: "WARD" }) }],
  },
  updateMicrosystemConfig: {
    cases: [
      {
        target: "team A1's microsystem",
        allowed: ["admin", "secretariatA"],
        input: ({ w }) => ({ microsystemId: w.microsystemA1.id, organisationId: w.microsystemA1.organisationId, name: `Ward A1 ${tag()}`, kind: "WARD" }),
      },
    ],
  },
  saveProfileConfig: {
    cases: [
      {
        target: "team A1's microsystem's 5P profile",
        allowed: ["admin", "secretariatA", ...A1_WORKERS],
        input: ({ w }) => ({ microsystemId: w.microsystemA1.id, purpose: `Sikker pleje ${tag()}`, patients: "Ældre", professionals: "", processes: "", patterns: "" }),
      },
    ],
  },

  // lib/organisations: the organisation tree is the administrator's alone.
  createOrganisationConfig: { cases: [{ target: "the organisation tree", allowed: ["admin"], input: () => ({ name: `Region ${tag()}`, kind: "REGION", parentId: "", country: "DK" }) }] },
  renameOrganisationConfig: {
    cases: [{ target: "an organisation", allowed: ["admin"], input: async ({ db }) => ({ organisationId: (await db.organisation.create({ data: { name: `Org ${tag()}`, kind: "REGION" } })).id, name: `Renamed ${tag()}` }) }],
  },
  moveOrganisationConfig: {
    cases: [
      {
        target: "an organisation",
        allowed: ["admin"],
        input: async ({ db, w }) => {
          const hospital = await db.organisation.create({ data: { name: `Hospital ${tag()}`, kind: "HOSPITAL", parentId: w.regionA.id } });
          const region = await db.organisation.create({ data: { name: `Region ${tag()}`, kind: "REGION" } });
          return { organisationId: hospital.id, parentId: region.id };
        },
      },
    ],
  },
  archiveOrganisationConfig: {
    cases: [{ target: "an organisation", allowed: ["admin"], input: async ({ db }) => ({ organisationId: (await db.organisation.create({ data: { name: `Org ${tag()}`, kind: "REGION" } })).id }) }],
  },

  // lib/pdsa: the team's workers run cycles; every team member and the secretariat comment.
  createCycleConfig: { cases: [{ target: "team A1's cycles", allowed: A1_WORKERS, input: ({ w }) => ({ teamId: w.teamA1.id, title: `Cycle ${tag()}`, changeIdeaId: "", ideaId: "" }) }] },
  savePlanConfig: {
    cases: [
      {
        target: "a cycle of team A1 in PLAN",
        allowed: A1_WORKERS,
        input: async ({ db, w }) => ({
          cycleId: (await freshCycle(db, w.teamA1.id, "PLAN")).id,
          version: 1,
          title: "Tjekliste",
          scale: "1 vagt",
          objective: "Færre fald",
          who: "",
          what: "",
          where: "",
          whenText: "",
          dataCollectionPlan: "",
          plannedStart: "",
          questions: [],
          measureIds: [],
        }),
      },
    ],
  },
  saveDoConfig: {
    cases: [{ target: "a cycle of team A1 in DO", allowed: A1_WORKERS, input: async ({ db, w }) => ({ cycleId: (await freshCycle(db, w.teamA1.id, "DO")).id, version: 1, observations: "Gik fint", surprises: "" }) }],
  },
  saveStudyConfig: {
    cases: [{ target: "a cycle of team A1 in STUDY", allowed: A1_WORKERS, input: async ({ db, w }) => ({ cycleId: (await freshCycle(db, w.teamA1.id, "STUDY")).id, version: 1, learningSummary: "Virker", results: [] }) }],
  },
  saveActConfig: {
    cases: [{ target: "a cycle of team A1 in ACT", allowed: A1_WORKERS, input: async ({ db, w }) => ({ cycleId: (await freshCycle(db, w.teamA1.id, "ACT")).id, version: 1, decision: "ADOPT", decisionNote: "" }) }],
  },
  saveStepConfig: {
    cases: [
      {
        target: "a cycle of team A1 in DO",
        allowed: A1_WORKERS,
        input: async ({ db, w }) => ({ step: "DO", intent: "save", cycleId: (await freshCycle(db, w.teamA1.id, "DO")).id, version: 1, observations: "Gik fint", surprises: "" }),
      },
    ],
  },
  advanceCycleConfig: {
    cases: [
      {
        target: "a cycle of team A1 in DO with its observations",
        allowed: A1_WORKERS,
        input: async ({ db, w }) => ({ cycleId: (await freshCycle(db, w.teamA1.id, "DO", { observations: "Gik fint" })).id, version: 1, to: "STUDY" }),
      },
    ],
  },
  abandonCycleConfig: {
    cases: [{ target: "a cycle of team A1 in PLAN", allowed: A1_WORKERS, input: async ({ db, w }) => ({ cycleId: (await freshCycle(db, w.teamA1.id, "PLAN")).id, version: 1, reason: "Ikke relevant" }) }],
  },
  commentCycleConfig: {
    cases: [{ target: "a cycle of team A1", allowed: [...A1_MEMBERS, "secretariatA"], input: ({ w }) => ({ cycleId: w.cycleA1.id, text: `Kommentar ${tag()}` }) }],
  },
  startNextCycleConfig: {
    cases: [
      {
        target: "a done, adapted cycle of team A1",
        allowed: A1_WORKERS,
        input: async ({ db, w }) => ({ cycleId: (await freshCycle(db, w.teamA1.id, "DONE", { decision: "ADAPT", completedAt: new Date() })).id }),
      },
    ],
  },

  // lib/reports: only the contact person submits; only the secretariat scores.
  submitReportConfig: {
    cases: [{ target: "team A1's monthly report", allowed: ["contactA1"], input: ({ w, seq }) => ({ teamId: w.teamA1.id, month: monthKey(seq()), wentWell: "Tavlemøder", barriers: "", helpNeeded: "" }) }],
  },
  scoreReportConfig: {
    cases: [
      {
        target: "a submitted report of team A1",
        allowed: ["secretariatA"],
        input: async ({ db, w, seq }) => {
          // Months long before the team's own reports, one per call (one report per team and month).
          const month = new Date(Date.UTC(2000, seq(), 1));
          const report = await db.actionPeriodReport.create({ data: { teamId: w.teamA1.id, month, snapshot: "{}", wentWell: "Tavlemøder", submittedAt: new Date() } });
          return { reportId: report.id, score: "3,5", comment: "" };
        },
      },
    ],
  },

  // lib/seminars: the secretariat runs its collaborative's seminars; the teams' members of that collaborative register.
  createSeminarConfig: {
    cases: [
      {
        target: "collaborative A's seminars",
        allowed: ["secretariatA"],
        input: ({ w, seq }) => {
          const { start, end } = slot(seq());
          return { collaborativeId: w.collaborativeA.id, number: "5", title: `Seminar ${tag()}`, timeZone: "Europe/Copenhagen", startsAt: localText(start), endsAt: localText(end) };
        },
      },
    ],
  },
  updateSeminarConfig: {
    cases: [
      {
        target: "a seminar of collaborative A",
        allowed: ["secretariatA"],
        input: async ({ db, w, seq }) => {
          const n = seq();
          const seminar = await freshSeminar(db, w, n, "DRAFT");
          const { start, end } = slot(n);
          return { seminarId: seminar.id, number: "6", title: `Seminar ${tag()}`, timeZone: "Europe/Copenhagen", startsAt: localText(start), endsAt: localText(end) };
        },
      },
    ],
  },
  publishSeminarConfig: {
    cases: [{ target: "a draft seminar of collaborative A", allowed: ["secretariatA"], input: async ({ db, w, seq }) => ({ seminarId: (await freshSeminar(db, w, seq(), "DRAFT")).id }) }],
  },
  cancelSeminarConfig: {
    cases: [{ target: "a published seminar of collaborative A", allowed: ["secretariatA"], input: async ({ db, w, seq }) => ({ seminarId: (await freshSeminar(db, w, seq(), "PUBLISHED")).id }) }],
  },
  registerForSeminarConfig: {
    cases: [{ target: "an open seminar of collaborative A", allowed: A_TEAM_MEMBERS, input: ({ w }) => ({ seminarId: w.openSeminar.id, mode: "IN_PERSON" }) }],
  },
  cancelRegistrationConfig: {
    cases: [
      {
        target: "the caller's own registration for a seminar of collaborative A",
        allowed: A_TEAM_MEMBERS,
        input: async ({ db, w, user, seq }) => {
          const seminar = await freshSeminar(db, w, seq(), "PUBLISHED");
          // Team members of A hold a registration to cancel; nobody else can have one.
          const membership = user ? await db.teamMember.findFirst({ where: { userId: user.id, team: { collaborativeId: w.collaborativeA.id } } }) : null;
          if (membership) await db.seminarRegistration.create({ data: { seminarId: seminar.id, userId: membership.userId, teamId: membership.teamId, mode: "REMOTE", status: "REGISTERED" } });
          return { seminarId: seminar.id };
        },
      },
    ],
  },
  recordAttendanceSheetConfig: {
    cases: [
      {
        target: "the attendance sheet of a started seminar of collaborative A",
        allowed: ["secretariatA"],
        input: ({ w }) => ({ seminarId: w.startedSeminar.id, rows: [{ registrationId: w.startedRegistration.id, attendance: "IN_PERSON" }] }),
      },
      {
        // The registrations must be the seminar's own: B's started seminar cannot carry A's registrations.
        target: "a registration of A's seminar posted on the sheet of B's seminar",
        allowed: [],
        input: ({ w }) => ({ seminarId: w.startedSeminarB.id, rows: [{ registrationId: w.startedRegistration.id, attendance: "ABSENT" }] }),
      },
    ],
  },

  // lib/teams: the contact person and the secretariat keep the aim and the members.
  editAimConfig: {
    cases: [
      {
        target: "team A1's aim",
        allowed: ["contactA1", "secretariatA"],
        input: async ({ db, w }) => ({ teamId: w.teamA1.id, aim: `Færre fald ${tag()}`, version: (await db.team.findUniqueOrThrow({ where: { id: w.teamA1.id } })).version }),
      },
    ],
  },
  addMemberConfig: {
    cases: [{ target: "team A1's members", allowed: ["contactA1", "secretariatA"], input: async ({ db, w }) => ({ teamId: w.teamA1.id, email: (await freshUser(db, "STAFF")).email, role: "MEMBER" }) }],
  },
  changeMemberRoleConfig: {
    cases: [
      {
        target: "a member of team A1",
        allowed: ["contactA1", "secretariatA"],
        input: async ({ db, w }) => {
          const member = await freshUser(db, "STAFF");
          await db.teamMember.create({ data: { teamId: w.teamA1.id, userId: member.id, role: "MEMBER" } });
          return { teamId: w.teamA1.id, userId: member.id, role: "PATIENT_REPRESENTATIVE" };
        },
      },
    ],
  },
  removeMemberConfig: {
    cases: [
      {
        target: "a member of team A1",
        allowed: ["contactA1", "secretariatA"],
        input: async ({ db, w }) => {
          const member = await freshUser(db, "STAFF");
          await db.teamMember.create({ data: { teamId: w.teamA1.id, userId: member.id, role: "MEMBER" } });
          return { teamId: w.teamA1.id, userId: member.id };
        },
      },
    ],
  },

  // lib/users: user administration is the administrator's alone; an invitation's token is its own credential.
  createUserConfig: { cases: [{ target: "the users", allowed: ["admin"], input: () => ({ name: "Ny Bruger", email: `new-${tag()}@test.example`, role: "STAFF", locale: "da" }) }] },
  reinviteUserConfig: { cases: [{ target: "a user", allowed: ["admin"], input: async ({ db }) => ({ userId: (await freshUser(db, "STAFF")).id }) }] },
  setUserRoleConfig: { cases: [{ target: "a user", allowed: ["admin"], input: async ({ db }) => ({ userId: (await freshUser(db, "STAFF")).id, role: "MANAGER" }) }] },
  setSecretariatScopesConfig: {
    cases: [{ target: "a secretariat user's collaboratives", allowed: ["admin"], input: async ({ db, w }) => ({ userId: (await freshUser(db, "SECRETARIAT")).id, collaborativeIds: [w.collaborativeA.id] }) }],
  },
  setManagerScopesConfig: {
    cases: [
      {
        target: "a manager's scope",
        allowed: ["admin"],
        input: async ({ db, w }) => ({ userId: (await freshUser(db, "MANAGER")).id, organisationIds: [w.regionA.id], collaborativeIds: [] }),
      },
    ],
  },
  deactivateUserConfig: { cases: [{ target: "a user", allowed: ["admin"], input: async ({ db }) => ({ userId: (await freshUser(db, "STAFF")).id }) }] },
  reactivateUserConfig: { cases: [{ target: "a deactivated user", allowed: ["admin"], input: async ({ db }) => ({ userId: (await freshUser(db, "STAFF", true)).id }) }] },
  acceptInviteConfig: {
    public: true,
    cases: [
      {
        // Signed out by nature: whoever holds a valid, unused invitation token sets that account's password.
        target: "a valid invitation",
        allowed: EVERYONE,
        input: async ({ db }) => {
          const invited = await freshUser(db, "STAFF");
          const token = randomUUID();
          await db.userInvite.create({ data: { userId: invited.id, tokenHash: hashInviteToken(token), expiresAt: new Date(Date.now() + 86_400_000) } });
          return { token, password: "a long enough password", passwordRepeat: "a long enough password" };
        },
      },
    ],
  },
};

function ownerOf(owner: { teamId: string } | { collaborativeId: string }) {
  return "teamId" in owner ? { ownerType: "team", ownerId: owner.teamId } : { ownerType: "collaborative", ownerId: owner.collaborativeId };
}

// ---- Server actions made without a config --------------------------------------------------------

/**
 * Exports of "use server" modules that are not defineAction(<config>): they act on the caller alone
 * and need Next's request (cookies), so they are not driven here. Keyed "file#export".
 */
export const INLINE_SERVER_ACTIONS: Record<string, { who: string; coveredBy: string }> = {
  "lib/users/actions.ts#changeLocaleAction": {
    who: "everyone, signed in or out: it sets the caller's own language cookie and, signed in, the caller's own User.locale (no target row)",
    coveredBy: "tests/integration/server-action.test.ts (saveUserLocale with its audit event); e2e foundation.spec.ts",
  },
  "lib/auth/sign-in-action.ts#signInAction": {
    who: "everyone: the password is the credential (lockout by account and address)",
    coveredBy: "tests/integration/sign-in.test.ts (authenticateWithPassword); e2e sign-in.spec.ts and no-javascript.spec.ts",
  },
  "lib/auth/sign-in-action.ts#signOutAction": {
    who: "the signed-in caller, for their own session only (raises their session version)",
    coveredBy: "tests/integration/session-user.test.ts (a raised session version ends earlier sessions); e2e sign-in.spec.ts",
  },
};

// ---- Routes under app/api -------------------------------------------------------------------------

export type ApiResourceName = "collaboratives" | "teams" | "measures" | "measurements" | "pdsa-cycles" | "assessments";

export type RouteRow =
  /** Signed in by the session cookie: `allowed` get 200, other signed-in identities 404, signed out 401. */
  | { auth: "session"; allowed: readonly Identity[]; params: (w: World) => Record<string, string>; contains: (w: World) => string }
  /** The open-data API with a Bearer token: the token owner's role and scope decide (lib/api). */
  | { auth: "bearer"; resource: ApiResourceName; item: boolean; target: (w: World) => string }
  /** Public: every identity gets 200 and nothing of any team. */
  | { auth: "public" }
  /** A calendar feed whose secret URL is the credential, whoever calls (signed out included). */
  | { auth: "userFeed" | "collaborativeFeed" }
  /** Cannot be driven outside Next; says why and what covers it. */
  | { auth: "notDriven"; why: string; coveredBy: string };

/**
 * The open-data API (PRODUCT.md §4 "a manager reads within their scope"; issue 7): a token reads
 * while its owner is a manager or an administrator. Seeing the target (team A1's row): manager A
 * (region A) and the administrator; manager B gets 404 for it and lists without it; the other roles'
 * tokens are refused (403); no token is 401.
 */
export const API_READERS = { seeTarget: ["managerA", "admin"], scopedOut: ["managerB"] } as const satisfies Record<string, readonly Identity[]>;

const TEAM_READERS = [...A1_MEMBERS, "secretariatA", "managerA", "admin"] as const satisfies readonly Identity[];

export const ROUTES: Record<string, RouteRow> = {
  "app/api/auth/[...nextauth]/route.ts": {
    auth: "notDriven",
    why: "next-auth's own handler (OIDC sign-in and its callbacks) reads Next's request context (cookies(), headers()) and answers redirects; it reads no team data",
    coveredBy: "lib/auth/options.ts callbacks through tests/integration/session-user.test.ts; e2e sign-in.spec.ts",
  },
  "app/api/health/route.ts": { auth: "public" },
  "app/api/v1/openapi.json/route.ts": { auth: "public" },
  "app/api/calendar/users/[token]/route.ts": { auth: "userFeed" },
  "app/api/calendar/collaboratives/[collaborativeId]/[token]/route.ts": { auth: "collaborativeFeed" },
  // A team's data (team.read): its own members, the secretariat of its collaborative, a manager in scope, the administrator.
  // Members of the collaborative's other teams read shared work on pages, not a team's raw data export.
  "app/api/teams/[teamId]/measurements.csv/route.ts": { auth: "session", allowed: TEAM_READERS, params: (w) => ({ teamId: w.teamA1.id }), contains: (w) => w.sharedA.name },
  "app/api/teams/[teamId]/measurements-template.csv/route.ts": { auth: "session", allowed: TEAM_READERS, params: (w) => ({ teamId: w.teamA1.id }), contains: (w) => w.ownA1.name },
  // Every team's data of a collaborative: its secretariat, a manager in scope, the administrator.
  "app/api/collaboratives/[collaborativeId]/measurements.csv/route.ts": {
    auth: "session",
    allowed: ["secretariatA", "managerA", "admin"],
    params: (w) => ({ collaborativeId: w.collaborativeA.id }),
    contains: (w) => w.teamA1.name,
  },
  // Names and e-mail addresses of the registered: the collaborative's secretariat only.
  "app/api/collaboratives/[collaborativeId]/registrations.csv/route.ts": {
    auth: "session",
    allowed: ["secretariatA"],
    params: (w) => ({ collaborativeId: w.collaborativeA.id }),
    contains: (w) => w.users.memberA1.email,
  },
  "app/api/v1/collaboratives/route.ts": { auth: "bearer", resource: "collaboratives", item: false, target: (w) => w.collaborativeA.id },
  "app/api/v1/collaboratives/[id]/route.ts": { auth: "bearer", resource: "collaboratives", item: true, target: (w) => w.collaborativeA.id },
  "app/api/v1/teams/route.ts": { auth: "bearer", resource: "teams", item: false, target: (w) => w.teamA1.id },
  "app/api/v1/teams/[id]/route.ts": { auth: "bearer", resource: "teams", item: true, target: (w) => w.teamA1.id },
  "app/api/v1/measures/route.ts": { auth: "bearer", resource: "measures", item: false, target: (w) => w.ownA1.id },
  "app/api/v1/measures/[id]/route.ts": { auth: "bearer", resource: "measures", item: true, target: (w) => w.ownA1.id },
  "app/api/v1/measurements/route.ts": { auth: "bearer", resource: "measurements", item: false, target: (w) => w.measurementA1.id },
  "app/api/v1/measurements/[id]/route.ts": { auth: "bearer", resource: "measurements", item: true, target: (w) => w.measurementA1.id },
  "app/api/v1/pdsa-cycles/route.ts": { auth: "bearer", resource: "pdsa-cycles", item: false, target: (w) => w.cycleA1.id },
  "app/api/v1/pdsa-cycles/[id]/route.ts": { auth: "bearer", resource: "pdsa-cycles", item: true, target: (w) => w.cycleA1.id },
  "app/api/v1/assessments/route.ts": { auth: "bearer", resource: "assessments", item: false, target: (w) => w.assessmentA1.id },
  "app/api/v1/assessments/[id]/route.ts": { auth: "bearer", resource: "assessments", item: true, target: (w) => w.assessmentA1.id },
};
