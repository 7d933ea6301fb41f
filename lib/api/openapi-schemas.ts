// JSON Schemas (2020-12, as OpenAPI 3.1 uses) of the rows /api/v1 answers. A test compares every
// property list with the rows the handlers really return.
import { COLLABORATIVE_STATUSES, TEAM_STATUSES } from "@/lib/collaboratives/schema";
import { CHART_KINDS } from "@/lib/measures/chart-kind";
import { COMPASS_POINTS, DIRECTIONS, MEASURE_FREQUENCIES, MEASURE_KINDS, MEASURE_TYPES } from "@/lib/measures/rules";
import { MICROSYSTEM_KINDS } from "@/lib/microsystems/rules";
import { CYCLE_STATES, DECISIONS } from "@/lib/pdsa/rules";

type Schema = Record<string, unknown>;

const string = (description?: string): Schema => ({ type: "string", ...(description ? { description } : {}) });
const number = (description?: string): Schema => ({ type: "number", ...(description ? { description } : {}) });
const id = (description = "Id (opaque string)."): Schema => string(description);
const date = (description = "Calendar date YYYY-MM-DD."): Schema => ({ type: "string", format: "date", description });
const moment = (description = "Moment, ISO 8601 in UTC."): Schema => ({ type: "string", format: "date-time", description });
const oneOf = (values: readonly string[], description?: string): Schema => ({ type: "string", enum: [...values], ...(description ? { description } : {}) });
const orNull = (schema: Schema): Schema => ({ ...schema, type: [schema.type, "null"], ...(schema.enum ? { enum: [...(schema.enum as string[]), null] } : {}) });
const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: "object",
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

export const API_SCHEMAS = {
  Collaborative: object(
    {
      id: id(),
      name: string(),
      topic: string(),
      aim: string("The collaborative's aim statement (may be empty)."),
      status: oneOf(COLLABORATIVE_STATUSES),
      startDate: date(),
      endDate: date(),
      timeZone: string("IANA time zone of the collaborative, e.g. Europe/Copenhagen."),
      organisationId: orNull(id("The organisation running the collaborative.")),
      createdAt: moment(),
      updatedAt: moment(),
    },
    "An improvement collaborative (breakthrough series) the token's owner may read.",
  ),
  Team: object(
    {
      id: id(),
      name: string(),
      collaborativeId: id(),
      status: oneOf(TEAM_STATUSES),
      aim: string("The team's aim statement (may be empty)."),
      startDate: orNull(date()),
      microsystem: object({ id: id(), name: string(), kind: oneOf(MICROSYSTEM_KINDS), organisationId: id("The department or unit the microsystem belongs to.") }),
      createdAt: moment(),
      updatedAt: moment(),
    },
    "A clinical microsystem's participation in a collaborative.",
  ),
  Measure: object(
    {
      id: id(),
      name: string(),
      collaborativeId: orNull(id("Set for a measure shared by a collaborative.")),
      teamId: orNull(id("Set for a team's own measure.")),
      type: oneOf(MEASURE_TYPES),
      compassPoint: orNull(oneOf(COMPASS_POINTS, "Clinical value compass point.")),
      operationalDefinition: string(),
      numeratorDefinition: string(),
      denominatorDefinition: string(),
      kind: oneOf(MEASURE_KINDS),
      multiplier: number("value = numerator / denominator × multiplier for proportions and rates (100 for per cent)."),
      unit: string(),
      frequency: oneOf(MEASURE_FREQUENCIES),
      direction: oneOf(DIRECTIONS, "Which way is better."),
      goal: orNull(number()),
      defaultChart: oneOf(CHART_KINDS),
      rules: oneOf(["ANHOEJ", "IHI", "MDC"], "Rule set for signals on the chart."),
      archivedAt: orNull(moment("Set when the measure is archived.")),
      createdAt: moment(),
      updatedAt: moment(),
    },
    "A measure with its full definition.",
  ),
  Measurement: object(
    {
      id: id(),
      teamId: id(),
      measureId: id(),
      periodStart: date("The ISO week's Monday (weekly measures) or the month's first day (monthly)."),
      numerator: number(),
      denominator: orNull(number()),
      value: orNull(number("The plotted value: numerator / denominator × multiplier, or the numerator itself; null without a usable denominator.")),
      note: string(),
      createdAt: moment(),
      updatedAt: moment(),
    },
    "One value of one measure for one team and period.",
  ),
  PdsaCycle: object(
    {
      id: id(),
      teamId: id(),
      changeIdeaId: orNull(id()),
      previousCycleId: orNull(id("The cycle this one builds on (a ramp of cycles).")),
      title: string(),
      state: oneOf(CYCLE_STATES),
      decision: orNull(oneOf(DECISIONS)),
      plannedStart: orNull(date()),
      startedAt: orNull(moment()),
      completedAt: orNull(moment()),
      measureIds: { type: "array", items: id(), description: "Measures the cycle follows." },
      createdAt: moment(),
      updatedAt: moment(),
    },
    "A Plan-Do-Study-Act cycle (its course; the free-text steps are not part of the API).",
  ),
  Assessment: object(
    {
      id: id(),
      teamId: id(),
      reportId: orNull(id("The monthly report the score was given on.")),
      month: { type: "string", pattern: "^\\d{4}-\\d{2}$", description: "Month YYYY-MM." },
      score: { type: "number", minimum: 1, maximum: 5, multipleOf: 0.5, description: "IHI assessment score 1.0–5.0." },
      comment: string(),
      createdAt: moment(),
    },
    "The secretariat's monthly IHI assessment of a team.",
  ),
  Error: object({ error: object({ code: oneOf(["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "INTERNAL"]), message: string() }) }),
} as const;

export type ApiSchemaName = Exclude<keyof typeof API_SCHEMAS, "Error">;
