/** A monotone stretch: points start..end-1 (useful ones), going up (1) or down (-1). */
export interface TrendSpan {
  start: number;
  end: number;
  side: 1 | -1;
  /** Number of points in the trend. */
  length: number;
}

/**
 * IHI trend: at least `minPoints` consecutive points all going up or all going down (Perla, Provost &
 * Murray 2011, rule 2; 5 points). Missing and excluded points are skipped. Equal consecutive values
 * end a trend (`ties: "break"`, the Samspil default, shared with PowerBI-SPC and the MDC "no pauses"
 * rule); `ties: "skip"` instead ignores repeats as Perla 2011 words it ("like values do not make or
 * break a trend").
 */
export function trendSpans(
  values: Float64Array,
  include: Uint8Array,
  start: number,
  end: number,
  minPoints: number,
  ties: "break" | "skip" = "break",
): TrendSpan[] {
  const spans: TrendSpan[] = [];
  let dir = 0;
  let runStart = -1;
  let count = 0;
  let prevIndex = -1;
  let prev = NaN;
  const close = () => {
    if (dir !== 0 && count >= minPoints) {
      spans.push({ start: runStart, end: prevIndex + 1, side: dir as 1 | -1, length: count });
    }
  };
  for (let i = start; i < end; i++) {
    if (include[i] !== 1) continue;
    const v = values[i];
    if (v !== v) continue;
    if (prevIndex < 0) {
      runStart = i;
      count = 1;
    } else {
      const step = v > prev ? 1 : v < prev ? -1 : 0;
      if (step === 0) {
        if (ties === "skip") {
          prevIndex = i;
          continue;
        }
        close();
        dir = 0;
        runStart = i;
        count = 1;
      } else if (step === dir) {
        count++;
      } else {
        close();
        // The turning point belongs to both the old and the new stretch.
        dir = step;
        runStart = prevIndex;
        count = 2;
      }
    }
    prev = v;
    prevIndex = i;
  }
  close();
  return spans;
}

let logFactorials = new Float64Array([0, 0]);

function logFactorial(n: number): number {
  if (n >= logFactorials.length) {
    const next = new Float64Array(Math.max(n + 1, logFactorials.length * 2));
    next.set(logFactorials);
    for (let k = logFactorials.length; k < next.length; k++) next[k] = next[k - 1] + Math.log(k);
    logFactorials = next;
  }
  return logFactorials[n];
}

function logChoose(n: number, k: number): number {
  if (k < 0 || k > n) return -Infinity;
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/** P(R = r) for the number of runs R of n1 and n2 randomly ordered points (Wald & Wolfowitz 1940). */
export function runsProbability(r: number, n1: number, n2: number): number {
  const total = logChoose(n1 + n2, n1);
  const k = r >> 1;
  if (r < 2) return 0;
  if (r % 2 === 0) return 2 * Math.exp(logChoose(n1 - 1, k - 1) + logChoose(n2 - 1, k - 1) - total);
  return (
    Math.exp(logChoose(n1 - 1, k) + logChoose(n2 - 1, k - 1) - total) +
    Math.exp(logChoose(n1 - 1, k - 1) + logChoose(n2 - 1, k) - total)
  );
}

const boundsCache = new Map<number, { runsMin: number; runsMax: number }>();

/**
 * IHI "too few / too many runs" limits from the exact distribution of the number of runs given n1 points
 * above and n2 below the median, at the 5 % two-sided level (Swed & Eisenhart 1943, which the IHI table
 * of Perla et al. 2011 is based on): fewer runs than `runsMin` has P(R ≤ r) ≤ 0.025, more than `runsMax`
 * has P(R ≥ r) ≤ 0.025. Null when one side is empty (then a shift is the signal).
 */
export function runsBounds(n1: number, n2: number): { runsMin: number; runsMax: number } | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const key = n1 * 100003 + n2;
  const cached = boundsCache.get(key);
  if (cached) return cached;
  const maxRuns = n1 === n2 ? 2 * n1 : 2 * Math.min(n1, n2) + 1;
  let cdf = 0;
  let runsMin = 2;
  for (let r = 2; r <= maxRuns; r++) {
    cdf += runsProbability(r, n1, n2);
    if (cdf > 0.025) {
      runsMin = r;
      break;
    }
  }
  let upper = 0;
  let runsMax = maxRuns;
  for (let r = maxRuns; r >= 2; r--) {
    upper += runsProbability(r, n1, n2);
    if (upper > 0.025) {
      runsMax = r;
      break;
    }
  }
  const result = { runsMin, runsMax };
  if (boundsCache.size < 10000) boundsCache.set(key, result);
  return result;
}
