import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells listening API instances when the catalog changed (at commit, once per statement), so
 * their cached search rankings never outlive a product insert, rename or removal.
 */
export class CatalogChangeNotify1763810000001 implements MigrationInterface {
  name = 'CatalogChangeNotify1763810000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_catalog_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('catalog_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of ['products', 'categories'])
      await db.query(
        `CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed()`,
      );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['products', 'categories']) await db.query(`DROP TRIGGER ${table}_changed ON ${table}`);
    await db.query(`DROP FUNCTION notify_catalog_changed()`);
  }
}
