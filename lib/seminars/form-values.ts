import { utcToZonedLocal } from "./time";

/** What the seminar form starts from: the stored seminar's fields as the form's controls hold them. */
export type SeminarFormValues = {
  number: number;
  title: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  videoUrl: string;
  capacity: string;
  remoteCapacity: string;
  registrationDeadline: string;
  preWork: string;
  agenda: { time: string; title: string; presenter: string }[];
  materials: { title: string; url: string }[];
};

type Row = {
  number: number;
  title: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  videoUrl: string;
  capacity: number | null;
  remoteCapacity: number | null;
  registrationDeadline: Date | null;
  preWork: string;
  agendaItems: { startsAt: Date; title: string; presenter: string }[];
  materials: { title: string; url: string }[];
};

/** A stored seminar as the edit form's initial values (wall-clock times in its own zone). */
export function seminarFormValues(row: Row): SeminarFormValues {
  const local = (date: Date) => utcToZonedLocal(date, row.timeZone);
  return {
    number: row.number,
    title: row.title,
    timeZone: row.timeZone,
    startsAt: local(row.startsAt),
    endsAt: local(row.endsAt),
    venue: row.venue,
    videoUrl: row.videoUrl,
    capacity: row.capacity === null ? "" : String(row.capacity),
    remoteCapacity: row.remoteCapacity === null ? "" : String(row.remoteCapacity),
    registrationDeadline: row.registrationDeadline ? local(row.registrationDeadline) : "",
    preWork: row.preWork,
    agenda: row.agendaItems.map((item) => ({ time: local(item.startsAt).slice(11), title: item.title, presenter: item.presenter })),
    materials: row.materials.map((item) => ({ title: item.title, url: item.url })),
  };
}

/** The new-seminar form: a blank day-long seminar in the collaborative's time zone. */
export function blankSeminarValues(number: number, timeZone: string): SeminarFormValues {
  return {
    number,
    title: "",
    timeZone,
    startsAt: "",
    endsAt: "",
    venue: "",
    videoUrl: "",
    capacity: "",
    remoteCapacity: "",
    registrationDeadline: "",
    preWork: "",
    agenda: [],
    materials: [],
  };
}
