import { describe, expect, it } from "vitest";
import {
  attendanceRefusal,
  cancelRefusal,
  gapWarnings,
  placeLimit,
  placementRefusal,
  placesByMode,
  placesLeft,
  publishRefusal,
  registrationRefusal,
  statusForModeChange,
  statusForNewRegistration,
  toPromote,
  waitingOrder,
  waitingPosition,
} from "@/lib/seminars/rules";
import { utcToZonedLocal, zonedLocalToUtc } from "@/lib/seminars/time";

const at = (iso: string) => new Date(iso);
const collaborative = { startDate: at("2026-01-01T00:00:00Z"), endDate: at("2026-12-31T00:00:00Z") };
const seminar = (id: string, number: number, start: string, end: string, status = "PUBLISHED") => ({ id, number, status, startsAt: at(start), endsAt: at(end) });
const march = seminar("s1", 1, "2026-03-10T08:00:00Z", "2026-03-10T14:00:00Z");

describe("seminar time zones", () => {
  it("reads a wall-clock time in the seminar's zone, in summer and in winter", () => {
    expect(zonedLocalToUtc("2026-06-15T09:00", "Europe/Oslo")?.toISOString()).toBe("2026-06-15T07:00:00.000Z");
    expect(zonedLocalToUtc("2026-01-15T09:00", "Europe/Copenhagen")?.toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(utcToZonedLocal(at("2026-06-15T07:00:00Z"), "Europe/Stockholm")).toBe("2026-06-15T09:00");
  });
  it("refuses a malformed or impossible date", () => {
    expect(zonedLocalToUtc("2026-02-30T09:00", "Europe/Oslo")).toBeNull();
    expect(zonedLocalToUtc("tomorrow", "Europe/Oslo")).toBeNull();
  });
});

describe("placementRefusal (PRODUCT.md §4)", () => {
  const place = (start: string, end: string, others = [march]) =>
    placementRefusal({ startsAt: at(start), endsAt: at(end), timeZone: "Europe/Copenhagen" }, collaborative, others);
  it("accepts a seminar inside the collaborative's dates that overlaps nothing", () => {
    expect(place("2026-06-10T07:00:00Z", "2026-06-10T13:00:00Z")).toBeNull();
  });
  it("refuses a seminar that ends before it starts", () => {
    expect(place("2026-06-10T13:00:00Z", "2026-06-10T07:00:00Z")).toBe("endBeforeStart");
  });
  it("refuses a seminar outside the collaborative's dates, judged by the local calendar day", () => {
    expect(place("2025-12-31T23:30:00Z", "2026-01-01T08:00:00Z")).toBeNull(); // 00:30 in Copenhagen on 1 January
    expect(place("2025-12-31T21:00:00Z", "2025-12-31T22:00:00Z")).toBe("outsideCollaborative");
    expect(place("2026-12-31T10:00:00Z", "2027-01-01T10:00:00Z")).toBe("outsideCollaborative");
  });
  it("refuses an overlap with another seminar but not with a cancelled one or itself", () => {
    expect(place("2026-03-10T13:00:00Z", "2026-03-10T16:00:00Z")).toBe("overlap");
    expect(place("2026-03-10T13:00:00Z", "2026-03-10T16:00:00Z", [{ ...march, status: "CANCELLED" }])).toBeNull();
    expect(placementRefusal({ ...march, timeZone: "Europe/Copenhagen" }, collaborative, [march])).toBeNull();
  });
  it("lets a seminar start when the previous one ends", () => {
    expect(place("2026-03-10T14:00:00Z", "2026-03-10T16:00:00Z")).toBeNull();
  });
});

describe("gapWarnings", () => {
  const july = seminar("s2", 2, "2026-07-01T08:00:00Z", "2026-07-01T14:00:00Z");
  it("warns when the gap to the previous seminar is under 2 months", () => {
    expect(gapWarnings({ startsAt: at("2026-04-20T08:00:00Z"), endsAt: at("2026-04-20T14:00:00Z") }, [march])).toEqual([
      { kind: "tooShort", neighbourNumber: 1, side: "before" },
    ]);
  });
  it("warns when the gap to the next seminar is over 5 months", () => {
    expect(gapWarnings({ startsAt: at("2026-01-20T08:00:00Z"), endsAt: at("2026-01-20T14:00:00Z") }, [july])).toEqual([
      { kind: "tooLong", neighbourNumber: 2, side: "after" },
    ]);
  });
  it("gives no warning for a gap of 2 to 5 months on both sides, and ignores cancelled neighbours", () => {
    expect(gapWarnings({ startsAt: at("2026-05-15T08:00:00Z"), endsAt: at("2026-05-15T14:00:00Z") }, [march, { ...july, startsAt: at("2026-08-01T08:00:00Z"), endsAt: at("2026-08-01T14:00:00Z") }])).toEqual([]);
    expect(gapWarnings({ startsAt: at("2026-04-20T08:00:00Z"), endsAt: at("2026-04-20T14:00:00Z") }, [{ ...march, status: "CANCELLED" }])).toEqual([]);
  });
});

describe("status rules", () => {
  const now = at("2026-05-01T00:00:00Z");
  it("publishes only drafts and cancels once, before the start", () => {
    expect(publishRefusal("DRAFT")).toBeNull();
    expect(publishRefusal("PUBLISHED")).toBe("notDraft");
    expect(cancelRefusal({ status: "PUBLISHED", startsAt: at("2026-06-01T00:00:00Z") }, now)).toBeNull();
    expect(cancelRefusal({ status: "CANCELLED", startsAt: at("2026-06-01T00:00:00Z") }, now)).toBe("cancelled");
    expect(cancelRefusal({ status: "PUBLISHED", startsAt: at("2026-04-01T00:00:00Z") }, now)).toBe("started");
  });
  it("keeps registration open while published, before the deadline and before the start", () => {
    const open = { status: "PUBLISHED", startsAt: at("2026-06-01T00:00:00Z"), registrationDeadline: at("2026-05-20T00:00:00Z") };
    expect(registrationRefusal(open, now)).toBeNull();
    expect(registrationRefusal({ ...open, status: "DRAFT" }, now)).toBe("notPublished");
    expect(registrationRefusal(open, at("2026-05-21T00:00:00Z"))).toBe("deadlinePassed");
    expect(registrationRefusal({ ...open, registrationDeadline: null }, at("2026-06-01T00:00:01Z"))).toBe("started");
  });
  it("records attendance only once the seminar has started", () => {
    expect(attendanceRefusal({ status: "PUBLISHED", startsAt: at("2026-06-01T00:00:00Z") }, now)).toBe("notStarted");
    expect(attendanceRefusal({ status: "PUBLISHED", startsAt: at("2026-04-01T00:00:00Z") }, now)).toBeNull();
    expect(attendanceRefusal({ status: "CANCELLED", startsAt: at("2026-04-01T00:00:00Z") }, now)).toBe("cancelled");
  });
});

describe("capacity and waiting list", () => {
  const waiting = [
    { id: "c", createdAt: at("2026-05-03T00:00:00Z") },
    { id: "b", createdAt: at("2026-05-01T00:00:00Z") },
    { id: "a", createdAt: at("2026-05-01T00:00:00Z") },
  ];
  it("registers while places are free, then puts new registrations on the waiting list", () => {
    expect(statusForNewRegistration(2, 1)).toBe("REGISTERED");
    expect(statusForNewRegistration(2, 2)).toBe("WAITLISTED");
    expect(statusForNewRegistration(null, 500)).toBe("REGISTERED");
  });
  it("orders the waiting list first come, first served, ties by id", () => {
    expect(waitingOrder(waiting).map((w) => w.id)).toEqual(["a", "b", "c"]);
    expect(waitingPosition("c", waiting)).toBe(3);
    expect(waitingPosition("x", waiting)).toBeNull();
  });
  it("promotes as many of the first waiting as there are free places", () => {
    expect(toPromote(10, 9, waiting).map((w) => w.id)).toEqual(["a"]);
    expect(toPromote(10, 10, waiting)).toEqual([]);
    expect(toPromote(null, 10, waiting)).toHaveLength(3);
  });
});

describe("places per mode", () => {
  it("takes the room's capacity for in-person and the remote limit for remote attendance", () => {
    expect(placeLimit({ capacity: 30, remoteCapacity: 10 }, "IN_PERSON")).toBe(30);
    expect(placeLimit({ capacity: 30, remoteCapacity: 10 }, "REMOTE")).toBe(10);
    expect(placeLimit({ capacity: 30, remoteCapacity: null }, "REMOTE")).toBeNull();
  });
  it("counts places left per mode, never below zero, and none for an unlimited mode", () => {
    expect(placesLeft(3, 1)).toBe(2);
    expect(placesLeft(3, 5)).toBe(0);
    expect(placesLeft(null, 5)).toBeNull();
    const places = placesByMode({ capacity: 2, remoteCapacity: null }, [
      { mode: "IN_PERSON", status: "REGISTERED" },
      { mode: "IN_PERSON", status: "REGISTERED" },
      { mode: "IN_PERSON", status: "WAITLISTED" },
      { mode: "REMOTE", status: "REGISTERED" },
      { mode: "REMOTE", status: "CANCELLED" },
    ]);
    expect(places).toEqual({
      IN_PERSON: { registered: 2, waiting: 1, limit: 2, left: 0, isFull: true },
      REMOTE: { registered: 1, waiting: 0, limit: null, left: null, isFull: false },
    });
  });
  it("moves a changed mode into a free place, onto the new mode's waiting list when waiting, and refuses a registered one when full", () => {
    expect(statusForModeChange("REGISTERED", true)).toBe("REGISTERED");
    expect(statusForModeChange("WAITLISTED", true)).toBe("REGISTERED");
    expect(statusForModeChange("WAITLISTED", false)).toBe("WAITLISTED");
    expect(statusForModeChange("REGISTERED", false)).toBe("modeFull");
  });
});
