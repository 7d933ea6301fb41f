import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MIN_SECRET_LENGTH, secretProblem } from "@/scripts/require-secret.mjs";

const START = path.resolve(import.meta.dirname, "../../../scripts/start.mjs");

/** `npm start` in an empty folder (no .env), with the given environment on top of PATH alone. */
function start(env: Record<string, string>) {
  const cwd = mkdtempSync(path.join(tmpdir(), "samspil-start-"));
  try {
    return spawnSync(process.execPath, [START], { cwd, env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env } as NodeJS.ProcessEnv, encoding: "utf8", timeout: 20_000 });
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

describe("the production server and NEXTAUTH_SECRET (issue 16)", () => {
  it("names the problem of a missing, blank or short secret and accepts a long one", () => {
    expect(secretProblem({})).toMatch(/not set/);
    expect(secretProblem({ NEXTAUTH_SECRET: "   " })).toMatch(/not set/);
    expect(secretProblem({ NEXTAUTH_SECRET: "x".repeat(MIN_SECRET_LENGTH - 1) })).toMatch(/shorter/);
    expect(secretProblem({ NEXTAUTH_SECRET: "x".repeat(MIN_SECRET_LENGTH) })).toBeNull();
  });

  it("npm start refuses to start without a secret, before any app process is forked", () => {
    const result = start({});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Samspil will not start: NEXTAUTH_SECRET is not set");
    expect(result.stdout).not.toContain("Starting");
  });

  it("npm start refuses a short secret the same way", () => {
    const result = start({ NEXTAUTH_SECRET: "short" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("shorter than");
  });
});
