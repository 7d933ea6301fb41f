// Builders for the learning-seminar integration tests.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";

const unique = () => randomUUID().slice(0, 8);

/** A seminar's input as a direct call sends it (wall-clock times as the form has them, JSON agenda and materials). */
export function seminarInput(owner: { collaborativeId: string } | { seminarId: string }, overrides: Record<string, unknown> = {}) {
  return {
    ...owner,
    number: "3",
    title: `Læringsseminar ${unique()}`,
    timeZone: "Europe/Copenhagen",
    startsAt: "2027-03-10T09:00",
    endsAt: "2027-03-10T15:30",
    venue: "Hotel Nyborg Strand",
    videoUrl: "https://video.example/seminar",
    capacity: "2",
    registrationDeadline: "2027-03-01T12:00",
    preWork: "Medbring jeres seriediagram.",
    agenda: JSON.stringify([
      { time: "09:00", title: "Velkomst", presenter: "Sekretariatet" },
      { time: "10:30", title: "Storyboards", presenter: "" },
    ]),
    materials: JSON.stringify([{ title: "Slides", url: "https://example.org/slides.pdf" }]),
    ...overrides,
  };
}

/** A seminar row written directly (for states the actions do not reach, such as one that has started). */
export async function makeSeminar(
  db: Db,
  collaborativeId: string,
  overrides: { number?: number; startsAt?: Date; endsAt?: Date; status?: string; capacity?: number | null; timeZone?: string } = {},
) {
  const startsAt = overrides.startsAt ?? new Date("2027-01-20T08:00:00Z");
  return db.learningSeminar.create({
    data: {
      collaborativeId,
      number: overrides.number ?? 1,
      title: `Seminar ${unique()}`,
      startsAt,
      endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 6 * 3600_000),
      status: overrides.status ?? "PUBLISHED",
      capacity: overrides.capacity === undefined ? null : overrides.capacity,
      timeZone: overrides.timeZone ?? "Europe/Copenhagen",
    },
  });
}
