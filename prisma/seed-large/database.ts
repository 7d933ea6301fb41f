// Getting a database ready for the large data set: the PostgreSQL database created when it is
// missing, every migration applied (as scripts/prepare-dev-db.ts and scripts/e2e-server.ts do), and
// a check whether the large data set is already there.
import { execFileSync } from "node:child_process";
import pg from "pg";
import type { Db } from "../../lib/db/client";
import { isPostgresUrl } from "../../lib/db/client";
import { LARGE_COLLABORATIVES, type LargeSize } from "./size";
import { LARGE_MEASURES } from "./measures";

/** The server's maintenance database URL for a PostgreSQL URL (same server and role). */
function adminUrl(url: string): string {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  return admin.toString();
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** Whether the PostgreSQL server of `url` answers; the error message when it does not. */
export async function postgresUnreachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: adminUrl(url), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

async function createPostgresDatabaseIfMissing(url: string): Promise<void> {
  const name = databaseName(url);
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Creates the database if needed and applies the migrations of its provider. */
export async function prepareDatabase(url: string): Promise<void> {
  const env = { ...process.env, DATABASE_URL: url };
  if (isPostgresUrl(url)) {
    await createPostgresDatabaseIfMissing(url);
    execFileSync("node", ["scripts/pg-schema.mjs"], { stdio: "inherit" });
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env });
}

/** True when the database holds the large data set of this size (and its dashboard summaries). */
export async function largeDataPresent(db: Db, size: LargeSize): Promise<boolean> {
  const teams = size.teamsPerCollaborative * LARGE_COLLABORATIVES.length;
  const [collaboratives, teamCount, summaries, cycles] = await Promise.all([
    db.collaborative.findMany({ select: { name: true } }),
    db.team.count(),
    db.teamMeasureSummary.count(),
    db.pdsaCycle.count(),
  ]);
  const names = new Set(collaboratives.map((collaborative) => collaborative.name));
  return (
    collaboratives.length === LARGE_COLLABORATIVES.length &&
    LARGE_COLLABORATIVES.every((collaborative) => names.has(collaborative.name)) &&
    teamCount === teams &&
    summaries === teams * LARGE_MEASURES.length &&
    cycles === teams * size.cyclesPerTeam
  );
}
