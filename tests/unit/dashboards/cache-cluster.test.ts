import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const fixture = path.resolve(import.meta.dirname, "../../helpers/cluster-cache-fixture.ts");
const tsx = path.resolve(import.meta.dirname, "../../../node_modules/.bin/tsx");

function readAfterSave(relay: "on" | "off"): unknown {
  const output = execFileSync(tsx, [fixture], { env: { ...process.env, RELAY: relay }, encoding: "utf8", timeout: 20_000 });
  return JSON.parse(output.trim().split("\n").at(-1)!).afterSave;
}

describe("dashboard cache across the processes of npm start", () => {
  it("a save in one process clears the cached dashboard of another", () => {
    expect(readAfterSave("on")).toBe("after the save");
  });

  it("without the primary's relay the other process would keep the old dashboard (the relay is what does it)", () => {
    expect(readAfterSave("off")).toBe("before the save");
  });
});
