/**
 * Login throttling (OWASP ASVS 2.2). Failures count per account and address, so one person's
 * typos lock only their own account from their own network: colleagues behind the same NAT
 * still log in, and so does the owner from another network. A much higher ceiling per address
 * stops one address from trying a few passwords on many accounts (password spraying).
 */

/** Failed logins to one account from one address within the window before that pair is locked. */
export const LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS = 10;

/** Failed logins from one address, to any accounts, within the window before the address is locked. */
export const LOGIN_FAILURES_PER_ADDRESS = 100;

/** Failures older than this are forgotten. */
export const LOGIN_FAILURE_WINDOW_MINUTES = 15;

/** How long a pair or an address stays locked once it reaches its limit. */
export const LOGIN_LOCKOUT_MINUTES = 15;

/** What a lock covers: one account from one address, or every account from one address. */
export type LoginLockScope = 'account' | 'address';

/** The `details` of a `too_many_login_attempts` error. */
export interface LoginLock {
  scope: LoginLockScope;
  /** ISO 8601 instant when logging in is possible again. */
  lockedUntil: string;
  /** Whole seconds until then, as in the `Retry-After` header. */
  retryAfter: number;
}

/**
 * Seconds until `lockedUntil` for `Retry-After`, rounded up so a client that waits exactly that
 * long is never early, and at least 1 (0 would invite an immediate retry that is still refused).
 */
export function retryAfterSeconds(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
}
