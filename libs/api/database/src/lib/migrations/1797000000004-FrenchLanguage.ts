import type { MigrationInterface, QueryRunner } from 'typeorm';

/** French beside Norwegian and English (issue 17): a user's e-mails and documents may be in `fr`. */
export class FrenchLanguage1797000000004 implements MigrationInterface {
  name = 'FrenchLanguage1797000000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_language_check`);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_language_check CHECK (language IN ('nb', 'en', 'fr'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE users SET language = 'en' WHERE language = 'fr'`);
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_language_check`);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_language_check CHECK (language IN ('nb', 'en'))`);
  }
}
