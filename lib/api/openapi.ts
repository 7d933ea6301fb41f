// The OpenAPI 3.1 document of /api/v1, served at /api/v1/openapi.json. Written by hand; tests check that
// it names every route under app/api/v1, every query parameter each route accepts and every field it answers.
import { API_SCHEMAS, type ApiSchemaName } from "./openapi-schemas";
import { DEFAULT_LIMIT, MAX_LIMIT } from "./pagination";

type Filter = { name: string; description: string; schema: Record<string, unknown> };
type Collection = { path: string; schema: ApiSchemaName; summary: string; filters: Filter[] };

const idFilter = (name: string, description: string): Filter => ({ name, description, schema: { type: "string" } });
const dateFilter = (name: string, description: string): Filter => ({ name, description, schema: { type: "string", format: "date" } });

/** The collections and their filters (besides limit and cursor). */
export const API_COLLECTIONS: readonly Collection[] = [
  { path: "collaboratives", schema: "Collaborative", summary: "Collaboratives", filters: [] },
  { path: "teams", schema: "Team", summary: "Teams", filters: [idFilter("collaborativeId", "Only the teams of this collaborative.")] },
  {
    path: "measures",
    schema: "Measure",
    summary: "Measure definitions",
    filters: [idFilter("collaborativeId", "Only the collaborative's shared measures and its teams' own measures.")],
  },
  {
    path: "measurements",
    schema: "Measurement",
    summary: "Measurements",
    filters: [
      idFilter("teamId", "Only this team's measurements."),
      idFilter("measureId", "Only this measure's measurements."),
      dateFilter("from", "Only periods starting on or after this day (YYYY-MM-DD)."),
      dateFilter("to", "Only periods starting on or before this day (YYYY-MM-DD)."),
    ],
  },
  {
    path: "pdsa-cycles",
    schema: "PdsaCycle",
    summary: "PDSA cycles",
    filters: [
      idFilter("teamId", "Only this team's cycles."),
      { name: "state", description: "Only cycles in this state.", schema: (API_SCHEMAS.PdsaCycle.properties as Record<string, Record<string, unknown>>).state },
    ],
  },
  { path: "assessments", schema: "Assessment", summary: "IHI assessment scores", filters: [idFilter("teamId", "Only this team's scores.")] },
];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });
const AUTH_ERRORS = { "401": { $ref: "#/components/responses/Unauthorized" }, "403": { $ref: "#/components/responses/Forbidden" } };

function listOperation(collection: Collection) {
  return {
    get: {
      operationId: `list-${collection.path}`,
      tags: [collection.summary],
      summary: `${collection.summary}: one page, ordered by id`,
      parameters: [
        { $ref: "#/components/parameters/limit" },
        { $ref: "#/components/parameters/cursor" },
        ...collection.filters.map((filter) => ({ in: "query", required: false, ...filter })),
      ],
      responses: {
        "200": {
          description: "A page of rows the token's owner may read. Filters naming something outside that scope give an empty list.",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["data", "next"],
                properties: {
                  data: { type: "array", items: ref(collection.schema) },
                  next: { type: ["string", "null"], format: "uri", description: "The URL of the next page; null on the last page." },
                },
              },
            },
          },
        },
        "400": { $ref: "#/components/responses/BadRequest" },
        ...AUTH_ERRORS,
      },
    },
  };
}

function itemOperation(collection: Collection) {
  return {
    get: {
      operationId: `get-${collection.path}`,
      tags: [collection.summary],
      summary: `${collection.summary}: one by id`,
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: {
        "200": {
          description: "The row.",
          content: { "application/json": { schema: { type: "object", required: ["data"], properties: { data: ref(collection.schema) } } } },
        },
        "400": { $ref: "#/components/responses/BadRequest" },
        ...AUTH_ERRORS,
        "404": errorResponse("No such row, or it is outside the token owner's scope."),
      },
    },
  };
}

const DESCRIPTION = [
  "Read-only open data of Samspil for a region's own business intelligence (Power BI, R, Python, …).",
  "Authenticate with a personal API token (created by a manager or administrator on the page /account/api-tokens) in the header `Authorization: Bearer <token>`.",
  "A token reads exactly what its owner can read in the app, and stops working when it is revoked, its owner is deactivated or no longer a manager or administrator.",
  `Lists are paginated by cursor in the order of ids: \`limit\` rows per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT}); follow \`next\` until it is null.`,
  "Errors answer `{ \"error\": { \"code\", \"message\" } }`.",
].join("\n\n");

/** The OpenAPI 3.1 document; `baseUrl` is the app's public address. */
export function buildOpenApiDocument(baseUrl: string) {
  const paths: Record<string, unknown> = {
    "/openapi.json": {
      get: {
        operationId: "openapi",
        summary: "This document",
        security: [],
        responses: { "200": { description: "The OpenAPI document.", content: { "application/json": { schema: { type: "object" } } } } },
      },
    },
  };
  for (const collection of API_COLLECTIONS) {
    paths[`/${collection.path}`] = listOperation(collection);
    paths[`/${collection.path}/{id}`] = itemOperation(collection);
  }
  return {
    openapi: "3.1.0",
    info: { title: "Samspil open data API", version: "1.0.0", description: DESCRIPTION },
    servers: [{ url: `${baseUrl}/api/v1` }],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "A personal API token, shown once when it is created." },
      },
      parameters: {
        limit: {
          name: "limit",
          in: "query",
          required: false,
          description: "Rows per page.",
          schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
        },
        cursor: {
          name: "cursor",
          in: "query",
          required: false,
          description: "Where the page starts: taken from the previous page's `next` link.",
          schema: { type: "string" },
        },
      },
      responses: {
        BadRequest: errorResponse("A query parameter is unknown, repeated or not valid (the message says which)."),
        Unauthorized: errorResponse("No token, an unknown or revoked token, or its owner is deactivated."),
        Forbidden: errorResponse("The token's owner is no longer a manager or administrator."),
      },
      schemas: API_SCHEMAS,
    },
  };
}
