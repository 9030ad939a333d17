import { sellerDetailsFrom } from '@lumen/api/documents';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An invoice keeps the seller it was issued by (name, organisation number, address, bank
 * account), as it keeps its buyer: a later change of the shop's settings must not rewrite the
 * PDF and EHF of invoices already sent. Invoices issued before this column get the seller
 * configured now, the best that is known of them; the immutability trigger steps aside for that
 * one backfill only.
 */
export class InvoiceSellerSnapshot1796950000000 implements MigrationInterface {
  name = 'InvoiceSellerSnapshot1796950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE invoices ADD COLUMN seller jsonb`);
    await db.query(`ALTER TABLE invoices DISABLE TRIGGER invoices_immutable`);
    await db.query(`UPDATE invoices SET seller = $1::jsonb`, [JSON.stringify(sellerDetailsFrom(process.env))]);
    await db.query(`ALTER TABLE invoices ENABLE TRIGGER invoices_immutable`);
    await db.query(`ALTER TABLE invoices ALTER COLUMN seller SET NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE invoices DROP COLUMN seller`);
  }
}
