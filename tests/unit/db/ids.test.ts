import { describe, expect, it } from "vitest";
import { newId } from "@/lib/db/ids";

// An audit event id Prisma's @default(cuid()) made for a row created at 2026-11-25T02:02:06.612Z (bench database).
const PRISMA_CUID = "cmwvha7x00002pe7dr2ruz1pw";
const PRISMA_CUID_TIME = Date.parse("2026-11-25T02:02:06.612Z");

describe("ids for rows written with plain SQL", () => {
  it("have the shape of Prisma's cuid: c and 24 lowercase letters or digits", () => {
    for (let i = 0; i < 1000; i++) expect(newId()).toMatch(/^c[a-z0-9]{24}$/);
    expect(newId(PRISMA_CUID_TIME).slice(0, 9)).toBe(PRISMA_CUID.slice(0, 9)); // the same time, written the same way
  });

  it("sort after the ids of rows made earlier, Prisma's and their own", () => {
    const later = newId(PRISMA_CUID_TIME + 1);
    expect(later > PRISMA_CUID).toBe(true);
    expect(newId(PRISMA_CUID_TIME - 1) < PRISMA_CUID).toBe(true);
    const times = [Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1) + 1, Date.UTC(2027, 5, 30), Date.UTC(2040, 11, 31)];
    const ids = times.map((time) => newId(time));
    expect([...ids].sort()).toEqual(ids);
  });

  it("do not repeat within one millisecond", () => {
    const now = Date.now();
    const ids = new Set(Array.from({ length: 50_000 }, () => newId(now)));
    expect(ids.size).toBe(50_000);
  });
});
