import { expect } from "vitest";
import {
  controlChart,
  makingDataCount,
  partOfSevenTrend,
  partOfTwoInThree,
  sevenPointOneSideMean,
  sevenPointTrend,
  twoInThree,
  type MakingDataCountOptions,
} from "@/lib/spc";
import { expectArrayClose, expectClose, MDC_COLOUR, type VectorCase } from "./vectors-support";

interface NhsInput {
  y: number[];
  screen_outliers?: boolean;
  improvement_direction?: "increase" | "decrease" | "neither";
  shift_n?: number;
  trend_n?: number;
  recalculate_at?: number[];
  baseline_points?: number;
}

interface PrimitiveCase {
  fn: string;
  input: number[] | { close: number[]; rtm: number[] };
  expected: number[];
}

/** NHSRplotthedots `ptd_spc()` defaults: 2.66, 7/7, screening on, improvement "increase". */
function nhsrOptions(input: NhsInput): MakingDataCountOptions {
  return {
    screenMovingRanges: input.screen_outliers ?? true,
    improvement: input.improvement_direction ?? "increase",
  };
}

export function checkNhsrCase(c: VectorCase) {
  if (c.id === "nhsrplotthedots-rule-primitives") {
    const subcases = (c.expected as { subcases: PrimitiveCase[] }).subcases;
    expect(subcases).toHaveLength(29);
    for (const s of subcases) {
      const label = `${s.fn}(${JSON.stringify(s.input)})`;
      if (s.fn === "seven_point_one_side_mean") {
        expect(sevenPointOneSideMean(s.input as number[]), label).toEqual(s.expected);
      } else if (s.fn === "part_of_seven_trend") {
        expect(partOfSevenTrend(s.input as number[]), label).toEqual(s.expected);
      } else if (s.fn === "seven_point_trend") {
        expect(sevenPointTrend(s.input as number[]), label).toEqual(s.expected);
      } else {
        const { close, rtm } = s.input as { close: number[]; rtm: number[] };
        const flags = twoInThree(close, rtm);
        expect(s.fn.startsWith("part_of") ? partOfTwoInThree(flags, close) : flags, label).toEqual(s.expected);
      }
    }
    return;
  }
  const input = c.input as unknown as NhsInput;
  const result = makingDataCount(input.y, nhsrOptions(input));
  const e = c.expected as {
    upl_round2?: number;
    mean_round2?: number;
    lpl_round2?: number;
    point_type_by_index: Record<string, string>;
  };
  const tol = { abs: c.tolerance.abs ?? 0.005 };
  if (e.upl_round2 !== undefined) expectClose(result.points[0].upl, e.upl_round2, tol, "upl");
  if (e.mean_round2 !== undefined) expectClose(result.points[0].mean, e.mean_round2, tol, "mean");
  if (e.lpl_round2 !== undefined) expectClose(result.points[0].lpl, e.lpl_round2, tol, "lpl");
  const asserted = Object.entries(e.point_type_by_index);
  expect(asserted.length).toBeGreaterThan(0);
  for (const [index, type] of asserted) {
    expect(result.points[Number(index) - 1].pointType, `point ${index}`).toBe(type);
  }
}

/** MDC Single Chart Tool settings of the testing document: 6/6, 2.66, no screening, 13 points minimum. */
function mdcOptions(input: NhsInput): MakingDataCountOptions {
  return {
    improvement: input.improvement_direction ?? "increase",
    shiftPoints: input.shift_n ?? 6,
    trendPoints: input.trend_n ?? 6,
    screenMovingRanges: input.screen_outliers ?? false,
    phases: input.recalculate_at?.map((k) => k - 1),
    baseline: input.baseline_points,
    minPoints: 13,
  };
}

export function checkMdcCase(c: VectorCase) {
  const input = c.input as unknown as NhsInput;
  const e = c.expected as Record<string, unknown>;
  if (c.id === "nhs-mdc-worked-xmr-spreadsheet-24") {
    const tol = { abs: c.tolerance.abs ?? 5e-8 };
    const xmr = controlChart("i", input.y, undefined, { screenMovingRanges: false });
    const mr = controlChart("mr", input.y);
    const wheeler = makingDataCount(input.y, { screenMovingRanges: false, limitConstant: 2.66 });
    expectArrayClose(mr.points.map((p) => p.value), e.mr as (number | null)[], tol, "mr");
    expectClose(xmr.phases[0].centre, e.mean as number, tol, "mean");
    expectClose(mr.phases[0].centre, e.mr_mean as number, tol, "mr_mean");
    const ucl = xmr.points[0].ucl as number;
    expectClose((ucl - (xmr.phases[0].centre as number)) / 3, e.sigma_1128 as number, tol, "sigma");
    expectClose(ucl, e.upl_3sigma_1128 as number, tol, "upl 3/1.128");
    expectClose(xmr.points[0].lcl, e.lpl_3sigma_1128 as number, tol, "lpl 3/1.128");
    expectClose(wheeler.points[0].upl, e.upl_266 as number, tol, "upl 2.66");
    expectClose(wheeler.points[0].lpl, e.lpl_266 as number, tol, "lpl 2.66");
    return;
  }
  const result = makingDataCount(input.y, mdcOptions(input));
  const tol = { abs: 0.005 };
  if (e.mean_round2 !== undefined) expectClose(result.periods[0].mean, e.mean_round2 as number, tol, "mean");
  if (e.mr_mean_round2 !== undefined) {
    const amr = result.periods[0].averageMovingRange as number;
    expectClose(amr, e.mr_mean_round2 as number, tol, "mean MR");
    expectClose(amr / 1.128, e.sigma_round2 as number, tol, "sigma");
    expectClose((3 * amr) / 1.128, e.three_sigma_round2 as number, tol, "three sigma");
    expectClose(result.points[0].upl, e.upl_round2 as number, tol, "upl");
    expectClose(result.points[0].lpl, e.lpl_round2 as number, tol, "lpl");
  }
  if (e.limits_shown !== undefined) {
    expect(result.limitsShown, "limits shown").toBe(e.limits_shown);
    expect(result.points.every((p) => (p.upl !== null) === e.limits_shown)).toBe(true);
  }
  if (e.summary_icons_shown !== undefined) {
    expect(result.variation !== null, "variation icon shown").toBe(e.summary_icons_shown);
  }
  const colours = e.colour as string[];
  expect(result.points).toHaveLength(colours.length);
  // A `suspect` literal (1-based) is one the vectors' authors judged a transcription slip: for
  // nhs-mdc-special-cause-conflict-high-is-good, point 15 (27) is "blue" in the peer CSV although it is
  // below the upper 2-sigma line, starts no 6-point shift or trend, and is grey in the low-is-good twin.
  // Every other point is asserted.
  const suspect = new Set(Object.keys(c.suspect ?? {}).map((k) => Number(k) - 1));
  colours.forEach((colour, i) => {
    if (suspect.has(i)) return;
    expect(MDC_COLOUR[result.points[i].pointType], `point ${i + 1}`).toBe(colour);
  });
}
