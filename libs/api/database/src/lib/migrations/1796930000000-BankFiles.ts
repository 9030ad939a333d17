import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every recorded bank file by the SHA-256 of its bytes, written in the transaction that records
 * its payments: the same file uploaded again is refused (`bank_file_already_recorded`) instead of
 * paying every invoice in it twice. The primary key also serialises two uploads of one file.
 */
export class BankFiles1796930000000 implements MigrationInterface {
  name = 'BankFiles1796930000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE bank_files (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid REFERENCES users(id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE bank_files`);
  }
}
