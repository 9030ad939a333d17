import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OrderStatusCounts1796900000001 } from './1796900000001-OrderStatusCounts';

/**
 * The order desk counts its open orders (placed … partially shipped: the work queue, a small
 * set) from a partial index, instead of reading the shop-wide counters of `order_status_counts`,
 * which this drops. Every checkout row-locked that table's `placed` row until it committed, so
 * all checkouts (and confirms) of the whole shop ran one at a time, whatever the number of API
 * instances. What remains is `company_order_counts`: writes queue only within one company, and a
 * statement takes its company counter rows in (company, status) order, so none can deadlock.
 */
export class OpenOrderCounts1796940000000 implements MigrationInterface {
  name = 'OpenOrderCounts1796940000000';

  async up(db: QueryRunner): Promise<void> {
    await new OrderStatusCounts1796900000001().down(db);
    await db.query(`
      CREATE INDEX orders_open_status ON orders (status)
        WHERE status IN ('placed', 'confirmed', 'in_preparation', 'partially_shipped')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX orders_open_status`);
    await new OrderStatusCounts1796900000001().up(db);
  }
}
