import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalog back office (issue 14): product media, a version per product, siblings' order in
 * the category tree, and stored import reports.
 *
 * SKUs already compare case-insensitively: the products CHECK admits only upper case and every
 * way in normalises (`normaliseSku`), so the plain UNIQUE index is the case-insensitive one and
 * a second index on `upper(sku)` would only slow a 100,000-row import.
 */
export class CatalogBackOffice1797000000002 implements MigrationInterface {
  name = 'CatalogBackOffice1797000000002';

  async up(db: QueryRunner): Promise<void> {
    // Media are content-addressed names in the file store: `image` is the hash the thumbnail
    // and detail renditions are named by, `datasheet` the PDF's file name.
    await db.query(`
      ALTER TABLE products
        ADD COLUMN image text CHECK (image ~ '^[0-9a-f]{64}$'),
        ADD COLUMN datasheet text CHECK (datasheet ~ '^[0-9a-f]{64}\\.pdf$'),
        ADD COLUMN version integer NOT NULL DEFAULT 1`);
    // Siblings are shown by sort_order; the editor keeps it 0, 1, 2… among one parent's children.
    await db.query(`
      UPDATE categories c SET sort_order = o.position
      FROM (SELECT id, row_number() OVER (PARTITION BY parent_id ORDER BY sort_order, name) - 1 AS position
            FROM categories) o
      WHERE o.id = c.id`);
    await db.query(`CREATE INDEX categories_siblings_idx ON categories (parent_id, sort_order)`);
    // Room in every page for an updated row: a stock feed touches no indexed column, so with
    // space beside it the new row version stays on its page (a HOT update) and none of the
    // products' indexes (the trigram one the dearest) is written for it.
    await db.query(`ALTER TABLE products SET (fillfactor = 80)`);
    // Replacement chains are walked from the replacement back to the products pointing at it.
    await db.query(
      `CREATE INDEX products_replacement_idx ON products (replacement_sku) WHERE replacement_sku IS NOT NULL`,
    );
    // A dry run is paged and an apply refused with its report: kept like a quick-order check,
    // the verdicts one gzipped JSON value, never queried inside.
    await db.query(`
      CREATE TABLE catalog_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        mode text NOT NULL CHECK (mode IN ('dry-run', 'apply')),
        applied boolean NOT NULL,
        file_name text NOT NULL,
        columns text[] NOT NULL,
        summary jsonb NOT NULL,
        lines_gzip bytea NOT NULL
      )`);
    await db.query(`ALTER TABLE catalog_imports ALTER COLUMN lines_gzip SET STORAGE EXTERNAL`);
    await db.query(`CREATE INDEX catalog_imports_expires_idx ON catalog_imports (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE catalog_imports`);
    await db.query(`DROP INDEX products_replacement_idx`);
    await db.query(`ALTER TABLE products RESET (fillfactor)`);
    await db.query(`DROP INDEX categories_siblings_idx`);
    await db.query(`ALTER TABLE products DROP COLUMN image, DROP COLUMN datasheet, DROP COLUMN version`);
  }
}
