import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the order history and the staff order desk over 100,000 orders / 300,000 lines
 * (issue 12: a page ≤ 20 ms, a search ≤ 50 ms at p95; `npm run bench -- orders` prints plans).
 * - A company's orders by status, newest first, and their count, from the index alone.
 * - The desk: every order by age in either direction, also within one status; the per-status
 *   counts of the desk's tabs read the status index only.
 * - Search by part of a PO reference or of a line's SKU: pg_trgm GIN indexes, which serve
 *   ILIKE '%…%' (pg_trgm folds case) for a term of three characters or more.
 */
export class OrderSearchIndexes1796900000000 implements MigrationInterface {
  name = 'OrderSearchIndexes1796900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX orders_company_status_idx ON orders (company_id, status, placed_at, number)`);
    await db.query(`CREATE INDEX orders_placed_idx ON orders (placed_at, number)`);
    await db.query(`CREATE INDEX orders_status_placed_idx ON orders (status, placed_at, number)`);
    await db.query(
      `CREATE INDEX orders_po_reference_trgm_idx ON orders USING gin (purchase_order_reference gin_trgm_ops)`,
    );
    await db.query(`CREATE INDEX order_lines_sku_trgm_idx ON order_lines USING gin (sku gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of [
      'order_lines_sku_trgm_idx',
      'orders_po_reference_trgm_idx',
      'orders_status_placed_idx',
      'orders_placed_idx',
      'orders_company_status_idx',
    ])
      await db.query(`DROP INDEX ${index}`);
  }
}
