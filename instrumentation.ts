import { secretProblem } from "./scripts/require-secret.mjs";

/** A production server without a usable NEXTAUTH_SECRET stops at start (also when run as plain `next start`). */
export function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  const problem = secretProblem(process.env);
  if (!problem) return;
  console.error(`Samspil will not start: ${problem}`);
  process.exit(1);
}
