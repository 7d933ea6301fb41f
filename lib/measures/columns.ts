import type { Prisma } from "@/generated/prisma/client";

// The Measure model's columns, listed once for every read that selects them. A read that needs
// fewer on purpose (a list of names, a report's plain run chart) selects its own few columns.

/**
 * What a chart of a measure is computed from: how a value is formed (kind, multiplier), its period
 * axis (frequency), how it reads (unit, direction, goal) and how it is analysed (default chart,
 * rule set). The stored summary, the save's plain-SQL read of it (lib/measurements/series-sql.ts),
 * the chart page and the collaborative dashboard all read exactly these.
 */
export const MEASURE_CHART_COLUMNS = {
  kind: true,
  multiplier: true,
  unit: true,
  frequency: true,
  direction: true,
  goal: true,
  defaultChart: true,
  rules: true,
} as const satisfies Prisma.MeasureSelect;

/**
 * A measure's whole definition (PRODUCT.md §3 Measure): name, type, value-compass point, its
 * operational, numerator and denominator definitions and the chart columns, with its id. The
 * definitions page, the chart page and the read API show these.
 */
export const MEASURE_DEFINITION_COLUMNS = {
  id: true,
  name: true,
  type: true,
  compassPoint: true,
  operationalDefinition: true,
  numeratorDefinition: true,
  denominatorDefinition: true,
  ...MEASURE_CHART_COLUMNS,
} as const satisfies Prisma.MeasureSelect;
