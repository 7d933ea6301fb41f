import { describe, expect, it } from "vitest";
import { isLockedOut, MAX_SIGN_IN_DELAY_MS, signInDelayMs } from "@/lib/auth/sign-in-limit";

describe("sign-in limits", () => {
  it("locks an account and address at five recent failures", () => {
    expect(isLockedOut(4)).toBe(false);
    expect(isLockedOut(5)).toBe(true);
  });

  it("delays attempts from the fifth failure on, doubling up to the cap", () => {
    expect([0, 4, 5, 6, 7, 8].map(signInDelayMs)).toEqual([0, 0, 500, 1000, 2000, 4000]);
    expect(signInDelayMs(50)).toBe(MAX_SIGN_IN_DELAY_MS);
    expect(MAX_SIGN_IN_DELAY_MS).toBeLessThanOrEqual(16_000);
  });
});
