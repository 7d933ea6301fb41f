import hkdf from "@panva/hkdf";
import { jwtDecrypt } from "jose";
import { encode } from "next-auth/jwt";

// Reads next-auth 4's session cookie (a JWE keyed by NEXTAUTH_SECRET) the way next-auth's own
// `decode` does, but derives the key once per process: next-auth derives it on every call, which
// was most of the cost of reading the session, twice per request (proxy and page or action).
// Sign-in and sign-out stay next-auth's; the proxy renews the cookie, as next-auth would.

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** A session older than this is re-issued by the proxy, so an active user is not signed out mid-shift. */
const RENEW_AFTER_SECONDS = 60 * 60;

/** `sv` is the user's session version at sign-in: raising it (sign-out, deactivation) ends the session. */
export type SessionClaims = { sub?: string; role?: string; sv?: number; iat?: number; exp?: number; jti?: string };
type CookieReader = { get(name: string): { value: string } | undefined; getAll(): { name: string; value: string }[] };

export function usesSecureCookies(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookieName(): string {
  return `${usesSecureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

let derived: { secret: string; key: Promise<Uint8Array> } | null = null;
function encryptionKey(secret: string): Promise<Uint8Array> {
  if (derived?.secret !== secret) derived = { secret, key: hkdf("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32) };
  return derived.key;
}

/** The cookie's value; next-auth splits a token over `<name>.0`, `<name>.1`, … when it is long. */
function sessionCookieValue(cookies: CookieReader): string | null {
  const name = sessionCookieName();
  const whole = cookies.get(name)?.value;
  if (whole) return whole;
  const chunks = cookies
    .getAll()
    .filter((cookie) => cookie.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length > 0 ? chunks.map((cookie) => cookie.value).join("") : null;
}

/** The session's claims, or null when there is no valid, unexpired session cookie. */
export async function readSessionClaims(cookies: CookieReader): Promise<SessionClaims | null> {
  const secret = process.env.NEXTAUTH_SECRET;
  const token = sessionCookieValue(cookies);
  if (!secret || !token) return null;
  try {
    const { payload } = await jwtDecrypt(token, await encryptionKey(secret), { clockTolerance: 15 });
    return payload as SessionClaims;
  } catch {
    return null;
  }
}

function sessionCookie(value: string) {
  return {
    name: sessionCookieName(),
    value,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: usesSecureCookies(), maxAge: SESSION_MAX_AGE_SECONDS },
  };
}

/** The session cookie for a user who has just signed in; null when NEXTAUTH_SECRET is not set. */
export async function issueSessionCookie(user: { id: string; role: string; sessionVersion: number }) {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  return sessionCookie(await encode({ token: { sub: user.id, role: user.role, sv: user.sessionVersion }, secret, maxAge: SESSION_MAX_AGE_SECONDS }));
}

/** A fresh cookie for a session issued more than an hour ago, or null while it is recent. */
export async function renewedSessionCookie(claims: SessionClaims, nowSeconds = Math.floor(Date.now() / 1000)) {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || claims.iat === undefined || nowSeconds - claims.iat < RENEW_AFTER_SECONDS) return null;
  return sessionCookie(await encode({ token: { sub: claims.sub, role: claims.role, sv: claims.sv }, secret, maxAge: SESSION_MAX_AGE_SECONDS }));
}
