// The benchmark against one database: seed the large data set unless it is there, start the
// production server on its own port, sign in as the three users, time the plain-SQL reads, then
// load each route with autocannon and check the saves really wrote.
import { loadavg } from "node:os";
import { createPrisma, isPostgresUrl } from "../../lib/db/client";
import { DEMO_PASSWORD } from "../../lib/demo/demo-users";
import { isoDay } from "../../lib/measures/periods";
import { addDays, startOfIsoWeek } from "../../prisma/seed/dates";
import { largeDataPresent, postgresUnreachable, prepareDatabase } from "../../prisma/seed-large/database";
import { seedLarge } from "../../prisma/seed-large/seed-large";
import { LARGE_COLLABORATIVES, LARGE_SIGN_INS, LARGE_SIZE } from "../../prisma/seed-large/size";
import { findActionId } from "./action-id";
import { prismaReadMs } from "./machine";
import { measureRoute, type LoadSettings, type RouteFigures } from "./load";
import { readCollaborativeMeasurements, readManagerScopeMeasurements, type PlainRead } from "./plain-sql";
import { saveRequest } from "./save-request";
import { holdBuildShared, startServer } from "./server";
import { expectPage, signIn } from "./session";

export type RouteKey = "collaborative" | "regional" | "team" | "save";
export type RouteResult = { key: RouteKey; path: string; figures: RouteFigures; plain?: PlainRead; loadAverage: string };
export type DatabaseResult =
  | { database: "SQLite" | "PostgreSQL"; seedSeconds: number | null; routes: RouteResult[]; saveCheck: string; problems: string[]; prismaReadMs: number }
  | { database: "SQLite" | "PostgreSQL"; skipped: string };

/** The machine's 1-minute load average: figures taken while others build or test are not comparable. */
export const loadAverage = () => loadavg()[0].toFixed(1);

/** `workers`: app processes, as WEB_CONCURRENCY gives `npm start` (scripts/start.mjs). */
export type BenchOptions = { reseed: boolean; load: LoadSettings; workers: number };

async function ids(db: ReturnType<typeof createPrisma>) {
  const byEmail = (email: string) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const [manager, contact, collaborative] = await Promise.all([
    byEmail(LARGE_SIGN_INS.manager),
    byEmail(LARGE_SIGN_INS.contact),
    db.collaborative.findFirstOrThrow({ where: { name: LARGE_COLLABORATIVES[0].name }, select: { id: true, name: true } }),
  ]);
  const membership = await db.teamMember.findFirstOrThrow({ where: { userId: contact.id, role: "CONTACT_PERSON" }, select: { team: { select: { id: true, name: true, collaborativeId: true } } } });
  const measure = await db.measure.findFirstOrThrow({ where: { collaborativeId: membership.team.collaborativeId, kind: "PROPORTION" }, orderBy: { position: "asc" }, select: { id: true } });
  return { managerId: manager.id, collaborative, team: membership.team, measureId: measure.id };
}

export async function benchDatabase(name: "SQLite" | "PostgreSQL", url: string, port: number, options: BenchOptions): Promise<DatabaseResult> {
  console.log(`\n=== ${name}: ${url} (port ${port}) ===`);
  if (isPostgresUrl(url)) {
    const problem = await postgresUnreachable(url);
    if (problem) {
      console.log(`SKIPPED: PostgreSQL is not reachable (${problem}).`);
      return { database: name, skipped: `PostgreSQL not reachable: ${problem}` };
    }
  }
  await prepareDatabase(url);
  const db = createPrisma(url);
  let release: (() => void) | null = null;
  let stopServer: (() => Promise<void>) | null = null;
  try {
    let seedSeconds: number | null = null;
    if (options.reseed || !(await largeDataPresent(db, LARGE_SIZE))) {
      console.log(options.reseed ? "--reseed: seeding the large data set…" : "The large data set is not there: seeding it…");
      const seeded = await seedLarge(db, url, { log: (line) => console.log(`  ${line}`) });
      seedSeconds = seeded.seconds.total;
      console.log(`Seeded ${seeded.counts.measurement} measurements in ${seedSeconds} s.`);
    } else console.log("The large data set is there already (--reseed to write it again).");
    const { managerId, collaborative, team, measureId } = await ids(db);

    const readMs = await prismaReadMs(db, managerId);
    console.log(`One Prisma read of a row by id: ${readMs.toFixed(2)} ms (median of 200).`);
    const plainCollaborative = await readCollaborativeMeasurements(url, collaborative.id);
    const plainRegional = await readManagerScopeMeasurements(url, managerId);
    console.log(`Plain SQL: ${plainCollaborative.rows} rows of the collaborative in ${plainCollaborative.milliseconds.toFixed(1)} ms, ${plainRegional.rows} rows of the manager's scope in ${plainRegional.milliseconds.toFixed(1)} ms (median of 7).`);

    release = await holdBuildShared();
    const action = findActionId("lib/measurements/actions.ts", "saveMeasurementsAction");
    const server = await startServer(port, url, options.workers);
    stopServer = server.stop;
    const [secretariat, manager, contact] = await Promise.all(
      [LARGE_SIGN_INS.secretariat, LARGE_SIGN_INS.manager, LARGE_SIGN_INS.contact].map((email) => signIn(server.baseUrl, email, DEMO_PASSWORD)),
    );
    const paths = { collaborative: `/collaboratives/${collaborative.id}/dashboard`, regional: "/overview", team: `/teams/${team.id}` };
    await expectPage(server.baseUrl, paths.collaborative, secretariat, collaborative.name);
    await expectPage(server.baseUrl, paths.regional, manager, collaborative.name);
    await expectPage(server.baseUrl, paths.team, contact, team.name);

    const routes: RouteResult[] = [];
    const problems: string[] = [];
    const record = (key: RouteKey, path: string, figures: RouteFigures, plain?: PlainRead) => {
      const non2xx = figures.non2xx > 0 ? `, ${figures.non2xx} NON-2XX` : "";
      const errors = figures.errors > 0 ? `, ${figures.errors} ERRORS` : "";
      const timing = figures.requests === 0 ? `no answer within ${options.load.seconds} s` : `1 request ${figures.single.toFixed(0)} ms; ${options.load.connections} connections: p50 ${figures.p50.toFixed(0)} ms, p95 ${figures.p95.toFixed(0)} ms, ${figures.requestsPerSecond.toFixed(1)} req/s; at ${figures.paced.rate} req/s: p95 ${figures.paced.p95.toFixed(0)} ms`;
      console.log(`${timing}${non2xx}${errors} (load average ${loadAverage()})`);
      if (figures.non2xx > 0 || figures.errors > 0) problems.push(`${name} ${key}: ${figures.non2xx} non-2xx answers and ${figures.errors} errors/timeouts`);
      routes.push({ key, path, figures, plain, loadAverage: loadAverage() });
    };
    const load = async (key: RouteKey, path: string, cookie: string, plain?: PlainRead) => {
      process.stdout.write(`  ${key.padEnd(13)} ${path} … `);
      record(key, path, await measureRoute(server.baseUrl, { method: "GET", path, headers: { Cookie: cookie } }, options.load), plain);
    };
    await load("collaborative", paths.collaborative, secretariat, plainCollaborative);
    await load("regional", paths.regional, manager, plainRegional);
    await load("team", paths.team, contact);

    const period = isoDay(addDays(startOfIsoWeek(new Date()), -7));
    const save = saveRequest(server.baseUrl, action.id, contact, { teamId: team.id, measureId, period, denominator: 30 }, 2 * options.load.connections);
    process.stdout.write(`  save          POST ${save.request.path} (Next-Action ${action.id.slice(0, 10)}…) … `);
    record("save", save.request.path!, await measureRoute(server.baseUrl, save.request, options.load));
    const failed = save.failures();
    if (failed.count > 0) problems.push(`${name} save: ${failed.count} saves did not answer ok; the first: ${failed.first}`);
    const saveCheck = await save.verify(db).catch((error: Error) => {
      problems.push(`${name} ${error.message}`);
      return `FAILED: ${error.message}`;
    });
    console.log(`  Save check: ${saveCheck}.`);
    return { database: name, seedSeconds, routes, saveCheck, problems, prismaReadMs: readMs };
  } finally {
    await stopServer?.();
    release?.();
    await db.$disconnect();
  }
}
