// The pooled chart counts ended periods only (issue 17, item 9): once one team has entered the
// current week, that week's few values must not become a point, nor move the centre line or limits.
import { describe, expect, it } from "vitest";
import { analyseChart } from "@/lib/charts/chart-analysis";
import { pooledSeries } from "@/lib/dashboards/measure-data";
import { hasPeriodEnded, parseIsoDay } from "@/lib/measures/periods";
import { zonedDay } from "@/lib/seminars/time";

const measure = { kind: "PROPORTION", multiplier: 100, unit: "%", frequency: "WEEKLY" as const, direction: "UP", goal: null, defaultChart: "P", rules: "ANHOEJ" };
const WEEK = 7 * 86_400_000;
const FIRST = parseIsoDay("2026-09-28"); // a Monday; the 12th week after it starts 14 December

// Twelve ended weeks, two teams each: 9/20 and 11/20 in turn, so p̄ = 120/240 = 0.5 and n = 20 every week.
const ended = Array.from({ length: 12 }, (_, i) => ({ periodStart: new Date(FIRST.getTime() + i * WEEK), numerator: i % 2 === 0 ? 9 : 11, denominator: 20, teams: 2 }));
// The current week (21 December, ISO week 52): one team has entered 0 of 2 so far.
const current = { periodStart: parseIsoDay("2026-12-21"), numerator: 0, denominator: 2, teams: 1 };

describe("hasPeriodEnded", () => {
  it("ends a week after its Sunday and a month after its last day", () => {
    expect(hasPeriodEnded("WEEKLY", parseIsoDay("2026-12-14"), "2026-12-20")).toBe(false); // Sunday: its last day
    expect(hasPeriodEnded("WEEKLY", parseIsoDay("2026-12-14"), "2026-12-21")).toBe(true);
    expect(hasPeriodEnded("WEEKLY", parseIsoDay("2026-12-21"), "2026-12-23")).toBe(false);
    expect(hasPeriodEnded("MONTHLY", parseIsoDay("2026-01-01"), "2026-01-31")).toBe(false);
    expect(hasPeriodEnded("MONTHLY", parseIsoDay("2026-01-01"), "2026-02-01")).toBe(true);
  });

  it("reads today in the collaborative's time zone", () => {
    // 23:30 UTC on Sunday 20 December is already Monday in Copenhagen: week 51 has ended there.
    const lateSunday = new Date("2026-12-20T23:30:00Z");
    expect(hasPeriodEnded("WEEKLY", parseIsoDay("2026-12-14"), zonedDay(lateSunday, "Europe/Copenhagen"))).toBe(true);
    expect(hasPeriodEnded("WEEKLY", parseIsoDay("2026-12-14"), zonedDay(lateSunday, "UTC"))).toBe(false);
  });
});

describe("pooledSeries", () => {
  it("leaves out the current week that one team has entered, and computes the limits from the ended weeks", () => {
    const model = analyseChart(pooledSeries(measure, [...ended, current], "2026-12-23"));
    expect(model.chart).toBe("P");
    expect(model.rows).toHaveLength(12);
    expect(model.rows.at(-1)!.period).toBe("2026-12-14");
    // p̄ = 0.5, σ = √(0.5 · 0.5 / 20) = 0.111803…, limits 50 ± 3 · 11.1803 = 16.459 and 83.541 (%).
    for (const row of model.rows) {
      expect(row.centre).toBeCloseTo(50, 10);
      expect(row.lcl).toBeCloseTo(50 - 300 * Math.sqrt(0.25 / 20), 6);
      expect(row.ucl).toBeCloseTo(50 + 300 * Math.sqrt(0.25 / 20), 6);
    }
    expect(model.rows[0].lcl).toBeCloseTo(16.459, 3);
    expect(model.rows[0].ucl).toBeCloseTo(83.541, 3);
  });

  it("would have let the unfinished week move the centre line (the bug this guards against)", () => {
    // On the next Monday the week has ended and counts: p̄ = 120/242, and its own limits are the wide ones of n = 2.
    const model = analyseChart(pooledSeries(measure, [...ended, current], "2026-12-28"));
    expect(model.rows).toHaveLength(13);
    expect(model.rows[0].centre).toBeCloseTo((120 / 242) * 100, 10);
    expect(model.rows.at(-1)!.value).toBe(0);
  });

  it("keeps every period when all have ended, and an empty series when only the current one has data", () => {
    expect(pooledSeries(measure, ended, "2026-12-23").periods).toHaveLength(12);
    expect(pooledSeries(measure, [current], "2026-12-23").periods).toEqual([]);
  });
});
