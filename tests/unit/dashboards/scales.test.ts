import { describe, expect, it } from "vitest";
import { barSlots, dotsPath, gappedPath, linearScale, niceStep, niceTicks, polylinePath } from "@/components/dashboards/scales";

describe("dashboard scales", () => {
  it("maps a domain linearly onto a range, upside down for SVG y", () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(25)).toBe(150);
    expect(y(100)).toBe(0);
  });

  it("puts every value in the middle when the domain has no width", () => {
    expect(linearScale([5, 5], [0, 80])(5)).toBe(40);
  });

  it("chooses steps of 1, 2 or 5 times a power of ten", () => {
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(7, 5)).toBe(2);
    expect(niceStep(0.3, 6)).toBe(0.05);
    expect(niceStep(3, 5, true)).toBe(1);
  });

  it("gives ticks from a round number below the minimum to one above the maximum", () => {
    expect(niceTicks(0, 87, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(12.3, 47.9, 6)).toEqual([10, 20, 30, 40, 50]);
    expect(niceTicks(0.42, 0.81, 4)).toEqual([0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
  });

  it("keeps count ticks whole", () => {
    expect(niceTicks(0, 3, 5, true)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 13, 5, true)).toEqual([0, 5, 10, 15]);
  });

  it("widens a single value to an axis from zero", () => {
    expect(niceTicks(0, 0, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(4, 4, 4, true)).toEqual([0, 1, 2, 3, 4]);
  });

  it("breaks the line where a value is missing", () => {
    const path = gappedPath([10, 20, null, 40, 50], (i) => i * 10, (v) => 100 - v);
    expect(path).toBe("M0 90L10 80M30 60L40 50");
  });

  it("rounds path coordinates to one decimal", () => {
    expect(gappedPath([1 / 3], () => 2 / 3, (v) => v)).toBe("M0.7 0.3");
    expect(polylinePath([{ x: 0, y: 1.26 }, { x: 10.04, y: 2 }])).toBe("M0 1.3L10 2");
  });

  it("splits the width into equal bar slots", () => {
    const slots = barSlots(4, 40, 440, 0.5);
    expect(slots.centre(0)).toBe(90);
    expect(slots.centre(3)).toBe(390);
    expect(slots.width).toBe(50);
  });
});

describe("dots as one path", () => {
  it("draws each dot as two half-circle arcs starting at its left edge", () => {
    expect(dotsPath([{ x: 10, y: 20 }, { x: 30.04, y: 5 }], 2)).toBe("M8 20a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M28 5a2 2 0 1 0 4 0a2 2 0 1 0 -4 0");
    expect(dotsPath([], 2)).toBe("");
  });
});
