// The demo series of the chart gallery (/charts): one canonical pattern each, generated from a fixed
// seed so that every render and every test sees the same numbers. No database.
import { isoDay, nextPeriodStart, parseIsoDay, type Frequency } from "@/lib/measures/periods";
import type { ChartSeries, SeriesPeriod } from "@/lib/charts/chart-model";

export const GALLERY_IDS = [
  "stable",
  "shift",
  "fewCrossings",
  "trend",
  "outlier",
  "pChart",
  "uChart",
  "cChart",
  "gChart",
  "baseline",
  "phases",
] as const;
export type GalleryId = (typeof GALLERY_IDS)[number];

export interface GalleryExample {
  id: GalleryId;
  series: ChartSeries;
  /** Markers whose text is the catalogue key `gallery.series.<id>.marker`. */
  hasMarker: boolean;
}

/** Mulberry32: a small, fast, deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number, mean: number, sd: number): number {
  const u = Math.max(random(), 1e-12);
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function poisson(random: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random(); p > limit; p *= random()) k++;
  return k;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

function periodStarts(frequency: Frequency, first: string, count: number): string[] {
  const starts: string[] = [];
  for (let start = parseIsoDay(first); starts.length < count; start = nextPeriodStart(frequency, start)) starts.push(isoDay(start));
  return starts;
}

/** Periods of a series of plain values (counts, continuous values, days between). */
function valuesSeries(frequency: Frequency, first: string, values: number[]): SeriesPeriod[] {
  return periodStarts(frequency, first, values.length).map((start, i) => ({
    start,
    numerator: values[i],
    denominator: null,
    value: values[i],
  }));
}

/** Periods of numerators over denominators, plotted × multiplier. */
function ratioSeries(frequency: Frequency, first: string, pairs: [number, number][], multiplier: number): SeriesPeriod[] {
  return periodStarts(frequency, first, pairs.length).map((start, i) => ({
    start,
    numerator: pairs[i][0],
    denominator: pairs[i][1],
    value: (pairs[i][0] / pairs[i][1]) * multiplier,
  }));
}

const BASE: Omit<ChartSeries, "chart" | "periods" | "direction"> = {
  frequency: "WEEKLY",
  rules: "ANHOEJ",
  goal: null,
  multiplier: 1,
  unit: "",
  hasDenominator: false,
  baselineCount: null,
  phaseSplits: [],
  markers: [],
};

const WEEK_ONE = "2025-01-06";
const MONTH_ONE = "2024-01-01";

function build(): GalleryExample[] {
  const r = prng(20_260_324);
  const normals = (n: number, mean: number, sd: number) => Array.from({ length: n }, () => round(normal(r, mean, sd)));

  const stable = normals(24, 50, 6);
  const shift = [...normals(12, 45, 4), ...normals(12, 58, 4)];
  // Runs of five on each side: no run is unusually long, but 3 crossings are too few for 20 points.
  const fewCrossings = [46, 44, 47, 43, 45, 55, 53, 57, 54, 56, 47, 45, 42, 46, 44, 54, 58, 55, 53, 56];
  // A stable stretch, then five points falling in a row (IHI trend) across the median.
  const trend = [31, 29, 32, 28, 30, 33, 29, 31, 28, 30, 32, 29, 36, 33, 30, 27, 24];
  const outlier = normals(20, 20, 2);
  outlier[13] = 31.5;
  const pPairs: [number, number][] = Array.from({ length: 24 }, (_, i) => {
    const n = 20 + Math.floor(r() * 120);
    const p = i < 14 ? 0.72 : 0.86;
    return [Math.min(n, Math.round(normal(r, p * n, Math.sqrt(n * p * (1 - p))))), n];
  });
  const uPairs: [number, number][] = Array.from({ length: 24 }, () => {
    const bedDays = 600 + Math.floor(r() * 800);
    return [poisson(r, (5 * bedDays) / 1000), bedDays];
  });
  const counts = Array.from({ length: 26 }, () => poisson(r, 4));
  const daysBetween = Array.from({ length: 20 }, () => Math.max(1, Math.round(-25 * Math.log(Math.max(r(), 1e-6)))));
  const baseline = [...normals(12, 40, 4), ...normals(18, 52, 4)];
  const phases = [...normals(15, 80, 6), ...normals(15, 65, 4)];

  return [
    { id: "stable", hasMarker: false, series: { ...BASE, chart: "RUN", direction: "UP", periods: valuesSeries("WEEKLY", WEEK_ONE, stable) } },
    {
      id: "shift",
      hasMarker: true,
      series: {
        ...BASE,
        chart: "RUN",
        direction: "UP",
        periods: valuesSeries("WEEKLY", WEEK_ONE, shift),
        markers: [{ id: "shift-marker", kind: "annotation", date: "2025-03-26", text: "" }],
      },
    },
    { id: "fewCrossings", hasMarker: false, series: { ...BASE, chart: "RUN", direction: "UP", periods: valuesSeries("WEEKLY", WEEK_ONE, fewCrossings) } },
    { id: "trend", hasMarker: false, series: { ...BASE, chart: "RUN", direction: "DOWN", rules: "IHI", periods: valuesSeries("WEEKLY", WEEK_ONE, trend) } },
    { id: "outlier", hasMarker: false, series: { ...BASE, chart: "I", direction: "DOWN", periods: valuesSeries("WEEKLY", WEEK_ONE, outlier) } },
    {
      id: "pChart",
      hasMarker: false,
      series: {
        ...BASE,
        chart: "P",
        frequency: "MONTHLY",
        direction: "UP",
        goal: 90,
        multiplier: 100,
        unit: "%",
        hasDenominator: true,
        periods: ratioSeries("MONTHLY", MONTH_ONE, pPairs, 100),
      },
    },
    {
      id: "uChart",
      hasMarker: false,
      series: {
        ...BASE,
        chart: "U",
        frequency: "MONTHLY",
        direction: "DOWN",
        goal: 4,
        multiplier: 1000,
        hasDenominator: true,
        periods: ratioSeries("MONTHLY", MONTH_ONE, uPairs, 1000),
      },
    },
    { id: "cChart", hasMarker: false, series: { ...BASE, chart: "C", direction: "DOWN", periods: valuesSeries("WEEKLY", WEEK_ONE, counts) } },
    { id: "gChart", hasMarker: false, series: { ...BASE, chart: "G", direction: "UP", periods: valuesSeries("WEEKLY", WEEK_ONE, daysBetween) } },
    {
      id: "baseline",
      hasMarker: false,
      series: { ...BASE, chart: "RUN", direction: "UP", baselineCount: 12, periods: valuesSeries("WEEKLY", WEEK_ONE, baseline) },
    },
    { id: "phases", hasMarker: false, series: { ...BASE, chart: "I", direction: "DOWN", phaseSplits: [15], periods: valuesSeries("WEEKLY", WEEK_ONE, phases) } },
  ];
}

/** The gallery's examples, in the order the page shows them. */
export const GALLERY_EXAMPLES: readonly GalleryExample[] = build();
