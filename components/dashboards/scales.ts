// Pure geometry for the hand-drawn dashboard figures: linear scales, "nice" axis ticks, line paths
// with gaps and bar slots. No statistics: the figures only place what the loaders computed.

/** Maps `domain` linearly onto `range`; a domain of zero width maps everything to the range's middle. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const factor = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * factor;
}

/** One decimal is enough for a coordinate on screen and keeps the SVG of 100 small charts short. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The step of at most about `maxCount` ticks over `span`: 1, 2 or 5 times a power of ten. */
export function niceStep(span: number, maxCount: number, integer = false): number {
  const raw = span / Math.max(1, maxCount);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude;
  return integer ? Math.max(1, Math.round(step)) : step;
}

/**
 * Axis ticks from a round number at or below `min` to one at or above `max`, evenly spaced by a
 * nice step; the first and last tick are the axis' domain. `integer` keeps counts whole.
 */
export function niceTicks(min: number, max: number, maxCount = 5, integer = false): number[] {
  let low = Math.min(min, max);
  let high = Math.max(min, max);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [0, 1];
  if (high === low) {
    if (low === 0) high = 1;
    else [low, high] = low > 0 ? [0, high] : [low, 0];
  }
  const step = niceStep(high - low, maxCount, integer);
  const start = Math.floor(low / step + 1e-9) * step;
  const end = Math.ceil(high / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; start + i * step <= end + step * 1e-9; i++) ticks.push(Number((start + i * step).toFixed(10)));
  return ticks;
}

/**
 * An SVG path through the points in order, broken where a value is missing: each run of present
 * values is its own "M…L…" piece, so a gap in the data is a gap in the line.
 */
export function gappedPath(values: readonly (number | null)[], x: (index: number) => number, y: (value: number) => number): string {
  let path = "";
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) {
      drawing = false;
      return;
    }
    path += `${drawing ? "L" : "M"}${round1(x(i))} ${round1(y(value))}`;
    drawing = true;
  });
  return path;
}

/** A path through (x, y) pairs, for curves such as the funnel limits. */
export function polylinePath(points: readonly { x: number; y: number }[]): string {
  return points.map((point, i) => `${i === 0 ? "M" : "L"}${round1(point.x)} ${round1(point.y)}`).join("");
}

/** Equal slots for `count` bar groups across [left, right]: each slot's centre and the width a group may use. */
export function barSlots(count: number, left: number, right: number, fill = 0.72): { centre: (index: number) => number; width: number } {
  const step = count > 0 ? (right - left) / count : 0;
  return { centre: (index) => left + step * (index + 0.5), width: step * fill };
}

/** Many equal dots as one path of circles (two arcs each): one element instead of one per point. */
export function dotsPath(points: readonly { x: number; y: number }[], radius: number): string {
  const r = round1(radius);
  return points.map((point) => `M${round1(point.x - r)} ${round1(point.y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`).join("");
}
