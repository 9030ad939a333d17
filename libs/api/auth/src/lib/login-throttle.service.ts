import { Injectable } from '@nestjs/common';
import { AppError } from '@lumen/api/core';
import type { EntityManager } from 'typeorm';

export const MAX_FAILED_LOGINS = 10;
const WINDOW = '15 minutes';

/**
 * Counts failed logins per e-mail and per IP in PostgreSQL, so the limit holds across API
 * instances and restarts. After 10 failures within 15 minutes further attempts answer 429
 * until the oldest failure leaves the window.
 */
@Injectable()
export class LoginThrottleService {
  async assertAllowed(
    manager: EntityManager,
    email: string,
    ip: string,
  ): Promise<void> {
    const [counts] = await manager.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
       FROM login_attempts WHERE (email = $1 OR ip = $2) AND attempted_at > now() - $3::interval`,
      [email, ip, WINDOW],
    );
    if (
      counts.by_email >= MAX_FAILED_LOGINS ||
      counts.by_ip >= MAX_FAILED_LOGINS
    ) {
      throw new AppError(
        429,
        'too_many_login_attempts',
        'Too many failed logins; wait 15 minutes or reset your password',
      );
    }
  }

  async recordFailure(
    manager: EntityManager,
    email: string,
    ip: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO login_attempts (email, ip) VALUES ($1, $2)`,
      [email, ip],
    );
  }
}
