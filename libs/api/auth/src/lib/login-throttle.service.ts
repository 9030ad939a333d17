import { Injectable } from '@nestjs/common';
import { AppError } from '@lumen/api/core';
import {
  LOGIN_FAILURE_WINDOW_MINUTES,
  LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS,
  LOGIN_FAILURES_PER_ADDRESS,
  LOGIN_LOCKOUT_MINUTES,
  type LoginLock,
  type LoginLockScope,
  retryAfterSeconds,
} from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

/** A refused login: which lock, until when, and how long to wait (the controller's `Retry-After`). */
export class LoginLockedError extends AppError {
  constructor(readonly lock: LoginLock) {
    super(
      429,
      'too_many_login_attempts',
      lock.scope === 'account'
        ? `Too many failed logins to this account from your network: it is locked for this network until ${lock.lockedUntil}`
        : `Too many failed logins from your network: logging in from it is locked until ${lock.lockedUntil}`,
      { ...lock },
    );
  }
}

interface LockRow {
  scope: LoginLockScope;
  locked_until: Date;
  checked_at: Date;
}

/**
 * SET clause that counts one attempt on a counter row (aliased `counter`) whose limit is the
 * parameter `limit`: an expired row starts again at 1; the attempt that reaches the limit locks
 * the row for the lockout from now; on a locked row the count goes to limit + 1 and stays there,
 * so refused attempts neither prolong the lock nor grow the number, and the caller reads
 * "over the limit" from the row the upsert returns.
 */
const countAttempt = (limit: string): string => `
  failures = CASE WHEN counter.expires_at <= now() THEN 1
                  WHEN counter.failures >= ${limit} THEN ${limit} + 1
                  ELSE counter.failures + 1 END,
  expires_at = CASE WHEN counter.expires_at <= now() THEN now() + make_interval(mins => $5)
                    WHEN counter.failures + 1 = ${limit} THEN now() + make_interval(mins => $6)
                    ELSE counter.expires_at END`;

/**
 * Login throttling per (account, address) with a ceiling per address (rules and numbers in
 * libs/shared/domain login-throttle.ts), kept in PostgreSQL so it holds across API processes.
 *
 * An attempt is counted as a failure before its password is checked, by one atomic upsert that
 * also answers whether it is over a limit: concurrent guesses cannot all slip in while the
 * counter still reads one below the limit. A success takes its count back. An attempt refused
 * by one lock is not counted against the other, so a locked-out user who keeps trying does not
 * push their whole office towards the address ceiling.
 */
@Injectable()
export class LoginThrottleService {
  /** Counts the attempt; throws `LoginLockedError` if the pair or the address is locked. */
  async countAttempt(manager: EntityManager, email: string, ip: string): Promise<void> {
    // The address counter is updated only from the pair's returned row, which fixes the order
    // of row locks (pair, then address) that `recordSuccess` follows too: no deadlock.
    const locks: LockRow[] = await manager.query(
      `WITH address_lock AS (
         SELECT expires_at FROM login_address_attempts WHERE ip = $2 AND failures >= $4 AND expires_at > now()
       ), pair AS (
         INSERT INTO login_attempts AS counter (email, ip, failures, expires_at)
         SELECT $1, $2, 1, now() + make_interval(mins => $5) WHERE NOT EXISTS (SELECT FROM address_lock)
         ON CONFLICT (email, ip) DO UPDATE SET ${countAttempt('$3')}
         RETURNING failures, expires_at
       ), address AS (
         INSERT INTO login_address_attempts AS counter (ip, failures, expires_at)
         SELECT $2, 1, now() + make_interval(mins => $5) FROM pair WHERE pair.failures <= $3
         ON CONFLICT (ip) DO UPDATE SET ${countAttempt('$4')}
         RETURNING failures, expires_at
       )
       SELECT 'address' AS scope, expires_at AS locked_until, now() AS checked_at FROM address_lock
       UNION ALL SELECT 'account', expires_at, now() FROM pair WHERE failures > $3
       UNION ALL SELECT 'address', expires_at, now() FROM address WHERE failures > $4`,
      [
        email,
        ip,
        LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS,
        LOGIN_FAILURES_PER_ADDRESS,
        LOGIN_FAILURE_WINDOW_MINUTES,
        LOGIN_LOCKOUT_MINUTES,
      ],
    );
    const lock = locks[0];
    if (lock) {
      throw new LoginLockedError({
        scope: lock.scope,
        lockedUntil: lock.locked_until.toISOString(),
        // The database's clock on both sides: the API's may differ.
        retryAfter: retryAfterSeconds(lock.locked_until, lock.checked_at),
      });
    }
  }

  /**
   * The right password: the pair starts from zero and the address gets this attempt back. Also
   * forgets expired counters, skipping rows another login holds, so this never waits on them.
   */
  async recordSuccess(manager: EntityManager, email: string, ip: string): Promise<void> {
    await manager.query(`DELETE FROM login_attempts WHERE email = $1 AND ip = $2`, [email, ip]);
    // At limit + 1 the address is locked and refused attempts are folded into that number: it stays locked.
    await manager.query(
      `WITH stale_pairs AS (
         DELETE FROM login_attempts WHERE (email, ip) IN (
           SELECT email, ip FROM login_attempts WHERE expires_at <= now() FOR UPDATE SKIP LOCKED)
       ), stale_addresses AS (
         DELETE FROM login_address_attempts WHERE ip IN (
           SELECT ip FROM login_address_attempts WHERE expires_at <= now() AND ip <> $1 FOR UPDATE SKIP LOCKED)
       )
       UPDATE login_address_attempts SET failures = failures - 1
       WHERE ip = $1 AND expires_at > now() AND failures <= $2`,
      [ip, LOGIN_FAILURES_PER_ADDRESS],
    );
  }
}
