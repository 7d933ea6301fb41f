// How a storyboard orders the team's tests of change: one ramp per change idea (PRODUCT.md §2),
// the most recent work first, so the learning seminar sees what the team is doing now.

export type RampCycle = {
  changeIdea: { id: string; title: string; status: string } | null;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
};

export type RampGroup<T extends RampCycle> = { changeIdea: T["changeIdea"]; cycles: T[] };

/** The last date a cycle moved: completed, else started, else created. */
export function cycleActivityDate(cycle: RampCycle): Date {
  return cycle.completedAt ?? cycle.startedAt ?? cycle.createdAt;
}

/**
 * Cycles grouped by their change idea (a ramp each), newest cycle first within a ramp and ramps
 * ordered by their newest cycle. Cycles tested without a change idea come last, as a group of
 * their own (changeIdea null), since they belong to no ramp.
 */
export function groupCyclesByChangeIdea<T extends RampCycle>(cycles: readonly T[]): RampGroup<T>[] {
  const newestFirst = [...cycles].sort((a, b) => cycleActivityDate(b).getTime() - cycleActivityDate(a).getTime());
  const groups = new Map<string | null, RampGroup<T>>();
  for (const cycle of newestFirst) {
    const key = cycle.changeIdea?.id ?? null;
    const group: RampGroup<T> = groups.get(key) ?? { changeIdea: cycle.changeIdea, cycles: [] };
    group.cycles.push(cycle);
    groups.set(key, group);
  }
  const ramps = [...groups.values()];
  return [...ramps.filter((group) => group.changeIdea !== null), ...ramps.filter((group) => group.changeIdea === null)];
}
