import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Orders per company and status, kept by triggers like `order_status_counts` (previous
 * migration), for the order history's total: counting a big customer's 20,000 orders cost
 * ~3.5 ms of CPU per page, more than the page itself. Counting per company also spares
 * checkouts of different companies from queueing on one counter row.
 *
 * Its triggers are named so that they fire before the shop-wide ones (PostgreSQL fires a
 * table's triggers of one event in name order): every transaction takes the company counter
 * rows first, each set in key order, then the shop-wide rows, so none can deadlock on them.
 */
export class CompanyOrderCounts1796920000000 implements MigrationInterface {
  name = 'CompanyOrderCounts1796920000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE company_order_counts (
        company_id uuid NOT NULL REFERENCES companies(id),
        status text NOT NULL,
        count bigint NOT NULL,
        PRIMARY KEY (company_id, status)
      )`);
    await db.query(`
      CREATE FUNCTION company_order_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          DELETE FROM company_order_counts;
        ELSIF TG_OP = 'INSERT' THEN
          INSERT INTO company_order_counts AS c (company_id, status, count)
            SELECT company_id, status, count(*) FROM new_rows GROUP BY company_id, status ORDER BY company_id, status
          ON CONFLICT (company_id, status) DO UPDATE SET count = c.count + EXCLUDED.count;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO company_order_counts AS c (company_id, status, count)
            SELECT company_id, status, -count(*) FROM old_rows GROUP BY company_id, status ORDER BY company_id, status
          ON CONFLICT (company_id, status) DO UPDATE SET count = c.count + EXCLUDED.count;
        ELSE
          INSERT INTO company_order_counts AS c (company_id, status, count)
            SELECT company_id, status, sum(delta) FROM (
              SELECT company_id, status, 1 AS delta FROM new_rows
              UNION ALL
              SELECT company_id, status, -1 FROM old_rows
            ) d
            GROUP BY company_id, status HAVING sum(delta) <> 0 ORDER BY company_id, status
          ON CONFLICT (company_id, status) DO UPDATE SET count = c.count + EXCLUDED.count;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER orders_company_counts_insert AFTER INSERT ON orders
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION company_order_counts_apply()`);
    await db.query(`
      CREATE TRIGGER orders_company_counts_update AFTER UPDATE ON orders
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION company_order_counts_apply()`);
    await db.query(`
      CREATE TRIGGER orders_company_counts_delete AFTER DELETE ON orders
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION company_order_counts_apply()`);
    await db.query(`
      CREATE TRIGGER orders_company_counts_truncate AFTER TRUNCATE ON orders
        FOR EACH STATEMENT EXECUTE FUNCTION company_order_counts_apply()`);
    // After the triggers, in the same transaction: no order can slip between count and trigger.
    await db.query(
      `INSERT INTO company_order_counts (company_id, status, count)
       SELECT company_id, status, count(*) FROM orders GROUP BY company_id, status`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const trigger of ['truncate', 'delete', 'update', 'insert'])
      await db.query(`DROP TRIGGER orders_company_counts_${trigger} ON orders`);
    await db.query(`DROP FUNCTION company_order_counts_apply()`);
    await db.query(`DROP TABLE company_order_counts`);
  }
}
