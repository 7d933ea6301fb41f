/**
 * Critical values of the Anhøj rules, computed exactly and cached.
 */

const CACHE_LIMIT = 5000;
const crossingsCache = new Int32Array(CACHE_LIMIT + 1).fill(-1);

/** R's qbinom shrinks p by 64 machine epsilons before searching, so that p on a CDF step rounds down. */
const FUZZED_P = 0.05 * (1 - 64 * Number.EPSILON);

/**
 * Smallest x with P(Binom(size, ½) ≤ x) ≥ p, i.e. R's `qbinom(p, size, 0.5)`. Summed in log space so
 * that sizes beyond 1074 (where 2^-size underflows) stay exact enough.
 */
export function qbinomHalf(p: number, size: number): number {
  if (size <= 0) return 0;
  const target = Math.log(p);
  let logPmf = -size * Math.LN2;
  let logCdf = logPmf;
  let x = 0;
  while (logCdf < target && x < size) {
    logPmf += Math.log((size - x) / (x + 1));
    x += 1;
    logCdf = logCdf > logPmf
      ? logCdf + Math.log1p(Math.exp(logPmf - logCdf))
      : logPmf + Math.log1p(Math.exp(logCdf - logPmf));
  }
  return x;
}

/**
 * Anhøj rule "unusually few crossings": the lower 5 % limit of the number of median crossings among
 * n useful points, qbinom(0.05, n − 1, 0.5) (Chen 2010; Anhøj & Olesen 2014; qicharts2 runs.analysis).
 */
export function crossingsMin(nUseful: number): number {
  if (nUseful <= 1) return 0;
  if (nUseful <= CACHE_LIMIT) {
    const cached = crossingsCache[nUseful];
    if (cached >= 0) return cached;
    const value = qbinomHalf(FUZZED_P, nUseful - 1);
    crossingsCache[nUseful] = value;
    return value;
  }
  return qbinomHalf(FUZZED_P, nUseful - 1);
}

/**
 * Anhøj rule "unusually long run": the longest run expected among n useful points, round(log2(n)) + 3
 * (Schilling 2012; qicharts2 runs.analysis). log2(n) is never exactly x.5 for an integer n, so R's
 * round-half-even and Math.round agree.
 */
export function longestRunMax(nUseful: number): number {
  if (nUseful <= 0) return 0;
  return Math.round(Math.log2(nUseful)) + 3;
}

/** Both Anhøj critical values for n useful points (qicharts2 vignette, Appendix 2). */
export function anhoejLimits(nUseful: number): { longestRunMax: number; crossingsMin: number } {
  return { longestRunMax: longestRunMax(nUseful), crossingsMin: crossingsMin(nUseful) };
}
