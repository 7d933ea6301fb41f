/**
 * Sign-in limit: after 5 failed sign-ins for one account within 15 minutes, that account's sign-in
 * is refused until the oldest of those failures leaves the window (issue #2). Counted in the
 * database, so it holds across app servers behind a load balancer.
 */
export const MAX_FAILED_SIGN_INS = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_WINDOW_MS);
}

export function isLockedOut(failuresInWindow: number): boolean {
  return failuresInWindow >= MAX_FAILED_SIGN_INS;
}
