import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Approval rules, budgets, orders awaiting approval and the approvals of them (issue 16). */
export class PurchasingControls1797000000003 implements MigrationInterface {
  name = 'PurchasingControls1797000000003';

  async up(db: QueryRunner): Promise<void> {
    // The built-in admin role keeps every permission, the new one included.
    await db.query(`
      UPDATE roles SET permissions = array_append(permissions, 'purchasing.manage')
      WHERE built_in_key = 'admin' AND NOT ('purchasing.manage' = ANY (permissions))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE roles SET permissions = array_remove(permissions, 'purchasing.manage')`);
  }
}
