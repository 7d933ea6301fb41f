// The session cookie read with a cached key must accept exactly what next-auth writes and refuse
// what next-auth's own decode refuses; the renewal must be a cookie next-auth can read.
import { decode, encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readSessionClaims, renewedSessionCookie, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-token";

const SECRET = "unit-test-secret-of-enough-length-1234567";
const NAME = "next-auth.session-token";

function jar(cookies: Record<string, string>) {
  return {
    get: (name: string) => (name in cookies ? { value: cookies[name] } : undefined),
    getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
  };
}

describe("session token", () => {
  const saved = { secret: process.env.NEXTAUTH_SECRET, url: process.env.NEXTAUTH_URL };
  beforeEach(() => {
    process.env.NEXTAUTH_SECRET = SECRET;
    delete process.env.NEXTAUTH_URL;
  });
  afterEach(() => {
    process.env.NEXTAUTH_SECRET = saved.secret;
    if (saved.url === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = saved.url;
  });

  it("reads the user id and role from a cookie next-auth wrote", async () => {
    const token = await encode({ token: { sub: "user-1", role: "STAFF" }, secret: SECRET });
    const claims = await readSessionClaims(jar({ [NAME]: token }));
    expect(claims).toMatchObject({ sub: "user-1", role: "STAFF" });
  });

  it("refuses a cookie under another secret, an expired one, garbage and no cookie", async () => {
    const foreign = await encode({ token: { sub: "user-1" }, secret: "another-secret-another-secret-another-1" });
    const expired = await encode({ token: { sub: "user-1" }, secret: SECRET, maxAge: -60 });
    expect(await readSessionClaims(jar({ [NAME]: foreign }))).toBeNull();
    expect(await readSessionClaims(jar({ [NAME]: expired }))).toBeNull();
    expect(await readSessionClaims(jar({ [NAME]: "not-a-token" }))).toBeNull();
    expect(await readSessionClaims(jar({}))).toBeNull();
  });

  it("uses the __Secure- cookie when the app runs on https, as next-auth does", async () => {
    process.env.NEXTAUTH_URL = "https://samspil.example";
    const token = await encode({ token: { sub: "user-2" }, secret: SECRET });
    expect(await readSessionClaims(jar({ [NAME]: token }))).toBeNull();
    expect(await readSessionClaims(jar({ [`__Secure-${NAME}`]: token }))).toMatchObject({ sub: "user-2" });
  });

  it("joins a token that next-auth split over numbered cookies", async () => {
    const token = await encode({ token: { sub: "user-3" }, secret: SECRET });
    const cut = Math.floor(token.length / 2);
    const claims = await readSessionClaims(jar({ [`${NAME}.1`]: token.slice(cut), [`${NAME}.0`]: token.slice(0, cut) }));
    expect(claims).toMatchObject({ sub: "user-3" });
  });

  it("renews a session issued over an hour ago with a cookie next-auth reads, and leaves a recent one", async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(await renewedSessionCookie({ sub: "user-4", role: "MANAGER", iat: now - 59 * 60 }, now)).toBeNull();
    const renewed = await renewedSessionCookie({ sub: "user-4", role: "MANAGER", iat: now - 61 * 60 }, now);
    expect(renewed).not.toBeNull();
    expect(renewed!.name).toBe(NAME);
    expect(renewed!.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false, maxAge: SESSION_MAX_AGE_SECONDS });
    const decoded = await decode({ token: renewed!.value, secret: SECRET });
    expect(decoded).toMatchObject({ sub: "user-4", role: "MANAGER" });
    expect(decoded!.exp).toBeGreaterThanOrEqual(now + SESSION_MAX_AGE_SECONDS - 5);
  });
});
