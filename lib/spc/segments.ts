import type { SeriesOptions } from "./types";

export interface Segments {
  /** Phase boundaries: phase p covers bounds[p] .. bounds[p + 1] − 1. */
  bounds: number[];
  /** 1 where the point takes part in centre, limits and runs analysis (not excluded). */
  include: Uint8Array;
  /** 1 where the point is part of its phase's baseline (and included). */
  base: Uint8Array;
}

/**
 * Phase bounds from qicharts2-style `part = c(k1, k2)`: a new phase starts after k1 and after k2
 * points. Out-of-range, duplicate and unsorted entries are dropped or sorted, as qicharts2 `makeparts`.
 */
export function phaseBounds(length: number, phases: readonly number[] | undefined): number[] {
  const cuts = new Set<number>();
  for (const k of phases ?? []) {
    if (Number.isInteger(k) && k > 0 && k < length) cuts.add(k);
  }
  return [0, ...[...cuts].sort((a, b) => a - b), length];
}

/**
 * Builds the masks of a series. `baseline: k` freezes each phase's centre on its points among the first
 * k (qicharts2 `freeze`); a phase that starts after the baseline uses all of its points, so that a later
 * phase is recalculated as qicharts2 `part` intends.
 */
export function buildSegments(length: number, options: SeriesOptions | undefined): Segments {
  const bounds = phaseBounds(length, options?.phases);
  const include = new Uint8Array(length).fill(1);
  for (const i of options?.exclude ?? []) {
    if (Number.isInteger(i) && i >= 0 && i < length) include[i] = 0;
  }
  const base = new Uint8Array(length);
  const k = options?.baseline;
  const frozen = typeof k === "number" && Number.isFinite(k) && k > 0 ? Math.floor(k) : length;
  for (let p = 0; p + 1 < bounds.length; p++) {
    const start = bounds[p];
    const end = bounds[p + 1];
    const limit = start < frozen ? Math.min(end, frozen) : end;
    for (let i = start; i < limit; i++) base[i] = include[i];
  }
  return { bounds, include, base };
}
