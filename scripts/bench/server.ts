// The production build for the benchmark: `next build` under the machine's build lock, and the
// production server as `npm start` runs it (scripts/start.mjs: one `next start` per process, `workers`
// of them) on a port of its own against one database, stopped again on exit, Ctrl-C or error.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";

export const BUILD_LOCK = "/tmp/samspil-build.lock";
const hasFlock = spawnSync("sh", ["-c", "command -v flock"]).status === 0;

/** `next build` (one build at a time on this machine: others build too). Throws when it fails. */
export function buildForProduction(): void {
  const [command, args] = hasFlock ? ["flock", [BUILD_LOCK, "npx", "next", "build"]] : ["npx", ["next", "build"]];
  console.log(`$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status}).`);
}

const running = new Set<ChildProcess>();

function stopGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops every server and lock this process started (also used by the exit handlers). */
export function stopAll(): void {
  for (const child of running) stopGroup(child);
  running.clear();
}

let handlersInstalled = false;
function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("exit", stopAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping the servers.`);
      stopAll();
      process.exit(130);
    });
  }
}

/**
 * Holds the build lock shared while a server runs, so nobody replaces .next under it (their
 * `flock` build waits until the release); answers the release function.
 */
export async function holdBuildShared(): Promise<() => void> {
  if (!hasFlock) return () => {};
  installExitHandlers();
  const holder = spawn("flock", ["-s", BUILD_LOCK, "sh", "-c", "echo locked; exec cat >/dev/null"], { stdio: ["pipe", "pipe", "inherit"], detached: true });
  running.add(holder);
  await new Promise<void>((resolve, reject) => {
    holder.stdout!.once("data", () => resolve());
    holder.once("exit", (code) => reject(new Error(`flock -s exited (${code})`)));
  });
  return () => {
    stopGroup(holder);
    running.delete(holder);
  };
}

const ALL_LISTENING = /App processes listening: (\d+) of \1\./;

export type Server = { baseUrl: string; stop: () => Promise<void> };

/** `node scripts/start.mjs -p <port>` with DATABASE_URL set; resolves once /api/health answers. */
export async function startServer(port: number, databaseUrl: string, workers: number): Promise<Server> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build in .next: run without --no-build.");
  installExitHandlers();
  const baseUrl = `http://localhost:${port}`;
  const probe = await fetch(`${baseUrl}/api/health`).then(() => true, () => false);
  if (probe) throw new Error(`Port ${port} is in use already.`);
  const child = spawn(process.execPath, ["scripts/start.mjs", "-p", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      WEB_CONCURRENCY: String(workers),
    },
  });
  running.add(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(chunk.toString());
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      stopGroup(child);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      stopGroup(child, "SIGKILL");
    }
    running.delete(child);
  };
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output.join("")}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false);
    // Every process must be up, or the first requests would all queue in the one that started first.
    if (healthy && ALL_LISTENING.test(output.join(""))) return { baseUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The server did not answer on ${baseUrl} within 60 s:\n${output.join("")}`);
}
