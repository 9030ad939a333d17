import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminder sweep's range: invoices (not credit notes) due on or before a date
 * (`i.due_date <= $today - $days`), so a sweep reads the due invoices, not every invoice ever.
 */
export class InvoiceDueDateIndex1796930000001 implements MigrationInterface {
  name = 'InvoiceDueDateIndex1796930000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX invoices_due_date ON invoices (due_date) WHERE kind = 'invoice'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX invoices_due_date`);
  }
}
