import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login failures counted per (account, address) with a lock time, plus one counter per address
 * for the spraying ceiling (libs/shared/domain login-throttle.ts). One row per pair, upserted
 * atomically, replaces one row per failed attempt, which had to be counted on every login and
 * locked every account behind one address.
 *
 * The pair table keeps the name `login_attempts` and its `email` column: erasing a company
 * deletes its users' rows there by e-mail. The old rows are dropped, not converted: they only
 * ever mattered for 15 minutes.
 */
export class LoginThrottlePerAccountAndAddress1796156000000 implements MigrationInterface {
  name = 'LoginThrottlePerAccountAndAddress1796156000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_attempts`);
    // `expires_at`: when the row stops mattering — the end of its window while counting, the end
    // of the lock once `failures` reached the limit. Expired rows are reset on the next attempt.
    await db.query(`
      CREATE TABLE login_attempts (
        email text NOT NULL,
        ip text NOT NULL,
        failures integer NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (email, ip)
      )`);
    await db.query(`CREATE INDEX login_attempts_expires_idx ON login_attempts (expires_at)`);
    await db.query(`
      CREATE TABLE login_address_attempts (
        ip text PRIMARY KEY,
        failures integer NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX login_address_attempts_expires_idx ON login_address_attempts (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_address_attempts`);
    await db.query(`DROP TABLE login_attempts`);
    await db.query(`
      CREATE TABLE login_attempts (
        id bigserial PRIMARY KEY,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        email text NOT NULL,
        ip text NOT NULL
      )`);
    await db.query(`CREATE INDEX login_attempts_email_idx ON login_attempts (email, attempted_at)`);
    await db.query(`CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, attempted_at)`);
  }
}
