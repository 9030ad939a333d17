import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A quick-order check is kept for a day so its report can be paged, downloaded and added to
 * the cart without sending a 100,000-line report to the browser (PRODUCT.md §7). The verdicts
 * are one gzipped JSON value per check, written and read whole, never queried inside: 100,000
 * lines are ~6 MB of JSON but ~0.8 MB gzipped, and writing the smaller value is what is fast.
 */
export class QuickOrderChecks1764590000000 implements MigrationInterface {
  name = 'QuickOrderChecks1764590000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE quick_order_checks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        summary jsonb NOT NULL,
        lines_gzip bytea NOT NULL
      )`);
    // Already compressed: PostgreSQL's own compression would only spend time.
    await db.query(`ALTER TABLE quick_order_checks ALTER COLUMN lines_gzip SET STORAGE EXTERNAL`);
    await db.query(`CREATE INDEX quick_order_checks_expires_idx ON quick_order_checks (expires_at)`);
    await db.query(`CREATE INDEX quick_order_checks_user_idx ON quick_order_checks (user_id)`);
    // What a check needs of every product, readable from the index alone: a 10,000-line check
    // merge-joins it instead of hashing the whole 48 MB table (~100 ms less), a 100,000-line
    // one hashes 4 MB of index instead of that table.
    await db.query(
      `CREATE INDEX products_quick_order_idx ON products (sku) INCLUDE (lifecycle, replacement_sku, list_price_ore, net_priced)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX products_quick_order_idx`);
    await db.query(`DROP TABLE quick_order_checks`);
  }
}
