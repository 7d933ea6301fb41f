/**
 * Loading and comparing the public reference vectors. The repository copy
 * `tests/unit/spc/fixtures/vectors.json` is the source; it is a byte-for-byte copy of
 * `shared/spc/vectors.json` (sha256 9519bda5…fe898), which collects expected values from qicharts2,
 * PowerBI-SPC, NHSRplotthedots and the NHS MDC test material (see shared/spc/README.md). The copy beside
 * the repository (`<repo>/../shared/spc/vectors.json`) is only a fallback.
 */
import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";

export interface VectorCase {
  id: string;
  chart: string;
  rules: string;
  strength: "A" | "B" | "C";
  input: Record<string, unknown>;
  settings?: Record<string, unknown>;
  expected: Record<string, unknown>;
  tolerance: { rel?: number; abs?: number; exact?: boolean };
  suspect?: Record<string, string>;
}

export function loadVectors(): VectorCase[] {
  const local = path.resolve(import.meta.dirname, "fixtures/vectors.json");
  const shared = path.resolve(import.meta.dirname, "../../../../shared/spc/vectors.json");
  const file = fs.existsSync(local) ? local : shared;
  return JSON.parse(fs.readFileSync(file, "utf8")) as VectorCase[];
}

export type Tolerance = { rel?: number; abs?: number };

/** Compares one number within the case's tolerance; null must meet null. */
export function expectClose(actual: number | null | undefined, expected: number | null, tol: Tolerance, label: string) {
  if (expected === null) {
    expect(actual ?? null, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expect(actual, label).not.toBeUndefined();
  const a = actual as number;
  const bound = tol.abs !== undefined ? tol.abs : (tol.rel ?? 1e-9) * Math.max(Math.abs(expected), 1e-300);
  // A relative bound on an exact 0 (clamped limits) would demand bit equality; 1e-12 absolute is the
  // same promise at full precision.
  const effective = expected === 0 && tol.abs === undefined ? 1e-12 : bound;
  if (!(Math.abs(a - expected) <= effective)) {
    expect.fail(`${label}: expected ${expected}, got ${a} (|diff| ${Math.abs(a - expected)} > ${effective})`);
  }
}

export function expectArrayClose(
  actual: readonly (number | null)[],
  expected: readonly (number | null)[],
  tol: Tolerance,
  label: string,
  count = expected.length,
) {
  for (let i = 0; i < count; i++) expectClose(actual[i], expected[i], tol, `${label}[${i}]`);
}

/** The 1-based index lists of qicharts2 (`exclude`) become 0-based; `part`/`freeze` are counts and stay. */
export function zeroBased(indices: unknown): number[] | undefined {
  return Array.isArray(indices) ? indices.map((i: number) => i - 1) : undefined;
}

export const MDC_COLOUR: Record<string, string> = {
  common_cause: "grey",
  special_cause_improvement: "blue",
  special_cause_concern: "orange",
  special_cause_neutral: "purple",
};
