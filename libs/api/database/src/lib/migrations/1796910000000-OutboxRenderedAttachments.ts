import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox attachment may be rendered when the mail is sent instead of when it is written: the
 * row names a renderer and what to render (an immutable invoice's PDF), so the transaction that
 * writes the mail — a shipment, holding the invoice number series — does not wait for the PDF.
 */
export class OutboxRenderedAttachments1796910000000 implements MigrationInterface {
  name = 'OutboxRenderedAttachments1796910000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE outbox_attachments
        ALTER COLUMN content DROP NOT NULL,
        ADD COLUMN renderer text,
        ADD COLUMN reference text,
        ADD CONSTRAINT outbox_attachments_content_or_renderer
          CHECK ((content IS NULL) = (renderer IS NOT NULL) AND (renderer IS NULL) = (reference IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM outbox_attachments WHERE content IS NULL`);
    await db.query(`
      ALTER TABLE outbox_attachments DROP CONSTRAINT outbox_attachments_content_or_renderer,
        DROP COLUMN reference, DROP COLUMN renderer, ALTER COLUMN content SET NOT NULL`);
  }
}
