// What the database alone takes to read the rows a dashboard is about, with a plain SQL query
// through the driver (better-sqlite3 or pg, no Prisma): every measurement of the teams concerned.
// Timed as the median of several runs after one untimed run.
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "../../lib/db/client";

const COLUMNS = `m."teamId", m."measureId", m."periodStart", m.numerator, m.denominator`;

/** Every measurement of one collaborative's teams. */
const COLLABORATIVE_SQL = `SELECT ${COLUMNS} FROM "Measurement" m JOIN "Team" t ON t.id = m."teamId" WHERE t."collaborativeId" = $1`;

/** Every measurement of the teams under a manager's organisation scopes (the organisation subtrees). */
const MANAGER_SCOPE_SQL = `WITH RECURSIVE scope(id) AS (
    SELECT "organisationId" FROM "ManagerScope" WHERE "userId" = $1 AND "organisationId" IS NOT NULL
    UNION SELECT o.id FROM "Organisation" o JOIN scope s ON o."parentId" = s.id
  )
  SELECT ${COLUMNS} FROM "Measurement" m JOIN "Team" t ON t.id = m."teamId" JOIN "Microsystem" ms ON ms.id = t."microsystemId"
  WHERE ms."organisationId" IN (SELECT id FROM scope)`;

export type PlainRead = { milliseconds: number; rows: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timeQuery(url: string, sql: string, parameter: string, runs: number): Promise<PlainRead> {
  const times: number[] = [];
  let rows = 0;
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (let run = 0; run <= runs; run++) {
        const started = performance.now();
        rows = (await client.query(sql, [parameter])).rowCount ?? 0;
        if (run > 0) times.push(performance.now() - started);
      }
    } finally {
      await client.end();
    }
  } else {
    const database = new Database(url.slice("file:".length), { readonly: true });
    try {
      const statement = database.prepare(sql.replace(/\$1/g, "?"));
      for (let run = 0; run <= runs; run++) {
        const started = performance.now();
        rows = statement.all(parameter).length;
        if (run > 0) times.push(performance.now() - started);
      }
    } finally {
      database.close();
    }
  }
  return { milliseconds: median(times), rows };
}

export function readCollaborativeMeasurements(url: string, collaborativeId: string, runs = 7): Promise<PlainRead> {
  return timeQuery(url, COLLABORATIVE_SQL, collaborativeId, runs);
}

export function readManagerScopeMeasurements(url: string, managerId: string, runs = 7): Promise<PlainRead> {
  return timeQuery(url, MANAGER_SCOPE_SQL, managerId, runs);
}
