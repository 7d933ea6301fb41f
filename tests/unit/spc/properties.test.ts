import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  controlChart,
  crossingsMin,
  longestRunMax,
  qbinomHalf,
  runChart,
  runsProbability,
  type SpcAnalysis,
} from "@/lib/spc";

// Small integer ranges make ties with the median common, which is where run-chart code goes wrong.
const values = fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 0, maxLength: 60 });
const nonEmpty = fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 60 });

function runsStats(a: SpcAnalysis) {
  return a.phases.map((p) => ({
    centre: p.centre,
    nUseful: p.nUseful,
    longestRun: p.longestRun,
    crossings: p.crossings,
    runsSignal: p.runsSignal,
    crossingsSignal: p.crossingsSignal,
    signal: p.signal,
  }));
}

/** Inserts nulls before the given positions; returns the series and where each original value went. */
function withNulls(xs: number[], gaps: number[]): { series: (number | null)[]; positions: number[] } {
  const series: (number | null)[] = [];
  const positions: number[] = [];
  xs.forEach((x, i) => {
    for (let k = 0; k < (gaps[i] ?? 0); k++) series.push(null);
    positions.push(series.length);
    series.push(x);
  });
  for (let k = 0; k < (gaps[xs.length] ?? 0); k++) series.push(null);
  return { series, positions };
}

describe("run chart invariants", () => {
  it("does not depend on where nulls fall", () => {
    fc.assert(
      fc.property(values, fc.array(fc.nat({ max: 3 }), { maxLength: 61 }), (xs, gaps) => {
        const plain = runChart(xs);
        const { series, positions } = withNulls(xs, gaps);
        const gapped = runChart(series);
        expect(runsStats(gapped)).toEqual(runsStats(plain));
        positions.forEach((pos, i) => {
          expect(gapped.points[pos].signal).toBe(plain.points[i].signal);
          expect(gapped.points[pos].rules).toEqual(plain.points[i].rules);
        });
        series.forEach((v, i) => {
          if (v === null) expect(gapped.points[i]).toMatchObject({ value: null, signal: false, rules: [] });
        });
      }),
    );
  });

  it("keeps crossings below the number of useful points and runs within them", () => {
    fc.assert(
      fc.property(values, (xs) => {
        for (const p of runChart(xs).phases) {
          expect(p.crossings).toBeLessThanOrEqual(Math.max(p.nUseful - 1, 0));
          expect(p.longestRun).toBeLessThanOrEqual(p.nUseful);
          if (p.nUseful > 0) expect(p.longestRun).toBeGreaterThanOrEqual(1);
          expect(p.nUseful).toBeLessThanOrEqual(p.nObs);
        }
      }),
    );
  });

  it("keeps longest run and crossings when the series is reversed", () => {
    fc.assert(
      fc.property(values, (xs) => {
        expect(runsStats(runChart([...xs].reverse()))).toEqual(runsStats(runChart(xs)));
      }),
    );
  });

  it("finds no useful points and no signal in a constant series", () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat({ max: 80 }), (x, n) => {
        const a = runChart(Array.from({ length: n }, () => x));
        expect(a.phases[0]).toMatchObject({ nUseful: 0, longestRun: 0, crossings: 0, signal: false });
        expect(a.points.every((p) => !p.signal)).toBe(true);
      }),
    );
  });

  it("is unchanged by a strictly increasing transform", () => {
    const transforms = [(x: number) => 3 * x + 7, (x: number) => Math.exp(x / 3), (x: number) => x ** 3];
    fc.assert(
      fc.property(values, fc.constantFrom(0, 1, 2), (xs, t) => {
        const a = runChart(xs);
        const b = runChart(xs.map(transforms[t]));
        const strip = (s: ReturnType<typeof runsStats>) => s.map(({ centre: _centre, ...rest }) => rest);
        expect(strip(runsStats(b))).toEqual(strip(runsStats(a)));
        expect(b.points.map((p) => p.rules)).toEqual(a.points.map((p) => p.rules));
      }),
    );
  });

  it("analyses each phase as if it were its own series", () => {
    fc.assert(
      fc.property(nonEmpty, fc.nat(), (xs, cut) => {
        const k = 1 + (cut % xs.length);
        const split = runChart(xs, { phases: [k] });
        const expected = [...runsStats(runChart(xs.slice(0, k)))];
        if (k < xs.length) expected.push(...runsStats(runChart(xs.slice(k))));
        expect(runsStats(split)).toEqual(expected);
      }),
    );
  });
});

describe("control chart invariants", () => {
  it("keeps P chart limits within [0, multiplier] and around the centre", () => {
    const rows = fc.array(
      fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
      { minLength: 2, maxLength: 40 },
    );
    fc.assert(
      fc.property(rows, fc.constantFrom(1, 100, 1000), (pairs, m) => {
        const a = controlChart("p", pairs.map((r) => r[0]), pairs.map((r) => r[1]), { multiplier: m });
        for (const p of a.points) {
          expect(p.lcl as number).toBeGreaterThanOrEqual(0);
          expect(p.ucl as number).toBeLessThanOrEqual(m);
          expect(p.lcl as number).toBeLessThanOrEqual(p.centre as number);
          expect(p.ucl as number).toBeGreaterThanOrEqual(p.centre as number);
          expect(p.value as number).toBeGreaterThanOrEqual(0);
          expect(p.value as number).toBeLessThanOrEqual(m);
        }
      }),
    );
  });

  it("is unchanged, except for scale, when an I chart's data are multiplied by 4", () => {
    // Scaling by a power of two is exact in floating point, so every comparison must come out the same.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 50 }), (xs) => {
        const a = controlChart("i", xs);
        const b = controlChart("i", xs.map((x) => 4 * x));
        expect(b.points.map((p) => [p.outside, p.rules])).toEqual(a.points.map((p) => [p.outside, p.rules]));
        // A series with no variation has no limits (null): scaling keeps them absent.
        const scaled = (v: number | null | undefined) => (v === null || v === undefined ? v : 4 * v);
        b.points.forEach((p, i) => {
          expect(p.ucl).toBe(scaled(a.points[i].ucl));
          expect(p.centre).toBe(scaled(a.points[i].centre));
        });
      }),
    );
  });

  it("mirrors signals when an I chart is turned upside down", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 50 }), (xs) => {
        const a = controlChart("i", xs);
        const b = controlChart("i", xs.map((x) => -x));
        expect(runsStats(b).map(({ centre: _c, ...r }) => r)).toEqual(runsStats(a).map(({ centre: _c, ...r }) => r));
        expect(b.points.map((p) => p.outside)).toEqual(a.points.map((p) => p.outside));
      }),
    );
  });
});

describe("critical values", () => {
  /** Smallest x with Σ_{i≤x} C(m, i) ≥ 0.05 · 2^m, in exact integer arithmetic (BigInt). */
  function exactQbinom(m: number): number {
    const total = 1n << BigInt(m);
    let c = 1n;
    let cdf = 0n;
    for (let x = 0; x <= m; x++) {
      cdf += c;
      if (cdf * 20n >= total) return x;
      c = (c * BigInt(m - x)) / BigInt(x + 1);
    }
    return m;
  }

  it("matches an exact integer computation of qbinom(0.05, n − 1, ½)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 1500 }), (n) => {
        expect(crossingsMin(n)).toBe(exactQbinom(n - 1));
      }),
      { numRuns: 200 },
    );
  });

  it("grows with n and stays below the median number of crossings", () => {
    for (let n = 2; n <= 3000; n++) {
      expect(crossingsMin(n)).toBeGreaterThanOrEqual(crossingsMin(n - 1));
      expect(crossingsMin(n)).toBeLessThanOrEqual((n - 1) / 2);
      expect(longestRunMax(n)).toBeGreaterThanOrEqual(longestRunMax(n - 1));
    }
    expect(qbinomHalf(0.05, 0)).toBe(0);
  });

  it("gives a runs distribution that sums to one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), (n1, n2) => {
        let sum = 0;
        for (let r = 2; r <= n1 + n2; r++) sum += runsProbability(r, n1, n2);
        expect(sum).toBeCloseTo(1, 10);
      }),
    );
  });
});
