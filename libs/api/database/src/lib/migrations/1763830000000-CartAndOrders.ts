import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One cart per user, orders with their own copies of the addresses and prices they were
 * placed with, idempotency keys for checkout (kept 24 h with the request's hash and the
 * first response), and the shipping amounts as settings (PRODUCT.md §8).
 */
export class CartAndOrders1763830000000 implements MigrationInterface {
  name = 'CartAndOrders1763830000000';

  async up(db: QueryRunner): Promise<void> {
    // Close article numbers for unknown quick-order lines: candidates sharing the start
    // (products_sku_prefix_idx) or the end of the SKU, ranked by pg_trgm similarity.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(
      `CREATE INDEX products_sku_reverse_idx ON products (reverse(sku) text_pattern_ops)`,
    );
    await db.query(`
      CREATE TABLE carts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        user_id uuid NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE cart_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        cart_id uuid NOT NULL REFERENCES carts(id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES products(id),
        quantity integer NOT NULL CHECK (quantity > 0 AND quantity <= 1000000),
        CONSTRAINT cart_items_one_per_product UNIQUE (cart_id, product_id)
      )`);
    await db.query(`CREATE SEQUENCE order_number_seq START 100001`);
    await db.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        number bigint NOT NULL UNIQUE DEFAULT nextval('order_number_seq'),
        company_id uuid NOT NULL REFERENCES companies(id),
        placed_by_user_id uuid NOT NULL REFERENCES users(id),
        placed_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'placed' CHECK (status IN ('placed', 'confirmed',
          'in_preparation', 'partially_shipped', 'shipped', 'delivered', 'cancelled')),
        tier text NOT NULL CHECK (tier IN ('silver', 'gold', 'platinum')),
        quote_id uuid REFERENCES quotes(id),
        quote_revision integer,
        purchase_order_reference text,
        payment_method text NOT NULL CHECK (payment_method IN ('invoice_30_days')),
        payment_terms_days integer NOT NULL,
        shipping_method text NOT NULL CHECK (shipping_method IN ('standard', 'express')),
        partial_delivery boolean NOT NULL,
        desired_delivery_date date,
        expected_dispatch_date date NOT NULL,
        earliest_delivery_date date NOT NULL,
        latest_delivery_date date NOT NULL,
        delivery_address_id uuid REFERENCES addresses(id),
        delivery_address jsonb NOT NULL,
        billing_address jsonb NOT NULL,
        goods_ore bigint NOT NULL CHECK (goods_ore >= 0),
        standard_fee_ore bigint NOT NULL CHECK (standard_fee_ore >= 0),
        express_surcharge_ore bigint NOT NULL CHECK (express_surcharge_ore >= 0),
        bulky_surcharge_ore bigint NOT NULL CHECK (bulky_surcharge_ore >= 0),
        shipping_ore bigint NOT NULL CHECK (shipping_ore >= 0),
        net_ore bigint NOT NULL CHECK (net_ore >= 0),
        vat_ore bigint NOT NULL CHECK (vat_ore >= 0),
        gross_ore bigint NOT NULL CHECK (gross_ore >= 0),
        CONSTRAINT orders_quote_has_revision CHECK ((quote_id IS NULL) = (quote_revision IS NULL)),
        CONSTRAINT orders_desired_date_not_partial CHECK (NOT (partial_delivery AND desired_delivery_date IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX orders_company_idx ON orders (company_id, placed_at DESC)`,
    );
    // An accepted quote is ordered once, even when two checkouts race.
    await db.query(
      `CREATE UNIQUE INDEX orders_one_per_quote ON orders (quote_id) WHERE quote_id IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE order_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        position integer NOT NULL,
        product_id uuid NOT NULL REFERENCES products(id),
        sku text NOT NULL,
        name text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        list_price_ore bigint NOT NULL CHECK (list_price_ore >= 0),
        unit_price_ore bigint NOT NULL CHECK (unit_price_ore >= 0),
        line_total_ore bigint NOT NULL CHECK (line_total_ore >= 0),
        stock_status text NOT NULL,
        bulky boolean NOT NULL,
        UNIQUE (order_id, position)
      )`);
    await db.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        key text NOT NULL,
        request_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        order_id uuid REFERENCES orders(id) ON DELETE CASCADE,
        response_status integer,
        -- json, not jsonb: a replay must answer byte for byte what the first request answered.
        response_body json,
        PRIMARY KEY (user_id, key)
      )`);
    await db.query(
      `CREATE INDEX idempotency_keys_expiry_idx ON idempotency_keys (expires_at)`,
    );
    await db.query(`
      CREATE TABLE shipping_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id),
        free_shipping_threshold_ore bigint NOT NULL CHECK (free_shipping_threshold_ore >= 0),
        standard_fee_ore bigint NOT NULL CHECK (standard_fee_ore >= 0),
        express_surcharge_ore bigint NOT NULL CHECK (express_surcharge_ore >= 0),
        bulky_surcharge_ore bigint NOT NULL CHECK (bulky_surcharge_ore >= 0),
        delivery_countries text[] NOT NULL
      )`);
    await db.query(`
      INSERT INTO shipping_settings (free_shipping_threshold_ore, standard_fee_ore,
        express_surcharge_ore, bulky_surcharge_ore, delivery_countries)
      VALUES (167500, 14900, 19900, 35000,
        '{NO,SE,DK,FI,DE,NL,BE,LU,FR,AT,CH,IE,IT,PT,ES,GB}')`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'shipping_settings',
      'idempotency_keys',
      'order_lines',
      'orders',
      'cart_items',
      'carts',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP SEQUENCE order_number_seq`);
    await db.query(`DROP INDEX products_sku_reverse_idx`);
  }
}
