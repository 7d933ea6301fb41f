import { describe, expect, it } from "vitest";
import { cycleActivityDate, groupCyclesByChangeIdea } from "@/lib/storyboard/rules";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const ideaA = { id: "a", title: "A", status: "TESTING" };
const ideaB = { id: "b", title: "B", status: "ADOPTED" };

function cycle(id: string, changeIdea: typeof ideaA | null, dates: { created: string; started?: string; completed?: string }) {
  return {
    id,
    changeIdea,
    createdAt: day(dates.created),
    startedAt: dates.started ? day(dates.started) : null,
    completedAt: dates.completed ? day(dates.completed) : null,
  };
}

describe("cycleActivityDate", () => {
  it("takes the completion date, else the start, else the creation", () => {
    expect(cycleActivityDate(cycle("1", null, { created: "2026-01-01", started: "2026-01-02", completed: "2026-01-09" }))).toEqual(day("2026-01-09"));
    expect(cycleActivityDate(cycle("1", null, { created: "2026-01-01", started: "2026-01-02" }))).toEqual(day("2026-01-02"));
    expect(cycleActivityDate(cycle("1", null, { created: "2026-01-01" }))).toEqual(day("2026-01-01"));
  });
});

describe("groupCyclesByChangeIdea", () => {
  it("makes one ramp per change idea, the ramp with the newest cycle first and its newest cycle first", () => {
    const ramps = groupCyclesByChangeIdea([
      cycle("a1", ideaA, { created: "2026-01-01", started: "2026-01-02", completed: "2026-01-05" }),
      cycle("b1", ideaB, { created: "2026-01-10" }),
      cycle("a2", ideaA, { created: "2026-01-06", started: "2026-01-07" }),
    ]);
    expect(ramps.map((ramp) => ramp.changeIdea?.id)).toEqual(["b", "a"]);
    expect(ramps[1].cycles.map((c) => c.id)).toEqual(["a2", "a1"]);
  });

  it("puts cycles without a change idea last, however recent", () => {
    const ramps = groupCyclesByChangeIdea([cycle("loose", null, { created: "2026-03-01" }), cycle("a1", ideaA, { created: "2026-01-01" })]);
    expect(ramps.map((ramp) => ramp.changeIdea?.id ?? null)).toEqual(["a", null]);
    expect(ramps[1].cycles.map((c) => c.id)).toEqual(["loose"]);
  });

  it("returns no ramps for no cycles", () => {
    expect(groupCyclesByChangeIdea([])).toEqual([]);
  });
});
