/**
 * Throughput of the statistics library: points per second for runChart, controlChart("i") and
 * controlChart("p") on series of 24, 104 and 1,000 points. Target: ≥ 2 million points/s on 104-point
 * series (two-core CI machines). Run with `npm run bench:spc`.
 */
import { controlChart, runChart } from "../lib/spc/index.ts";

const TARGET_POINTS_PER_SECOND = 2_000_000;
const TARGET_LENGTH = 104;
const SERIES_PER_CASE = 64;
const RUN_MS = 1000;
const WARMUP_MS = 200;

/** Mulberry32: a small seeded generator, so every run measures the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Series {
  y: number[];
  n: number[];
}

function makeSeries(length: number, rand: () => number): Series {
  const y: number[] = [];
  const n: number[] = [];
  for (let i = 0; i < length; i++) {
    const denominator = 50 + Math.floor(rand() * 150);
    n.push(denominator);
    y.push(Math.floor(denominator * (0.2 + 0.1 * rand())));
  }
  return { y, n };
}

type Case = { name: string; run: (s: Series) => unknown };

const cases: Case[] = [
  { name: "runChart", run: (s) => runChart(s.y) },
  { name: 'controlChart("i")', run: (s) => controlChart("i", s.y) },
  { name: 'controlChart("p")', run: (s) => controlChart("p", s.y, s.n) },
];

let sink = 0;

function measure(c: Case, data: Series[], ms: number): number {
  let points = 0;
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let k = 0; k < 16; k++) {
      const s = data[calls % data.length];
      const result = c.run(s) as { points: unknown[] };
      sink += result.points.length;
      points += s.y.length;
      calls++;
    }
    now = performance.now();
  }
  return points / ((now - start) / 1000);
}

const rows: { name: string; length: number; rate: number }[] = [];
for (const length of [24, 104, 1000]) {
  const rand = random(20240601 + length);
  const data = Array.from({ length: SERIES_PER_CASE }, () => makeSeries(length, rand));
  for (const c of cases) {
    measure(c, data, WARMUP_MS);
    rows.push({ name: c.name, length, rate: measure(c, data, RUN_MS) });
  }
}

const format = (x: number) => Math.round(x).toLocaleString("en-GB");
console.log(`${"function".padEnd(20)}${"points".padStart(8)}${"points/s".padStart(16)}  target`);
let allMet = true;
for (const row of rows) {
  let note = "";
  if (row.length === TARGET_LENGTH) {
    const met = row.rate >= TARGET_POINTS_PER_SECOND;
    allMet &&= met;
    note = met ? `met (≥ ${format(TARGET_POINTS_PER_SECOND)})` : `NOT MET (< ${format(TARGET_POINTS_PER_SECOND)})`;
  }
  console.log(`${row.name.padEnd(20)}${String(row.length).padStart(8)}${format(row.rate).padStart(16)}  ${note}`);
}
console.log(allMet ? "All 104-point targets met." : "Some 104-point targets were not met.");
if (sink < 0) console.log(sink);
