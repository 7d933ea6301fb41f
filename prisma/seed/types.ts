// The demo as plain rows, table by table, in an order that respects every foreign key
// (parents before children inside a table too), so insert.ts can write it with createMany.
import type { Prisma } from "../../generated/prisma/client";

export type DemoData = {
  organisation: Prisma.OrganisationCreateManyInput[];
  user: Prisma.UserCreateManyInput[];
  microsystem: Prisma.MicrosystemCreateManyInput[];
  microsystemProfile: Prisma.MicrosystemProfileCreateManyInput[];
  collaborative: Prisma.CollaborativeCreateManyInput[];
  collaborativeStaff: Prisma.CollaborativeStaffCreateManyInput[];
  managerScope: Prisma.ManagerScopeCreateManyInput[];
  team: Prisma.TeamCreateManyInput[];
  teamMember: Prisma.TeamMemberCreateManyInput[];
  driverNode: Prisma.DriverNodeCreateManyInput[];
  changeIdea: Prisma.ChangeIdeaCreateManyInput[];
  measure: Prisma.MeasureCreateManyInput[];
  measurement: Prisma.MeasurementCreateManyInput[];
  teamMeasureSetting: Prisma.TeamMeasureSettingCreateManyInput[];
  annotation: Prisma.AnnotationCreateManyInput[];
  pdsaCycle: Prisma.PdsaCycleCreateManyInput[];
  pdsaPrediction: Prisma.PdsaPredictionCreateManyInput[];
  pdsaCycleMeasure: Prisma.PdsaCycleMeasureCreateManyInput[];
  pdsaComment: Prisma.PdsaCommentCreateManyInput[];
  idea: Prisma.IdeaCreateManyInput[];
  learningSeminar: Prisma.LearningSeminarCreateManyInput[];
  agendaItem: Prisma.AgendaItemCreateManyInput[];
  seminarMaterial: Prisma.SeminarMaterialCreateManyInput[];
  seminarRegistration: Prisma.SeminarRegistrationCreateManyInput[];
  actionPeriodReport: Prisma.ActionPeriodReportCreateManyInput[];
  assessment: Prisma.AssessmentCreateManyInput[];
};

export type TableName = keyof DemoData;

/** Insert order: every table after the tables it refers to. */
export const TABLE_ORDER: TableName[] = [
  "organisation",
  "user",
  "microsystem",
  "microsystemProfile",
  "collaborative",
  "collaborativeStaff",
  "managerScope",
  "team",
  "teamMember",
  "driverNode",
  "changeIdea",
  "measure",
  "measurement",
  "teamMeasureSetting",
  "annotation",
  "pdsaCycle",
  "pdsaPrediction",
  "pdsaCycleMeasure",
  "pdsaComment",
  "idea",
  "learningSeminar",
  "agendaItem",
  "seminarMaterial",
  "seminarRegistration",
  "actionPeriodReport",
  "assessment",
];

export function emptyDemoData(): DemoData {
  return Object.fromEntries(TABLE_ORDER.map((table) => [table, []])) as unknown as DemoData;
}

/** Rows written per table. */
export type SeedSummary = Record<TableName, number>;

export type Language = "da" | "nb";

// ---- The specification of one collaborative (collaborative-dk.ts, collaborative-no.ts) ----

export type MeasureEffect = "strong" | "weak" | "none";

/** One step of an improvement curve: at `atWeeks` after the team's start, `weight` of the gain arrives (over a few weeks). */
export type Step = { atWeeks: number; weight: number };

/** How a measure's data are simulated. Levels are proportions (0–1), rates per `multiplier` units, or mean counts. */
export type MeasureSimulation = {
  /** What the denominator counts: admissions (per week), survey (patients asked), bedDays, discharges (per month), residents, none. */
  denominator: "admissions" | "survey" | "bedDays" | "discharges" | "residents" | "none";
  base: number;
  improved: number;
  /** The level a team with `deteriorates` drifts to (balancing measures). */
  worse?: number;
  effect: MeasureEffect;
  /** Team-to-team spread of the base level (relative, e.g. 0.15). */
  spread: number;
};

export type MeasureSpec = {
  key: string;
  name: string;
  type: "OUTCOME" | "PROCESS" | "BALANCING";
  compassPoint: "CLINICAL" | "FUNCTIONAL" | "SATISFACTION" | "COSTS";
  operationalDefinition: string;
  numeratorDefinition: string;
  denominatorDefinition: string;
  kind: "PROPORTION" | "RATE" | "COUNT";
  multiplier: number;
  unit: string;
  frequency: "WEEKLY" | "MONTHLY";
  direction: "UP" | "DOWN";
  goal: number | null;
  defaultChart: "RUN" | "P" | "U" | "C" | "I";
  sim: MeasureSimulation;
};

export type DriverSpec = {
  text: string;
  secondaries: { text: string; ideas: { title: string; description: string }[] }[];
};

export type CycleState = "PLAN" | "DO" | "STUDY" | "ACT" | "DONE" | "ABANDONED";
export type CycleDecision = "ADOPT" | "ADAPT" | "ABANDON";

/** The full text of a PDSA cycle; the state decides how much of it the seeded cycle carries. */
export type CycleTemplate = {
  idea: string;
  title: string;
  scale: string;
  objective: string;
  questions: { question: string; prediction: string; outcome: string; held: boolean }[];
  who: string;
  what: string;
  where: string;
  whenText: string;
  dataCollectionPlan: string;
  observations: string;
  surprises: string;
  learningSummary: string;
  decisionNotes: Partial<Record<CycleDecision, string>>;
  abandonReason?: string;
  measures: string[];
};

/** One cycle of a team: which template, what state, and when (days before `now`; negative = in the future). */
export type CyclePlan = {
  template: string;
  state: CycleState;
  decision?: CycleDecision;
  startDaysAgo: number;
  durationDays: number;
  /** Continues the ramp of the previous cycle in the team's list with the same `ramp` name. */
  ramp?: string;
  /** Overrides the template's scale (and adds it to the title). */
  scale?: string;
  abandonReason?: string;
};

export type TeamSpec = {
  key: string;
  name: string;
  microsystem: string;
  organisation: string;
  microsystemKind: "WARD" | "OUTPATIENT_CLINIC" | "NURSING_HOME_UNIT" | "HOME_CARE_GROUP";
  /** Weekly admissions (wards) or places/users (nursing homes, home care). */
  size: number;
  /** Beds (wards, nursing homes) or users served (home care): drives bed days / service days. */
  beds: number;
  improving: boolean;
  /** Weeks after the team's start at which the changes start to take effect. */
  shiftWeeks: number;
  /** Weeks after the team's start (0 for most). */
  joinedWeeks: number;
  gaps?: "scattered" | "summer";
  /** Weeks at the end not yet entered. */
  missingRecentWeeks?: number;
  deteriorates?: boolean;
  /** Multiplies a measure's simulated levels for this team (by measure key), e.g. home care has fewer falls per 1000 days. */
  levelFactor?: Record<string, number>;
  /** Skips the previous month's report (overdue). */
  reportOverdue?: boolean;
  contact: string;
  members: string[];
  patientRepresentative?: string;
  aim: string;
  cycles: CyclePlan[];
  /** Dated notes on the team's charts; "{week}" is replaced by the ISO week number. */
  annotations: { weeksAfterStart: number; text: string; measure?: string; atSummerGap?: boolean }[];
};

export type SeminarTheme = {
  title: string;
  preWork: string;
  agenda: { minutes: number; title: string; presenter: string }[];
};

export type CollaborativeSpec = {
  key: "dk" | "no";
  language: Language;
  country: "DK" | "NO";
  timeZone: string;
  name: string;
  topic: string;
  aim: (endDate: Date) => string;
  /** Months before `now`'s month that the collaborative started, and its length in months. */
  startMonthsAgo: number;
  lengthMonths: number;
  secretariat: string;
  drivers: DriverSpec[];
  measures: MeasureSpec[];
  teamMeasures: { team: string; startWeeks: number; spec: MeasureSpec; steps?: Step[] }[];
  teams: TeamSpec[];
  cycleTemplates: Record<string, CycleTemplate>;
  ideaBoard: string[];
  comments: string[];
  reportTexts: { wentWellEarly: string[]; wentWellLate: string[]; barriers: string[]; helpNeeded: string[] };
  assessmentComments: Record<"low" | "middle" | "high", string[]>;
  seminar: {
    weekday: number;
    venue: string;
    /** Places in the room (in person). */
    capacity: number;
    /** Places for remote attendance; absent = unlimited. */
    remoteCapacity?: number;
    /** Fill the next seminar's room to capacity and put two more on its waiting list. */
    fillNextToCapacity: boolean;
    slug: string;
    themes: SeminarTheme[];
    materials: string[];
  };
};
