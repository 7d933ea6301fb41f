import { expect } from "vitest";
import {
  controlChart,
  sChart,
  shiftFlags,
  tChart,
  trendFlags,
  twoInThreeFlags,
  xbarChart,
  type ControlChartOptions,
  type ControlChartType,
  type SpcAnalysis,
} from "@/lib/spc";
import { expectArrayClose, type VectorCase } from "./vectors-support";

interface PowerBiInput {
  numerators: number[];
  denominators?: number[];
  groupings?: number[];
  xbar_sds?: number[];
}

/** PowerBI-SPC `groupings` recalculate the limits per group: a new phase wherever the group changes. */
function phasesOf(groupings: number[] | undefined): number[] | undefined {
  if (!groupings) return undefined;
  const cuts: number[] = [];
  for (let i = 1; i < groupings.length; i++) if (groupings[i] !== groupings[i - 1]) cuts.push(i);
  return cuts;
}

function analyse(c: VectorCase, sigmas: number): SpcAnalysis {
  const input = c.input as unknown as PowerBiInput;
  const settings = c.settings as { chart_type: string; multiplier_setting: number; effective_multiplier?: number };
  const options: ControlChartOptions = {
    sigmas,
    // p and P′ are shown in percent by default (PowerBI-SPC derivedSettingsClass).
    multiplier: settings.effective_multiplier ?? settings.multiplier_setting,
    phases: phasesOf(input.groupings),
    // PowerBI-SPC's default outliers_in_limits = false screens moving ranges, as our default.
  };
  switch (settings.chart_type) {
    case "t":
      return tChart(input.numerators, options);
    case "s":
      return sChart({ sds: input.numerators, sizes: input.denominators ?? [] }, options);
    case "xbar":
      return xbarChart(
        { means: input.numerators, sds: input.xbar_sds ?? [], sizes: input.denominators ?? [] },
        options,
      );
    default:
      return controlChart(settings.chart_type as ControlChartType, input.numerators, input.denominators, options);
  }
}

export function checkPowerBiChart(c: VectorCase) {
  const e = c.expected as { ul99: number[]; ul95: number[]; ll95: number[]; ll99: number[]; values?: number[] };
  const tol = { abs: c.tolerance.abs ?? 5e-5 };
  const three = analyse(c, 3);
  const two = analyse(c, 2);
  const isMr = c.id === "powerbi-spc-mr";
  // The MR test loops over the 16 moving ranges (points 2..17); the g and t arrays carry one unused
  // trailing entry. Compare what the peer asserts.
  const offset = isMr ? 1 : 0;
  const count = isMr ? 16 : Math.min(three.points.length, e.ul99.length);
  expect(count).toBeGreaterThan(0);
  const at = (a: SpcAnalysis, key: "lcl" | "ucl") => a.points.slice(offset).map((p) => p[key]);
  expectArrayClose(at(three, "ucl"), e.ul99, tol, "ul99", count);
  expectArrayClose(at(two, "ucl"), e.ul95, tol, "ul95", count);
  expectArrayClose(at(two, "lcl"), e.ll95, tol, "ll95", count);
  expectArrayClose(at(three, "lcl"), e.ll99, tol, "ll99", count);
  if (e.values) {
    expectArrayClose(three.points.slice(offset).map((p) => p.value), e.values, tol, "values", count);
  }
}

interface ShiftCase {
  title: string;
  val: number[];
  targets: number[];
  n: number;
  expected: string[];
}
interface TrendCase {
  title: string;
  val: number[];
  n: number;
  expected: string[];
}
interface TwoInThreeCase {
  title: string;
  val: number[];
  ll95: number[];
  ul95: number[];
  highlight_series: boolean;
  expected: string[];
}

export function checkRulePrimitives(c: VectorCase) {
  const subcases = (c.expected as { subcases: unknown[] }).subcases;
  expect(subcases.length).toBeGreaterThan(0);
  for (const raw of subcases) {
    if (c.id === "powerbi-spc-rule-shift") {
      const s = raw as ShiftCase;
      expect(shiftFlags(s.val, s.targets, s.n), s.title).toEqual(s.expected);
    } else if (c.id === "powerbi-spc-rule-trend") {
      const s = raw as TrendCase;
      expect(trendFlags(s.val, s.n), s.title).toEqual(s.expected);
    } else {
      const s = raw as TwoInThreeCase;
      expect(twoInThreeFlags(s.val, s.ll95, s.ul95, s.highlight_series), s.title).toEqual(s.expected);
    }
  }
}
