// The production server refuses to start without a usable NEXTAUTH_SECRET (issue 16): without it
// every sign-in fails while /api/health said 200. Shared by scripts/start.mjs and instrumentation.ts.

export const MIN_SECRET_LENGTH = 32;

/** Why the environment cannot run the app, or null when NEXTAUTH_SECRET is usable. */
export function secretProblem(env) {
  const secret = env.NEXTAUTH_SECRET ?? "";
  if (secret.trim() === "") return "NEXTAUTH_SECRET is not set: sign-in cannot work. Set it to a random value (openssl rand -base64 32).";
  if (secret.length < MIN_SECRET_LENGTH) return `NEXTAUTH_SECRET is shorter than ${MIN_SECRET_LENGTH} characters: use a random value (openssl rand -base64 32).`;
  return null;
}
