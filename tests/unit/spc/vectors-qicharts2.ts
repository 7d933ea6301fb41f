import { expect } from "vitest";
import {
  anhoejLimits,
  controlChart,
  sChart,
  tChart,
  xbarChart,
  type ControlChartOptions,
  type ControlChartType,
  type SpcAnalysis,
} from "@/lib/spc";
import { expectArrayClose, expectClose, zeroBased, type VectorCase } from "./vectors-support";

interface RunsRow {
  points?: [number, number];
  n_obs: number;
  n_useful: number;
  longest_run: number;
  longest_run_max: number;
  n_crossings: number;
  n_crossings_min: number;
  runs_signal: boolean | number;
}

interface SummaryRow extends RunsRow {
  mean_lcl: number;
  cl: number;
  mean_ucl: number;
  n_sigma_signals: number;
}

type Input = {
  y?: number[];
  n?: number[];
  subgroups?: (number | null)[][];
  freeze?: number;
  part?: number[];
  exclude?: number[];
  multiply?: number;
};

function optionsOf(input: Input): ControlChartOptions {
  return {
    baseline: input.freeze,
    phases: input.part,
    exclude: zeroBased(input.exclude),
    multiplier: input.multiply,
  };
}

function analyse(chart: string, input: Input): SpcAnalysis {
  const options = optionsOf(input);
  if (chart === "xbar") return xbarChart(input.subgroups ?? [], options);
  if (chart === "s") return sChart(input.subgroups ?? [], options);
  if (chart === "t") return tChart(input.y ?? [], options);
  return controlChart(chart as ControlChartType, input.y ?? [], input.n, options);
}

/** qicharts2 `runs.analysis` columns against our phase statistics. */
function expectRuns(analysis: SpcAnalysis, phaseIndex: number, row: RunsRow, label: string) {
  const phase = analysis.phases[phaseIndex];
  if (row.points) {
    expect(phase.start, `${label} start`).toBe(row.points[0] - 1);
    expect(phase.end, `${label} end`).toBe(row.points[1]);
  }
  expect(phase.nObs, `${label} n_obs`).toBe(row.n_obs);
  expect(phase.nUseful, `${label} n_useful`).toBe(row.n_useful);
  expect(phase.longestRun, `${label} longest_run`).toBe(row.longest_run);
  expect(phase.longestRunMax, `${label} longest_run_max`).toBe(row.longest_run_max);
  expect(phase.crossings, `${label} n_crossings`).toBe(row.n_crossings);
  expect(phase.crossingsMin, `${label} n_crossings_min`).toBe(row.n_crossings_min);
  expect(phase.signal, `${label} runs_signal`).toBe(Boolean(row.runs_signal));
}

/** `summary(qic())` row: runs columns, mean of per-point limits, centre, and count of points outside. */
function expectSummary(analysis: SpcAnalysis, row: SummaryRow, label: string) {
  const tol = { rel: 1e-9 };
  expectRuns(analysis, 0, row, label);
  const mean = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x as number), 0) / xs.length;
  expectClose(mean(analysis.points.map((p) => p.lcl)), row.mean_lcl, tol, `${label} aLCL`);
  expectClose(analysis.phases[0].centre, row.cl, tol, `${label} CL`);
  expectClose(mean(analysis.points.map((p) => p.ucl)), row.mean_ucl, tol, `${label} aUCL`);
  expect(analysis.points.filter((p) => p.outside).length, `${label} sigma.signal`).toBe(row.n_sigma_signals);
}

export function checkQichartsCase(c: VectorCase) {
  if (c.id === "qicharts2-anhoej-critical-values-n10-100") {
    const table = (c.expected.table as { n_useful: number; longest_run_max: number; n_crossings_min: number }[]);
    expect(table).toHaveLength(91);
    for (const row of table) {
      expect(anhoejLimits(row.n_useful), `n = ${row.n_useful}`).toEqual({
        longestRunMax: row.longest_run_max,
        crossingsMin: row.n_crossings_min,
      });
    }
    return;
  }
  if (c.id.startsWith("qicharts2-hai-")) {
    if (c.expected.summary) {
      const analysis = analyse("u", c.input as Input);
      expectSummary(analysis, (c.expected.summary as SummaryRow[])[0], c.id);
      return;
    }
    const panels = c.expected.panels as { facet: Record<string, string>; input: Input; expected: SummaryRow }[];
    expect(panels.length).toBeGreaterThan(0);
    for (const panel of panels) {
      const label = Object.values(panel.facet).join("/");
      // The funnel panels have a categorical x, where qicharts2 forces runs.signal to FALSE; their
      // longest run and crossings (asserted too) stay within the limits, so our computed signal is
      // also false and the comparison is genuine.
      expectSummary(analyse("u", panel.input), panel.expected, label);
    }
    return;
  }
  const analysis = analyse(c.chart, c.input as Input);
  const e = c.expected as {
    y: (number | null)[];
    cl: (number | null)[];
    lcl: (number | null)[];
    ucl: (number | null)[];
    sigma_signal: boolean[];
    runs: RunsRow[];
  };
  const tol = { rel: c.tolerance.rel ?? 1e-9 };
  expect(analysis.points).toHaveLength(e.y.length);
  expectArrayClose(analysis.points.map((p) => p.value), e.y, tol, "y");
  expectArrayClose(analysis.points.map((p) => p.centre), e.cl, tol, "cl");
  if (c.id === "qicharts2-montgomery-NA-xbar") {
    expectQuirkLimits(analysis, e.lcl, e.ucl);
  } else {
    expectArrayClose(analysis.points.map((p) => p.lcl), e.lcl, tol, "lcl");
    expectArrayClose(analysis.points.map((p) => p.ucl), e.ucl, tol, "ucl");
  }
  expect(analysis.points.map((p) => p.outside)).toEqual(e.sigma_signal);
  expect(analysis.phases).toHaveLength(e.runs.length);
  e.runs.forEach((row, p) => expectRuns(analysis, p, row, `part ${p + 1}`));
}

/**
 * qicharts2's pooled SD lets the empty subgroup 16 add −1 to Σ(nᵢ − 1) (75 instead of 76; see
 * shared/spc/README.md, "Quirk"). We skip empty subgroups instead. The fixture's SD is therefore
 * √(76/75) times ours, so its limits are about 1e-4 per side *wider* than ours (the README words it as
 * "closer together"; the fixture says otherwise). Asserted: limits missing exactly where the fixture's
 * are (singleton subgroups 5 and 11, empty subgroup 16), the half-widths in the ratio √(76/75) to
 * 1e-9, and every limit within 2e-4 of the fixture. Centre, values and runs are asserted exactly above.
 */
function expectQuirkLimits(analysis: SpcAnalysis, lcl: (number | null)[], ucl: (number | null)[]) {
  const ratio = Math.sqrt(76 / 75);
  analysis.points.forEach((p, i) => {
    if (lcl[i] === null || ucl[i] === null) {
      expect(p.lcl, `lcl[${i}]`).toBeNull();
      expect(p.ucl, `ucl[${i}]`).toBeNull();
      return;
    }
    const centre = p.centre as number;
    const lo = p.lcl as number;
    const hi = p.ucl as number;
    expectClose((ucl[i] as number) - centre, (hi - centre) * ratio, { rel: 1e-9 }, `upper half-width[${i}]`);
    expectClose(centre - (lcl[i] as number), (centre - lo) * ratio, { rel: 1e-9 }, `lower half-width[${i}]`);
    expect(Math.abs(lo - (lcl[i] as number)), `lcl[${i}]`).toBeLessThan(2e-4);
    expect(Math.abs(hi - (ucl[i] as number)), `ucl[${i}]`).toBeLessThan(2e-4);
  });
}
