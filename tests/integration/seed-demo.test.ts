// The demo seed (prisma/seed/seed-demo.ts) against a real, freshly migrated database:
// the contract of the demo issue (organisations, collaboratives, demo sign-ins, data, cycles,
// seminars, reports) and the workflow rules its rows must already satisfy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-users";
import { containsPersonalIdentifier } from "@/lib/privacy/personal-id";
import { runChart, summarise } from "@/lib/spc";
import { buildDemoData, seedDemo, type SeedSummary } from "@/prisma/seed/seed-demo";
import { createTestDb, type TestDb } from "../helpers/test-db";

const NOW = new Date("2026-11-24T12:00:00Z");
const DAY = 86_400_000;

function mondayOf(date: Date): number {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return day - ((date.getUTCDay() + 6) % 7) * DAY;
}

function localTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

describe("demo seed", () => {
  let t: TestDb;
  let summary: SeedSummary;
  let seconds: number;

  beforeAll(async () => {
    t = await createTestDb();
    const started = Date.now();
    summary = await seedDemo(t.db, NOW);
    seconds = (Date.now() - started) / 1000;
  });
  afterAll(async () => t.drop());

  it("is quick and reports what it wrote", async () => {
    expect(seconds).toBeLessThan(10);
    expect(summary.user).toBe(await t.db.user.count());
    expect(summary.team).toBe(14);
    expect(summary.measurement).toBe(await t.db.measurement.count());
    expect(summary.pdsaCycle).toBe(await t.db.pdsaCycle.count());
    expect(summary.measurement).toBeGreaterThan(3000);
  });

  it("is the same demo for the same now, but for the users' secret calendar tokens", () => {
    const a = buildDemoData(NOW, "hash");
    const b = buildDemoData(NOW, "hash");
    const withoutTokens = (data: typeof a.data) => JSON.stringify({ ...data, user: data.user.map(({ calendarToken: _token, ...user }) => user) });
    expect(withoutTokens(a.data)).toBe(withoutTokens(b.data));
    // Calendar-feed tokens are credentials (issue 16): random on every seed, never derived from the seed's fixed random source.
    expect(a.data.user[0].calendarToken).toMatch(/^[0-9a-f]{32}$/);
    expect(a.data.user[0].calendarToken).not.toBe(b.data.user[0].calendarToken);
  });

  it("has one demo sign-in per role with the demo password", async () => {
    const users = await t.db.user.findMany({ where: { email: { in: DEMO_USERS.map((user) => user.email) } } });
    expect(users).toHaveLength(DEMO_USERS.length);
    for (const demo of DEMO_USERS) {
      const user = users.find((row) => row.email === demo.email)!;
      expect(user.name).toBe(demo.name);
      expect(user.role).toBe(demo.role);
      expect(user.locale).toBe(demo.locale);
      expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
    }
    expect(new Set(users.map((user) => user.role))).toEqual(new Set(["ADMIN", "SECRETARIAT", "MANAGER", "STAFF"]));
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: "admin@samspil.demo" }, include: { memberships: true, secretariatOf: true, managerScopes: true } });
    expect(admin.memberships.length + admin.secretariatOf.length + admin.managerScopes.length).toBe(0);
    const all = await t.db.user.findMany();
    expect(all.every((user) => user.email.endsWith("@samspil.demo"))).toBe(true);
    expect(new Set(all.map((user) => user.name)).size).toBe(all.length);
  });

  it("has one Danish region with 3 hospitals and 2 municipalities and one Norwegian county with 3 municipalities", async () => {
    const organisations = await t.db.organisation.findMany();
    const count = (kind: string, country: string) => organisations.filter((row) => row.kind === kind && row.country === country).length;
    expect(count("REGION", "DK")).toBe(1);
    expect(count("HOSPITAL", "DK")).toBe(3);
    expect(count("MUNICIPALITY", "DK")).toBe(2);
    expect(count("COUNTY", "NO")).toBe(1);
    expect(count("MUNICIPALITY", "NO")).toBe(3);
    const region = organisations.find((row) => row.kind === "REGION")!;
    expect(organisations.filter((row) => row.parentId === region.id)).toHaveLength(5);
    const profiles = await t.db.microsystemProfile.groupBy({ by: ["microsystemId"], _count: true });
    expect(profiles).toHaveLength(await t.db.microsystem.count());
    expect(profiles.every((row) => row._count >= 1 && row._count <= 2)).toBe(true);
  });

  it("puts the demo users in their places", async () => {
    const byEmail = async (email: string) => t.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: { include: { team: { include: { collaborative: { include: { organisation: true, _count: { select: { teams: true } } } } } } } } } });
    const contact = await byEmail("kontakt@samspil.demo");
    expect(contact.memberships).toHaveLength(1);
    const team = contact.memberships[0].team;
    expect(contact.memberships[0].role).toBe("CONTACT_PERSON");
    expect(team.collaborative.organisation!.country).toBe("DK");
    expect(team.collaborative._count.teams).toBe(8);
    const member = await byEmail("medlem@samspil.demo");
    const patient = await byEmail("patient@samspil.demo");
    expect(member.memberships.map((row) => [row.teamId, row.role])).toEqual([[team.id, "MEMBER"]]);
    expect(patient.memberships.map((row) => [row.teamId, row.role])).toEqual([[team.id, "PATIENT_REPRESENTATIVE"]]);

    const contactNo = await byEmail("kontakt.no@samspil.demo");
    expect(contactNo.memberships.map((row) => row.role)).toEqual(["CONTACT_PERSON"]);
    expect(contactNo.memberships[0].team.collaborative.organisation!.country).toBe("NO");

    const secretariat = await t.db.user.findUniqueOrThrow({ where: { email: "sekretariat@samspil.demo" }, include: { secretariatOf: true } });
    expect(secretariat.secretariatOf.map((row) => row.collaborativeId)).toEqual([team.collaborativeId]);
    const secretariatNo = await t.db.user.findUniqueOrThrow({ where: { email: "sekretariat.no@samspil.demo" }, include: { secretariatOf: true } });
    expect(secretariatNo.secretariatOf.map((row) => row.collaborativeId)).toEqual([contactNo.memberships[0].team.collaborativeId]);
    const manager = await t.db.user.findUniqueOrThrow({ where: { email: "leder@samspil.demo" }, include: { managerScopes: { include: { organisation: true } } } });
    expect(manager.managerScopes).toHaveLength(1);
    expect(manager.managerScopes[0].organisation).toMatchObject({ kind: "REGION", country: "DK" });
    expect(manager.managerScopes[0].collaborativeId).toBeNull();
  });

  it("gives every team exactly one contact person", async () => {
    const teams = await t.db.team.findMany({ include: { members: true } });
    for (const team of teams) expect(team.members.filter((member) => member.role === "CONTACT_PERSON")).toHaveLength(1);
  });

  it("has the Danish collaborative with 8 departments and the Norwegian one with 6 nursing-home and home-care units", async () => {
    const collaboratives = await t.db.collaborative.findMany({ include: { organisation: true, teams: { include: { microsystem: true } } } });
    expect(collaboratives).toHaveLength(2);
    const dk = collaboratives.find((row) => row.organisation!.country === "DK")!;
    const no = collaboratives.find((row) => row.organisation!.country === "NO")!;
    expect(dk.teams).toHaveLength(8);
    expect(dk.timeZone).toBe("Europe/Copenhagen");
    expect(no.teams).toHaveLength(6);
    expect(no.timeZone).toBe("Europe/Oslo");
    expect(new Set(no.teams.map((team) => team.microsystem.kind))).toEqual(new Set(["NURSING_HOME_UNIT", "HOME_CARE_GROUP"]));
    for (const collaborative of collaboratives) {
      expect(collaborative.status).toBe("ACTIVE");
      expect(collaborative.startDate.getTime()).toBeLessThan(NOW.getTime());
      expect(collaborative.endDate.getTime()).toBeGreaterThan(NOW.getTime());
      expect(collaborative.teams.every((team) => team.status === "ACTIVE" && team.aim.length > 40)).toBe(true);
    }
  });

  it("has shared outcome, process and balancing measures of every kind and both frequencies", async () => {
    const measures = await t.db.measure.findMany();
    const shared = measures.filter((measure) => measure.collaborativeId);
    for (const collaborativeId of new Set(shared.map((measure) => measure.collaborativeId))) {
      const own = shared.filter((measure) => measure.collaborativeId === collaborativeId);
      expect(new Set(own.map((measure) => measure.type))).toEqual(new Set(["OUTCOME", "PROCESS", "BALANCING"]));
    }
    expect(new Set(shared.map((measure) => measure.kind))).toEqual(new Set(["PROPORTION", "RATE", "COUNT"]));
    expect(new Set(shared.map((measure) => measure.frequency))).toEqual(new Set(["WEEKLY", "MONTHLY"]));
    for (const measure of measures) {
      if (measure.kind === "PROPORTION") expect([measure.multiplier, measure.unit]).toEqual([100, "%"]);
      if (measure.kind === "RATE") expect(measure.multiplier).toBe(1000);
      expect(measure.operationalDefinition.length).toBeGreaterThan(20);
    }
    expect(measures.filter((measure) => measure.teamId).length).toBeGreaterThanOrEqual(1);
    expect(await t.db.teamMeasureSetting.count({ where: { baselineCount: { not: null } } })).toBeGreaterThanOrEqual(1);
  });

  it("has measurements on aligned, past periods with valid numerators and denominators", async () => {
    const measures = new Map((await t.db.measure.findMany()).map((measure) => [measure.id, measure]));
    const rows = await t.db.measurement.findMany();
    const currentWeek = mondayOf(NOW);
    const currentMonth = Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), 1);
    const keys = new Set<string>();
    for (const row of rows) {
      const measure = measures.get(row.measureId)!;
      const period = row.periodStart;
      expect(period.getUTCHours() + period.getUTCMinutes() + period.getUTCSeconds() + period.getUTCMilliseconds()).toBe(0);
      if (measure.frequency === "WEEKLY") {
        expect(period.getUTCDay()).toBe(1);
        expect(period.getTime()).toBeLessThanOrEqual(currentWeek);
      } else {
        expect(period.getUTCDate()).toBe(1);
        expect(period.getTime()).toBeLessThanOrEqual(currentMonth);
      }
      expect(Number.isInteger(row.numerator) && row.numerator >= 0).toBe(true);
      if (measure.kind === "PROPORTION") {
        expect(row.denominator).toBeGreaterThan(0);
        expect(Number.isInteger(row.denominator)).toBe(true);
        expect(row.numerator).toBeLessThanOrEqual(row.denominator!);
      } else if (measure.kind === "RATE") {
        expect(row.denominator).toBeGreaterThan(0);
      } else {
        expect(row.denominator).toBeNull();
      }
      if (measure.teamId) expect(row.teamId).toBe(measure.teamId);
      keys.add(`${row.measureId}|${row.teamId}|${period.getTime()}`);
    }
    expect(keys.size).toBe(rows.length);

    const collaboratives = await t.db.collaborative.findMany({ include: { teams: true } });
    for (const collaborative of collaboratives) {
      const teamIds = new Set(collaborative.teams.map((team) => team.id));
      const times = rows.filter((row) => teamIds.has(row.teamId)).map((row) => row.periodStart.getTime());
      const first = new Date(Math.min(...times));
      const last = new Date(Math.max(...times));
      const months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
      expect(months).toBeGreaterThanOrEqual(18);
    }
  });

  it("shows real improvement in about half the teams and none in the rest, by the app's run-chart verdict", async () => {
    const verdicts = async (measureName: string) => {
      const measure = await t.db.measure.findFirstOrThrow({ where: { name: measureName } });
      const teams = await t.db.team.findMany({ where: { collaborativeId: measure.collaborativeId! } });
      const result = new Map<string, string>();
      for (const team of teams) {
        const rows = await t.db.measurement.findMany({ where: { measureId: measure.id, teamId: team.id }, orderBy: { periodStart: "asc" } });
        const values = rows.map((row) => (measure.kind === "COUNT" ? row.numerator : (row.numerator / row.denominator!) * measure.multiplier));
        result.set(team.name, summarise(runChart(values), measure.direction === "UP" ? "up" : "down").verdict);
      }
      return result;
    };
    const named = (map: Map<string, string>, verdict: string) => [...map.entries()].filter(([, v]) => v === verdict).map(([name]) => name).sort();
    const improvingDk = ["Geriatrisk afdeling", "Kardiologisk afdeling", "Medicinsk afdeling", "Ortopædkirurgisk afdeling"];
    for (const name of ["Patientansvarlig læge udpeget inden 24 timer", "Patienter, der kan nævne deres patientansvarlige læge"]) {
      const dk = await verdicts(name);
      expect(named(dk, "improving")).toEqual(improvingDk);
      expect(named(dk, "no-signal")).toHaveLength(4);
    }
    const improvingNo = ["Elvdal omsorgssenter, skjermet enhet", "Hjemmetjenesten Fjellby sentrum", "Solbakken sykehjem, avdeling 2"];
    for (const name of ["Fall per 1000 liggedøgn/brukerdøgn", "Tjenestemottakere med fallrisikovurdering og tiltaksplan"]) {
      const no = await verdicts(name);
      expect(named(no, "improving")).toEqual(improvingNo);
      expect(named(no, "deteriorating")).toEqual([]);
    }
    const restraints = await verdicts("Bruk av bevegelseshindrende tiltak");
    expect(named(restraints, "deteriorating")).toEqual(["Sjøvik sykehjem, langtidsavdeling"]);
    for (const name of ["Utilsigtede hændelser ved overlevering", "Ekstravagter i lægegruppen"]) {
      expect([...(await verdicts(name)).values()].every((verdict) => verdict === "no-signal" || verdict === "too-few-points")).toBe(true);
    }

    // Completeness varies: some teams have gaps.
    const counts = await t.db.measurement.groupBy({ by: ["teamId"], _count: true });
    expect(new Set(counts.map((row) => row._count)).size).toBeGreaterThan(3);
    expect(await t.db.annotation.count({ where: { measureId: { not: null } } })).toBeGreaterThan(3);
  });

  it("leaves a dashboard summary for every team and active measure it works with", async () => {
    const teams = await t.db.team.findMany({ select: { id: true, collaborativeId: true } });
    let expected = 0;
    for (const team of teams) {
      expected += await t.db.measure.count({ where: { archivedAt: null, OR: [{ collaborativeId: team.collaborativeId }, { teamId: team.id }] } });
    }
    expect(expected).toBeGreaterThan(0);
    expect(await t.db.teamMeasureSummary.count()).toBe(expected);
    expect(await t.db.teamMeasureSummary.count({ where: { verdict: "improving" } })).toBeGreaterThan(0);
  });

  it("has PDSA cycles in every state with the fields each state needs", async () => {
    const cycles = await t.db.pdsaCycle.findMany({ include: { predictions: true, measures: true, comments: true } });
    expect(new Set(cycles.map((cycle) => cycle.state))).toEqual(new Set(["PLAN", "DO", "STUDY", "ACT", "DONE", "ABANDONED"]));
    const level: Record<string, number> = { PLAN: 0, DO: 1, STUDY: 2, ACT: 3, DONE: 4, ABANDONED: 1 };
    for (const cycle of cycles) {
      expect(cycle.changeIdeaId).not.toBeNull();
      expect(cycle.predictions.length).toBeGreaterThanOrEqual(1);
      if (level[cycle.state] >= 1) {
        expect(cycle.objective && cycle.who && cycle.what && cycle.where && cycle.whenText && cycle.dataCollectionPlan).toBeTruthy();
        expect(cycle.predictions.every((prediction) => prediction.question && prediction.prediction)).toBe(true);
        expect(cycle.startedAt!.getTime()).toBeLessThan(NOW.getTime());
      }
      if (level[cycle.state] >= 2 && cycle.state !== "ABANDONED") expect(cycle.observations).not.toBe("");
      if (level[cycle.state] >= 3 && cycle.state !== "ABANDONED") {
        expect(cycle.learningSummary).not.toBe("");
        expect(cycle.predictions.every((prediction) => prediction.outcome !== "" && prediction.held !== null)).toBe(true);
      }
      if (cycle.state === "DONE") {
        expect(["ADOPT", "ADAPT", "ABANDON"]).toContain(cycle.decision);
        expect(cycle.completedAt!.getTime()).toBeLessThan(NOW.getTime());
      } else expect(cycle.decision).toBeNull();
      if (cycle.state === "ABANDONED") expect(cycle.abandonReason).not.toBe("");
    }
    const recent = cycles.filter((cycle) => cycle.state === "DONE" && cycle.completedAt!.getTime() > NOW.getTime() - 90 * DAY);
    expect(recent.length).toBeGreaterThanOrEqual(3);
    expect(cycles.some((cycle) => cycle.state === "DONE" && cycle.comments.length > 0)).toBe(true);
    expect(cycles.some((cycle) => cycle.measures.length > 0)).toBe(true);

    // The contact person's team: open cycles and a ramp of four with growing scale.
    const membership = await t.db.teamMember.findFirstOrThrow({ where: { user: { email: "kontakt@samspil.demo" } } });
    const own = cycles.filter((cycle) => cycle.teamId === membership.teamId);
    for (const state of ["PLAN", "DO", "STUDY", "ACT"]) expect(own.some((cycle) => cycle.state === state)).toBe(true);
    const byId = new Map(cycles.map((cycle) => [cycle.id, cycle]));
    const last = own.find((cycle) => cycle.previousCycleId && !cycles.some((other) => other.previousCycleId === cycle.id) && byId.get(cycle.previousCycleId)?.previousCycleId)!;
    const ramp = [last];
    while (ramp[0].previousCycleId) ramp.unshift(byId.get(ramp[0].previousCycleId)!);
    expect(ramp.map((cycle) => cycle.scale)).toEqual(["1 patient", "1 vagt", "1 uge", "hele afsnittet"]);
    expect(ramp.slice(0, 3).every((cycle) => cycle.state === "DONE" && cycle.decision === "ADAPT")).toBe(true);
    expect(new Set(ramp.map((cycle) => cycle.changeIdeaId)).size).toBe(1);

    const ideas = await t.db.idea.findMany();
    expect(new Set(ideas.map((idea) => idea.status))).toEqual(new Set(["NEW", "TESTING", "ADOPTED", "PARKED"]));
    expect(ideas.filter((idea) => idea.status === "TESTING").every((idea) => idea.cycleId)).toBe(true);
    expect(ideas.some((idea) => idea.teamId === membership.teamId)).toBe(true);
    const changeIdeas = await t.db.changeIdea.findMany();
    expect(new Set(changeIdeas.map((idea) => idea.status))).toEqual(new Set(["IDEA", "TESTING", "ADOPTED", "ABANDONED"]));
  });

  it("has past and future learning seminars inside each collaborative, at local 09:00", async () => {
    const collaboratives = await t.db.collaborative.findMany({ include: { seminars: { include: { registrations: true, agendaItems: true, materials: true } } } });
    for (const collaborative of collaboratives) {
      const seminars = collaborative.seminars;
      for (const seminar of seminars) {
        expect(seminar.startsAt.getTime()).toBeGreaterThanOrEqual(collaborative.startDate.getTime());
        expect(seminar.endsAt.getTime()).toBeLessThanOrEqual(collaborative.endDate.getTime());
        expect(localTime(seminar.startsAt, collaborative.timeZone)).toBe("09:00");
        expect(localTime(seminar.endsAt, collaborative.timeZone)).toBe("15:30");
        expect(seminar.agendaItems.length).toBeGreaterThan(0);
      }
      const sorted = [...seminars].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      for (let i = 1; i < sorted.length; i++) {
        const gapDays = (sorted[i].startsAt.getTime() - sorted[i - 1].startsAt.getTime()) / DAY;
        expect(gapDays).toBeGreaterThanOrEqual(60);
        expect(gapDays).toBeLessThanOrEqual(155);
      }
      const past = seminars.filter((seminar) => seminar.status === "PUBLISHED" && seminar.endsAt < NOW);
      expect(past.length).toBeGreaterThanOrEqual(1);
      expect(past.every((seminar) => seminar.registrations.length > 0 && seminar.registrations.every((registration) => registration.attendance))).toBe(true);
      expect(past.some((seminar) => seminar.registrations.some((registration) => registration.attendance === "ABSENT"))).toBe(true);
      expect(past.some((seminar) => seminar.materials.length > 0)).toBe(true);
      const future = seminars.filter((seminar) => seminar.status === "PUBLISHED" && seminar.startsAt > NOW);
      expect(future).toHaveLength(1);
      const next = future[0];
      expect(next.startsAt.getTime() - NOW.getTime()).toBeGreaterThanOrEqual(14 * DAY);
      expect(next.startsAt.getTime() - NOW.getTime()).toBeLessThanOrEqual(56 * DAY);
      expect(next.registrationDeadline!.getTime()).toBeGreaterThan(NOW.getTime());
      expect(next.registrations.length).toBeGreaterThan(0);
      expect(next.registrations.every((registration) => registration.attendance === null)).toBe(true);
    }
    const contact = await t.db.user.findUniqueOrThrow({ where: { email: "kontakt@samspil.demo" }, include: { memberships: { include: { team: true } } } });
    const dkNext = await t.db.learningSeminar.findFirstOrThrow({ where: { collaborativeId: contact.memberships[0].team.collaborativeId, status: "PUBLISHED", startsAt: { gt: NOW } }, include: { registrations: true } });
    expect(dkNext.registrations.filter((registration) => registration.status === "REGISTERED").length).toBeLessThan(dkNext.capacity!);
    expect(dkNext.registrations.some((registration) => registration.userId === contact.id)).toBe(false);
    const waitlisted = await t.db.seminarRegistration.findMany({ where: { status: "WAITLISTED" }, include: { seminar: { include: { registrations: true } } } });
    expect(waitlisted.length).toBeGreaterThan(0);
    // Each mode has its own places and waiting list: one waits only where its own mode is full.
    for (const entry of waitlisted) {
      const limit = entry.mode === "REMOTE" ? entry.seminar.remoteCapacity : entry.seminar.capacity;
      expect(limit).not.toBeNull();
      expect(entry.seminar.registrations.filter((registration) => registration.mode === entry.mode && registration.status === "REGISTERED")).toHaveLength(limit!);
    }
    // A Norwegian seminar limits remote places apart from the room: its room is full, remote places are left.
    const noNext = await t.db.learningSeminar.findFirstOrThrow({ where: { remoteCapacity: { not: null }, status: "PUBLISHED", startsAt: { gt: NOW } }, include: { registrations: true, collaborative: true } });
    expect(noNext.collaborative.timeZone).toBe("Europe/Oslo");
    const registeredIn = (mode: string) => noNext.registrations.filter((registration) => registration.mode === mode && registration.status === "REGISTERED").length;
    expect(registeredIn("IN_PERSON")).toBe(noNext.capacity);
    expect(noNext.registrations.some((registration) => registration.mode === "IN_PERSON" && registration.status === "WAITLISTED")).toBe(true);
    expect(registeredIn("REMOTE")).toBeLessThan(noNext.remoteCapacity!);
  });

  it("has monthly reports and assessment scores on the IHI scale", async () => {
    const reports = await t.db.actionPeriodReport.findMany();
    for (const report of reports) {
      expect(report.month.getUTCDate()).toBe(1);
      expect(report.month.getUTCHours()).toBe(0);
      expect(report.submittedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      const snapshot = JSON.parse(report.snapshot);
      expect(snapshot.completeness).toBeGreaterThanOrEqual(0);
      expect(snapshot.completeness).toBeLessThanOrEqual(1);
      expect(Number.isInteger(snapshot.cyclesCompleted)).toBe(true);
    }
    const previousMonth = new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() - 1, 1));
    const teams = await t.db.team.count();
    const lastMonth = reports.filter((report) => report.month.getTime() === previousMonth.getTime()).length;
    expect(lastMonth).toBeGreaterThanOrEqual(teams - 2);
    expect(lastMonth).toBeLessThan(teams);

    const assessments = await t.db.assessment.findMany({ include: { team: { include: { collaborative: { include: { staff: true } } } } } });
    expect(assessments.length).toBeGreaterThan(100);
    const scale = new Set([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
    for (const assessment of assessments) {
      expect(scale.has(assessment.score)).toBe(true);
      expect(assessment.reportId).not.toBeNull();
      expect(assessment.team.collaborative.staff.map((staff) => staff.userId)).toContain(assessment.assessedById);
    }
    expect(Math.max(...assessments.map((assessment) => assessment.score))).toBeGreaterThanOrEqual(4);
  });

  it("holds no text that looks like a personal identity number", async () => {
    const texts: string[] = [];
    for (const cycle of await t.db.pdsaCycle.findMany()) texts.push(cycle.title, cycle.objective, cycle.observations, cycle.learningSummary, cycle.decisionNote, cycle.abandonReason, cycle.whenText);
    for (const report of await t.db.actionPeriodReport.findMany()) texts.push(report.wentWell, report.barriers, report.helpNeeded, report.snapshot);
    for (const row of await t.db.annotation.findMany()) texts.push(row.text);
    for (const row of await t.db.pdsaComment.findMany()) texts.push(row.text);
    for (const row of await t.db.idea.findMany()) texts.push(row.text);
    for (const row of await t.db.microsystemProfile.findMany()) texts.push(row.purpose, row.patients, row.professionals, row.processes, row.patterns);
    for (const row of await t.db.team.findMany()) texts.push(row.aim);
    for (const row of await t.db.assessment.findMany()) texts.push(row.comment);
    for (const row of await t.db.learningSeminar.findMany()) texts.push(row.title, row.preWork, row.venue);
    expect(texts.filter((text) => containsPersonalIdentifier(text) || /\d{10}/.test(text))).toEqual([]);
  });
});
