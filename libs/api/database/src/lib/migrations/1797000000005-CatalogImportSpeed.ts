import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEARCH_TEXT = `lower(sku || ' ' || name || ' ' || brand || ' ' || keywords)`;

/**
 * What a stock feed of the whole catalog needs to be quick (issue 14): it updates stock columns
 * only, in one transaction, and each of those updates should write nothing else.
 *
 * - Room on every page. An update is HOT — no index entry written, and products have ten
 *   indexes, the trigram one the dearest — only while the new row version fits on its page.
 *   With 20 % free (fillfactor 80), four rows in five of a 100,000-line feed went to other pages
 *   with every index written for them: 45 s of PostgreSQL time. At 45 % a page takes a second
 *   version of each of its rows, with room for a longer status and a date. Pages written before
 *   this keep their fill until rewritten (VACUUM FULL, or rows moving on update).
 * - `search_text` kept by a trigger that runs only when SKU, name, brand or keywords are
 *   written. As a stored generated column PostgreSQL computed it again for every updated row,
 *   whatever the update set: 0.9 of the 2.2 CPU seconds a 100,000-row stock update took.
 */
export class CatalogImportSpeed1797000000005 implements MigrationInterface {
  name = 'CatalogImportSpeed1797000000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE products SET (fillfactor = 45)`);
    await db.query(`
      CREATE FUNCTION products_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := ${SEARCH_TEXT.replace(/\b(sku|name|brand|keywords)\b/g, 'NEW.$1')};
        RETURN NEW;
      END $$`);
    await db.query(`ALTER TABLE products ALTER COLUMN search_text DROP EXPRESSION`);
    await db.query(
      `CREATE TRIGGER products_search_text BEFORE INSERT OR UPDATE OF sku, name, brand, keywords ON products
       FOR EACH ROW EXECUTE FUNCTION products_search_text()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER products_search_text ON products`);
    await db.query(`DROP FUNCTION products_search_text()`);
    // A column cannot become generated again: it is made anew, and its index with it.
    await db.query(`ALTER TABLE products DROP COLUMN search_text`);
    await db.query(`ALTER TABLE products ADD COLUMN search_text text GENERATED ALWAYS AS (${SEARCH_TEXT}) STORED`);
    await db.query(`CREATE INDEX products_search_trgm_idx ON products USING gin (search_text gin_trgm_ops)`);
    await db.query(`ALTER TABLE products SET (fillfactor = 80)`);
  }
}
