// The demo of Samspil (PRODUCT.md §7 "Demo"): one Danish region and one Norwegian county, a Danish
// forbedringsfællesskab on the named responsible doctor with eight departments and a Norwegian
// læringsnettverk on falls prevention with six units, 18–24 months of data, PDSA cycles in every
// state, seminars, reports and scores. Invented people and units only. The same `now` gives the
// same demo (seeded PRNG, generated ids), except the password hash's salt and calendar tokens.
import { hashPassword } from "../../lib/auth/password";
import type { Db } from "../../lib/db/client";
import { DEMO_PASSWORD } from "../../lib/demo/demo-users";
import { addCollaborativeDrivers, addTeamDrivers } from "./change-package";
import { DK_COLLABORATIVE } from "./collaborative-dk";
import { NO_COLLABORATIVE } from "./collaborative-no";
import { addCycles, addIdeas } from "./cycles";
import { addDays, addMonths, formatLongDate, isoWeekNumber, startOfIsoWeek, startOfUtcMonth, utcDate } from "./dates";
import { insertDemoData } from "./insert";
import { addSeries, missingPeriods, summerGapYear, type SeriesOutcome } from "./measurements";
import { buildOrganisations } from "./organisations";
import { buildPeople } from "./people";
import { createIdFactory, createRng } from "./random";
import { addReports } from "./reports";
import { addSeminars, type SeminarParticipant } from "./seminars";
import { emptyDemoData, type CollaborativeSpec, type DemoData, type MeasureSpec, type SeedSummary, type Step } from "./types";
import { rebuildAllSummaries } from "../../lib/summaries/store";

export type { SeedSummary } from "./types";

export const DEMO_COLLABORATIVES: CollaborativeSpec[] = [DK_COLLABORATIVE, NO_COLLABORATIVE];

/** Chart settings of two improving teams: a frozen baseline and a phase split at the change. */
const MEASURE_SETTINGS = [
  { team: "med", measure: "pal-24t", baselineCount: 24, phaseSplits: "", chart: "P" },
  { team: "ger", measure: "pal-kender", baselineCount: null, phaseSplits: "22", chart: null },
];

export type DemoBuild = { data: DemoData; series: SeriesOutcome[] };

/** The whole demo as rows, without touching a database. */
export function buildDemoData(now: Date, passwordHash: string): DemoBuild {
  const rng = createRng(0x5a3591);
  const newId = createIdFactory(0xc0ffee);
  const data = emptyDemoData();
  const series: SeriesOutcome[] = [];
  const thisMonth = startOfUtcMonth(now);
  const dates = Object.fromEntries(
    DEMO_COLLABORATIVES.map((spec) => {
      const start = addMonths(thisMonth, -spec.startMonthsAgo);
      return [spec.key, { start, end: addDays(addMonths(start, spec.lengthMonths), -1) }];
    }),
  ) as Record<"dk" | "no", { start: Date; end: Date }>;

  const orgs = buildOrganisations(
    data,
    newId,
    { DK: addDays(dates.dk.start, -21), NO: addDays(dates.no.start, -21) },
    { DK: addMonths(dates.dk.start, 11), NO: addMonths(dates.no.start, 10) },
  );
  const people = buildPeople(data, newId, rng, passwordHash, addDays(dates.dk.start, -40));
  data.managerScope.push({ id: newId(), userId: people.demo("manager"), organisationId: orgs.organisation.get("region")!, createdAt: addDays(dates.dk.start, -30) });

  for (const spec of DEMO_COLLABORATIVES) {
    const { start, end } = dates[spec.key];
    const language = spec.language;
    const collaborativeId = newId();
    const setUpAt = addDays(start, -45);
    data.collaborative.push({
      id: collaborativeId,
      name: spec.name,
      topic: spec.topic,
      aim: spec.aim(end),
      status: "ACTIVE",
      startDate: start,
      endDate: end,
      timeZone: spec.timeZone,
      organisationId: orgs.organisation.get(spec.country === "DK" ? "region" : "county")!,
      createdAt: setUpAt,
    });
    const secretariatId = people.resolve(spec.secretariat, language);
    for (const userId of [secretariatId, people.invent(language, "SECRETARIAT")]) {
      data.collaborativeStaff.push({ collaborativeId, userId, createdAt: setUpAt });
    }
    if (spec.country === "NO") {
      // A municipal manager who reads this collaborative only (a collaborative scope).
      data.managerScope.push({ id: newId(), userId: people.invent(language, "MANAGER"), collaborativeId, createdAt: setUpAt });
    }
    const sharedMeasureIds = new Map<string, string>();
    spec.measures.forEach((measure, position) => {
      const id = newId();
      sharedMeasureIds.set(measure.key, id);
      data.measure.push({ ...measureRow(measure), id, collaborativeId, position, createdAt: setUpAt });
    });
    addCollaborativeDrivers(data, newId, spec, collaborativeId, setUpAt);

    const participants: SeminarParticipant[] = [];
    for (const team of spec.teams) {
      const teamId = newId();
      const teamStart = addDays(start, team.joinedWeeks * 7);
      const microsystemName = data.microsystem.find((row) => row.id === orgs.microsystem.get(team.microsystem))!.name;
      const joinedAt = addDays(teamStart, -14);
      data.team.push({
        id: teamId,
        collaborativeId,
        microsystemId: orgs.microsystem.get(team.microsystem)!,
        name: team.name,
        aim: team.aim.replace("{end}", formatLongDate(end, language)).replace("{unit}", microsystemName),
        status: "ACTIVE",
        startDate: teamStart,
        createdAt: joinedAt,
      });
      const contactId = people.resolve(team.contact, language);
      const memberIds = team.members.map((member) => people.resolve(member, language));
      const patientRepresentativeId = team.patientRepresentative ? people.resolve(team.patientRepresentative, language) : null;
      data.teamMember.push({ teamId, userId: contactId, role: "CONTACT_PERSON", createdAt: joinedAt });
      for (const userId of memberIds) data.teamMember.push({ teamId, userId, role: "MEMBER", createdAt: joinedAt });
      if (patientRepresentativeId) data.teamMember.push({ teamId, userId: patientRepresentativeId, role: "PATIENT_REPRESENTATIVE", createdAt: addDays(joinedAt, 60) });
      participants.push(
        { userId: contactId, teamId, contact: true, keepUnregistered: team.contact === "demo:contact", registerFirst: team.contact === "demo:contactNo" },
        ...memberIds.map((userId) => ({ userId, teamId, contact: false })),
      );

      const measureIds = new Map(sharedMeasureIds);
      const measureStarts: { spec: MeasureSpec; id: string; from: Date; steps?: Step[] }[] = spec.measures.map((measure) => ({ spec: measure, id: sharedMeasureIds.get(measure.key)!, from: teamStart }));
      for (const own of spec.teamMeasures.filter((entry) => entry.team === team.key)) {
        const id = newId();
        const from = addDays(teamStart, own.startWeeks * 7);
        measureIds.set(own.spec.key, id);
        measureStarts.push({ spec: own.spec, id, from, steps: own.steps });
        data.measure.push({ ...measureRow(own.spec), id, teamId, position: 100, createdAt: addDays(from, -7) });
      }

      const missing = missingPeriods(team, teamStart, rng, now);
      for (const measure of measureStarts) {
        series.push(
          addSeries(data, newId, rng, {
            spec: measure.spec, measureId: measure.id, team, teamId, teamStart, from: measure.from, now, language, createdById: contactId, missing, steps: measure.steps,
          }),
        );
      }
      for (const setting of MEASURE_SETTINGS.filter((entry) => entry.team === team.key)) {
        data.teamMeasureSetting.push({ teamId, measureId: measureIds.get(setting.measure)!, baselineCount: setting.baselineCount, phaseSplits: setting.phaseSplits, chart: setting.chart });
      }
      for (const note of team.annotations) {
        const date = note.atSummerGap ? utcDate(summerGapYear(teamStart), 6, 1) : startOfIsoWeek(addDays(teamStart, note.weeksAfterStart * 7));
        if (date.getTime() > now.getTime()) continue;
        data.annotation.push({
          id: newId(),
          teamId,
          measureId: note.measure ? (measureIds.get(note.measure) ?? null) : null,
          date,
          text: note.text.replace("{week}", String(isoWeekNumber(date))),
          createdById: contactId,
          createdAt: addDays(date, 3),
        });
      }

      const changeIdeaIds = addTeamDrivers(data, newId, rng, spec, team, teamId, addDays(teamStart, 14));
      const cycleContext = { spec, team, teamId, now, changeIdeaIds, measureIds, contactId, memberIds, patientRepresentativeId };
      const cycles = addCycles(data, newId, rng, cycleContext);
      addIdeas(data, newId, rng, cycleContext, cycles);
      addReports(data, newId, rng, {
        spec, team, teamId, teamStart, now, contactId, assessorId: secretariatId, cycles,
        measures: measureStarts.map((measure) => ({ id: measure.id, frequency: measure.spec.frequency, from: measure.from })),
      });
    }
    addSeminars(data, newId, rng, spec, collaborativeId, start, end, now, participants);
  }
  return { data, series };
}

function measureRow(measure: CollaborativeSpec["measures"][number]) {
  return {
    name: measure.name,
    type: measure.type,
    compassPoint: measure.compassPoint,
    operationalDefinition: measure.operationalDefinition,
    numeratorDefinition: measure.numeratorDefinition,
    denominatorDefinition: measure.denominatorDefinition,
    kind: measure.kind,
    multiplier: measure.multiplier,
    unit: measure.unit,
    frequency: measure.frequency,
    direction: measure.direction,
    goal: measure.goal,
    defaultChart: measure.defaultChart,
    rules: "ANHOEJ",
  };
}

/** Seeds the demo into an empty database. The demo password is hashed once and shared by the demo sign-ins. */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<SeedSummary> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { data } = buildDemoData(now, passwordHash);
  const summary = await insertDemoData(db, data);
  await rebuildAllSummaries(db);
  return summary;
}
