import { describe, expect, it } from "vitest";
import { checkMdcCase, checkNhsrCase } from "./vectors-nhs";
import { checkPowerBiChart, checkRulePrimitives } from "./vectors-powerbi";
import { checkQichartsCase } from "./vectors-qicharts2";
import { loadVectors, type VectorCase } from "./vectors-support";

// Every reference case from the public peers is one test, named by its id. Expected values come
// only from the vectors file (see vectors-support.ts for its provenance).
const cases = loadVectors();

function dispatch(c: VectorCase) {
  if (c.id.startsWith("qicharts2-")) return checkQichartsCase(c);
  if (c.id.startsWith("powerbi-spc-rule-")) return checkRulePrimitives(c);
  if (c.id.startsWith("powerbi-spc-")) return checkPowerBiChart(c);
  if (c.id.startsWith("nhsrplotthedots-")) return checkNhsrCase(c);
  if (c.id.startsWith("nhs-mdc-")) return checkMdcCase(c);
  throw new Error(`no checker for reference case ${c.id}`);
}

describe("reference vectors from public peers", () => {
  it("holds all 68 cases", () => {
    expect(cases).toHaveLength(68);
    expect(new Set(cases.map((c) => c.id)).size).toBe(68);
  });

  for (const c of cases) {
    it(c.id, () => {
      dispatch(c);
    });
  }
});
