/**
 * Sign-in limits (issue 16): five failed sign-ins for one account from one address within 15
 * minutes refuse that account from that address until the oldest failure leaves the window. Other
 * addresses are not locked, so an attacker cannot lock a person out; instead every attempt on an
 * account with five or more recent failures (from anywhere) waits a delay that doubles with each
 * further failure, up to MAX_SIGN_IN_DELAY_MS, before the password is checked. Counted in the
 * database, so it holds across app servers behind a load balancer.
 */
export const MAX_FAILED_SIGN_INS = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const FIRST_SIGN_IN_DELAY_MS = 500;
export const MAX_SIGN_IN_DELAY_MS = 16_000;

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_WINDOW_MS);
}

/** True when this account may not sign in from this address, after `failuresFromAddress` recent failures there. */
export function isLockedOut(failuresFromAddress: number): boolean {
  return failuresFromAddress >= MAX_FAILED_SIGN_INS;
}

/** How long an attempt on an account waits, after `accountFailures` recent failures from any address. */
export function signInDelayMs(accountFailures: number): number {
  if (accountFailures < MAX_FAILED_SIGN_INS) return 0;
  return Math.min(FIRST_SIGN_IN_DELAY_MS * 2 ** (accountFailures - MAX_FAILED_SIGN_INS), MAX_SIGN_IN_DELAY_MS);
}
