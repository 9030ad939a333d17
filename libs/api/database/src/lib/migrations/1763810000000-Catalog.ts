import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalog (categories, products with lighting data and stock state) and the loyalty
 * tier discounts. Search runs on a trigram index over SKU, name, brand and keywords, so
 * "downl" and "LT-104" both find something without a separate search engine.
 */
export class Catalog1763810000000 implements MigrationInterface {
  name = 'Catalog1763810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        parent_id uuid REFERENCES categories(id),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        name_en text NOT NULL,
        sort_order integer NOT NULL DEFAULT 0
      )`);
    await db.query(
      `CREATE INDEX categories_parent_idx ON categories (parent_id)`,
    );
    await db.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        sku text NOT NULL UNIQUE CHECK (sku ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        keywords text NOT NULL DEFAULT '',
        category_id uuid NOT NULL REFERENCES categories(id),
        brand text NOT NULL,
        list_price_ore bigint NOT NULL CHECK (list_price_ore >= 0),
        wattage numeric(7,1) CHECK (wattage >= 0),
        lumen integer CHECK (lumen >= 0),
        colour_temperature_k integer CHECK (colour_temperature_k BETWEEN 1000 AND 10000),
        cri smallint CHECK (cri BETWEEN 0 AND 100),
        ip_rating text CHECK (ip_rating ~ '^IP[0-9X][0-9X]K?$'),
        beam_angle smallint CHECK (beam_angle BETWEEN 1 AND 360),
        dimmable boolean,
        stock_status text NOT NULL CHECK (stock_status IN ('in_stock', 'supplier_date_confirmed',
          'supplier_date_unconfirmed', 'order_from_supplier', 'remote_warehouse',
          'shipped_from_supplier', 'unconfirmed')),
        stock_date date,
        bulky boolean NOT NULL DEFAULT false,
        net_priced boolean NOT NULL DEFAULT false,
        lifecycle text NOT NULL DEFAULT 'active' CHECK (lifecycle IN ('active', 'end_of_life')),
        replacement_sku text REFERENCES products(sku) DEFERRABLE INITIALLY DEFERRED,
        search_text text GENERATED ALWAYS AS (lower(sku || ' ' || name || ' ' || brand || ' ' || keywords)) STORED,
        CONSTRAINT products_stock_date_iff_confirmed
          CHECK ((stock_status = 'supplier_date_confirmed') = (stock_date IS NOT NULL)),
        CONSTRAINT products_replacement_only_at_end_of_life
          CHECK (replacement_sku IS NULL OR (lifecycle = 'end_of_life' AND replacement_sku <> sku))
      )`);
    // Prefix search on article numbers ("LT-104…") whatever the database collation.
    await db.query(
      `CREATE INDEX products_sku_prefix_idx ON products (sku text_pattern_ops)`,
    );
    await db.query(
      `CREATE INDEX products_search_trgm_idx ON products USING gin (search_text gin_trgm_ops)`,
    );
    await db.query(
      `CREATE INDEX products_category_idx ON products (category_id)`,
    );
    await db.query(`CREATE INDEX products_name_idx ON products (name, sku)`);
    await db.query(
      `CREATE INDEX products_price_idx ON products (list_price_ore, sku)`,
    );
    await db.query(`
      CREATE TABLE tier_discounts (
        tier text PRIMARY KEY CHECK (tier IN ('silver', 'gold', 'platinum')),
        discount_percent numeric(5,2) NOT NULL CHECK (discount_percent >= 0 AND discount_percent < 100),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id)
      )`);
    await db.query(`
      INSERT INTO tier_discounts (tier, discount_percent)
      VALUES ('silver', 5), ('gold', 10), ('platinum', 15)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE tier_discounts`);
    await db.query(`DROP TABLE products`);
    await db.query(`DROP TABLE categories`);
    // pg_trgm stays: other objects may have come to depend on it.
  }
}
