// The pooled chart comes with the server's HTML (issue 17, item 9): Recharts 3 renders an empty box
// on the server, so a chart with drawOnServer is first drawn as a plain SVG in Recharts' layout.
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { analyseChart } from "@/lib/charts/chart-analysis";
import type { ChartSeries } from "@/lib/charts/chart-model";
import { SpcChart } from "@/components/charts/spc-chart";
import { niceTicks, STATIC_PLOT, staticPlotGeometry } from "@/components/charts/static-plot-geometry";
import da from "@/messages/da.json";

const series: ChartSeries = {
  chart: "P",
  frequency: "WEEKLY",
  direction: "UP",
  rules: "ANHOEJ",
  goal: 60,
  multiplier: 100,
  unit: "%",
  hasDenominator: true,
  baselineCount: null,
  phaseSplits: [],
  // Four weeks of 20 cases with a gap in the third: 45 %, 55 %, —, 50 %.
  periods: [9, 11, null, 10].map((numerator, i) => ({
    start: new Date(Date.UTC(2026, 10, 2 + 7 * i)).toISOString().slice(0, 10),
    numerator,
    denominator: numerator === null ? null : 20,
    value: numerator === null ? null : numerator * 5,
  })),
  markers: [],
};
const model = analyseChart(series);

const render = (drawOnServer: boolean) =>
  renderToString(
    createElement(
      NextIntlClientProvider,
      // The children come as the third argument; the props type wants them among the props.
      { locale: "da", messages: da, timeZone: "Europe/Copenhagen" } as unknown as ComponentProps<typeof NextIntlClientProvider>,
      createElement(SpcChart, { model, title: "Andel", filenameParts: ["samlet"], drawOnServer }),
    ),
  );

describe("static plot geometry", () => {
  it("picks round ticks that cover the values", () => {
    expect(niceTicks(16.4, 83.6)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(3, 3)).toEqual([0, 1, 2, 3]);
  });

  it("places the points in Recharts' layout: the period bands of the x axis and a 0–100 % y axis", () => {
    const geometry = staticPlotGeometry(model, 360);
    // Plot box: x 64–736 (margin 4 + y axis 60; right margin 64), y 28–304 (360 − 16 − 40).
    expect(geometry.plot).toEqual({ left: 64, right: 736, top: 28, bottom: 304 });
    expect(geometry.width).toBe(STATIC_PLOT.width);
    expect(geometry.yTicks.map((tick) => tick.value)).toEqual([0, 25, 50, 75, 100]);
    // Four bands of 168 px: centres 148, 316, (484), 652; 45 % → 304 − 0.45 · 276 = 179.8.
    expect(geometry.points.map(({ x, y }) => [x, y])).toEqual([
      [148, 179.8],
      [316, 152.2],
      [652, 166],
    ]);
    expect(geometry.valuePath).toBe("M148 179.8L316 152.2M652 166");
    expect(geometry.goalY).toBe(138.4);
    expect(geometry.lines.map((line) => line.role)).toEqual(["centre", "lcl", "ucl"]);
    expect(geometry.lines[0].path).toMatch(/^M148 166L316 166/);
  });
});

describe("SpcChart on the server", () => {
  it("sends a labelled drawing with its points when drawOnServer is set, and Recharts' empty box otherwise", () => {
    const html = render(true);
    expect(html).toMatch(/<svg[^>]*class="spc-static-plot[^"]*"[^>]*role="img"[^>]*aria-label="[^"]+"/);
    expect(html.match(/<circle/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain("uge 45");
    const plain = render(false);
    expect(plain).not.toContain("spc-static-plot");
    expect(plain).toContain("recharts-wrapper");
    // The table alternative and its toggle are there either way.
    for (const page of [html, plain]) expect(page).toContain("<table");
  });
});
