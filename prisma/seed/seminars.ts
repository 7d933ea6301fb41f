// Learning seminars every three to four months inside the collaborative's dates: a kick-off two
// weeks after the start, the held ones (with registrations and recorded attendance), the next one
// 2–8 weeks after `now` (published, open for registration; its room filled to capacity with a
// waiting list when the spec says so, remote places left) and a draft after it. 09:00–15:30 local time, converted to UTC with DST.
import { addDays, addHours, DAY_MS, nextWeekday, zonedTimeToUtc } from "./dates";
import type { Rng } from "./random";
import type { CollaborativeSpec, DemoData } from "./types";

export type SeminarParticipant = { userId: string; teamId: string; contact: boolean; keepUnregistered?: boolean; registerFirst?: boolean };

export type SeminarRecord = { id: string; number: number; startsAt: Date; status: "PUBLISHED" | "DRAFT"; held: boolean };

const WEEK_MS = 7 * DAY_MS;

/** Christmas and the Nordic summer holidays. */
function isHoliday(day: Date): boolean {
  const month = day.getUTCMonth();
  const date = day.getUTCDate();
  return month === 6 || (month === 7 && date <= 3) || (month === 11 && date >= 20) || (month === 0 && date <= 3);
}

function shiftOutOfHolidays(day: Date, weeks: number): Date {
  let shifted = day;
  while (isHoliday(shifted)) shifted = addDays(shifted, 7 * weeks);
  return shifted;
}

/**
 * Seminar days: a kick-off two weeks after the start, evenly spaced ones (about 15 weeks apart)
 * up to the next one 3–8 weeks after `now`, and one more 15 weeks later if it fits before the end.
 */
export function seminarDays(weekday: number, start: Date, end: Date, now: Date): Date[] {
  const first = shiftOutOfHolidays(nextWeekday(addDays(start, 14), weekday), 1);
  // The next one: the first weekday at least three weeks ahead outside the holidays, else the last one at least two weeks ahead.
  const candidates: Date[] = [];
  for (let day = nextWeekday(addDays(now, 14), weekday); day.getTime() <= addDays(now, 56).getTime(); day = addDays(day, 7)) {
    if (!isHoliday(day)) candidates.push(day);
  }
  const threeWeeks = addDays(now, 21).getTime();
  const next = candidates.find((day) => day.getTime() >= threeWeeks) ?? candidates[candidates.length - 1] ?? nextWeekday(addDays(now, 21), weekday);
  const weeks = Math.round((next.getTime() - first.getTime()) / WEEK_MS);
  const intervals = Math.max(1, Math.round(weeks / 15));
  const days: Date[] = [first];
  for (let k = 1; k < intervals; k++) days.push(shiftOutOfHolidays(addDays(first, Math.round((k * weeks) / intervals) * 7), -1));
  days.push(next);
  const draft = shiftOutOfHolidays(addDays(next, 15 * 7), 1);
  if (draft.getTime() < addDays(end, -7).getTime()) days.push(draft);
  return days;
}

export function addSeminars(
  data: DemoData,
  newId: () => string,
  rng: Rng,
  spec: CollaborativeSpec,
  collaborativeId: string,
  start: Date,
  end: Date,
  now: Date,
  participants: SeminarParticipant[],
): SeminarRecord[] {
  const { seminar } = spec;
  const days = seminarDays(spec.seminar.weekday, start, end, now);
  const next = days.find((day) => day.getTime() > now.getTime())!;

  const records: SeminarRecord[] = [];
  days.forEach((day, index) => {
    const number = index + 1;
    const id = newId();
    const startsAt = zonedTimeToUtc(day, 9, 0, spec.timeZone);
    const endsAt = zonedTimeToUtc(day, 15, 30, spec.timeZone);
    const held = endsAt.getTime() < now.getTime();
    const isNext = day.getTime() === next.getTime();
    const status = held || isNext ? "PUBLISHED" : "DRAFT";
    // The themes in order, then the later ones again.
    const themeIndex = index < seminar.themes.length ? index : 1 + ((index - 1) % (seminar.themes.length - 1));
    const agendaTheme = seminar.themes[themeIndex];
    // The UI prefixes "Læringsseminar {number}:" itself, so the title is the theme alone.
    const title = agendaTheme.title;
    const createdAt = new Date(Math.min(startsAt.getTime() - 10 * WEEK_MS, now.getTime() - 3 * DAY_MS));
    data.learningSeminar.push({
      id,
      collaborativeId,
      number,
      title,
      startsAt,
      endsAt,
      timeZone: spec.timeZone,
      venue: seminar.venue,
      videoUrl: `https://video.example/samspil/${seminar.slug}-${number}`,
      capacity: seminar.capacity,
      remoteCapacity: seminar.remoteCapacity ?? null,
      registrationDeadline: addDays(startsAt, -8),
      preWork: agendaTheme.preWork,
      status,
      sequence: 0,
      createdAt,
    });
    let minutes = 0;
    agendaTheme.agenda.forEach((item, position) => {
      const at = zonedTimeToUtc(day, 9 + Math.floor(minutes / 60), minutes % 60, spec.timeZone);
      data.agendaItem.push({ id: newId(), seminarId: id, startsAt: at, title: item.title, presenter: item.presenter, position });
      minutes += item.minutes;
    });
    const materials = held ? seminar.materials : status === "PUBLISHED" ? seminar.materials.slice(0, 1) : [];
    materials.forEach((material, position) => {
      const file = material.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a").replace(/[^a-z0-9]+/g, "-");
      data.seminarMaterial.push({ id: newId(), seminarId: id, title: material, url: `https://example.org/samspil/${seminar.slug}/seminar-${number}/${file}.pdf`, position });
    });
    if (status === "PUBLISHED") addRegistrations(data, newId, rng, spec, id, startsAt, held, isNext, now, participants);
    records.push({ id, number, startsAt, status, held });
  });
  return records;
}

function addRegistrations(
  data: DemoData,
  newId: () => string,
  rng: Rng,
  spec: CollaborativeSpec,
  seminarId: string,
  startsAt: Date,
  held: boolean,
  isNext: boolean,
  now: Date,
  participants: SeminarParticipant[],
): void {
  const remoteShare = spec.language === "nb" ? 0.45 : 0.15;
  const registeredAt = (i: number) => new Date(Math.min(addDays(startsAt, -40 + i).getTime(), addHours(now, -2 - i).getTime()));
  if (held) {
    participants.forEach((participant, i) => {
      if (!rng.chance(participant.contact ? 0.95 : 0.7)) return;
      const mode = rng.chance(remoteShare) ? "REMOTE" : "IN_PERSON";
      const attendance = rng.chance(0.1) ? "ABSENT" : rng.chance(0.05) ? (mode === "REMOTE" ? "IN_PERSON" : "REMOTE") : mode;
      data.seminarRegistration.push({ id: newId(), seminarId, userId: participant.userId, teamId: participant.teamId, mode, status: "REGISTERED", attendance, createdAt: registeredAt(i) });
    });
    return;
  }
  if (!isNext) return;
  const { capacity, remoteCapacity } = spec.seminar;
  if (spec.seminar.fillNextToCapacity) {
    // The room fills to capacity and two more wait for it; remote attendees count apart (their own
    // limit, never reached here, so "room full, remote open" shows), at most half the remote places.
    const ordered = [...participants.filter((p) => p.registerFirst), ...participants.filter((p) => !p.registerFirst && !p.keepUnregistered)];
    const remoteMax = remoteCapacity === undefined ? Infinity : Math.floor(remoteCapacity / 2);
    let inRoom = 0;
    let remote = 0;
    for (const [i, participant] of ordered.entries()) {
      if (inRoom >= capacity + 2) break;
      const mode = remote < remoteMax && rng.chance(remoteShare) ? "REMOTE" : "IN_PERSON";
      const status = mode === "REMOTE" || inRoom < capacity ? "REGISTERED" : "WAITLISTED";
      if (mode === "REMOTE") remote++;
      else inRoom++;
      data.seminarRegistration.push({ id: newId(), seminarId, userId: participant.userId, teamId: participant.teamId, mode, status, attendance: null, createdAt: registeredAt(i) });
    }
    return;
  }
  // Plenty of room left: about half of the participants have registered so far.
  participants
    .filter((participant) => !participant.keepUnregistered)
    .forEach((participant, i) => {
      if (!rng.chance(participant.contact ? 0.7 : 0.4)) return;
      const mode = rng.chance(remoteShare) ? "REMOTE" : "IN_PERSON";
      data.seminarRegistration.push({ id: newId(), seminarId, userId: participant.userId, teamId: participant.teamId, mode, status: "REGISTERED", attendance: null, createdAt: registeredAt(i) });
    });
}
