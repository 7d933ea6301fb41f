import "server-only";
import type { AnyApiResource } from "./resource";
import { assessmentsResource } from "./resources/assessments";
import { collaborativesResource } from "./resources/collaboratives";
import { measurementsResource } from "./resources/measurements";
import { measuresResource } from "./resources/measures";
import { pdsaCyclesResource } from "./resources/pdsa-cycles";
import { teamsResource } from "./resources/teams";

/** Every collection of /api/v1, in the order the OpenAPI document lists them. */
export const API_RESOURCES: readonly AnyApiResource[] = [
  collaborativesResource,
  teamsResource,
  measuresResource,
  measurementsResource,
  pdsaCyclesResource,
  assessmentsResource,
];
