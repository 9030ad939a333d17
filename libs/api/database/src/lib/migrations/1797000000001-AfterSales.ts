import type { MigrationInterface, QueryRunner } from 'typeorm';

/** cancellations, returns, claims (issue 13). */
export class AfterSales1797000000001 implements MigrationInterface {
  name = 'AfterSales1797000000001';

  async up(db: QueryRunner): Promise<void> {
    // The built-in roles that may order may also cancel, return and claim (issue 13).
    await db.query(`
      UPDATE roles SET permissions = array_append(permissions, 'afterSales.request')
      WHERE built_in_key IN ('admin', 'buyer', 'purchaser') AND NOT ('afterSales.request' = ANY (permissions))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE roles SET permissions = array_remove(permissions, 'afterSales.request')`);
  }
}
