import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

/** A file sent with a mail: its bytes, or a renderer (see AttachmentRenderers) that makes them at send time. */
export type MailAttachment = { filename: string; contentType: string } & (
  { content: Buffer } | { render: { renderer: string; reference: string } }
);

export interface Mail {
  kind: string;
  to: string;
  subject: string;
  body: string;
  /** Files sent with the mail (an invoice's PDF), stored with it in `outbox_attachments`. */
  attachments?: readonly MailAttachment[];
}

/**
 * E-mail is written to the outbox in the caller's transaction, so a message exists exactly
 * when the change that caused it was committed. The worker delivers it later.
 */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, mails: Mail | Mail[]): Promise<void> {
    const rows = (Array.isArray(mails) ? mails : [mails]).map((mail) => ({
      kind: mail.kind,
      recipient: mail.to,
      subject: mail.subject,
      body: mail.body,
      availableAt: new Date(),
    }));
    if (rows.length === 0) return;
    const all = Array.isArray(mails) ? mails : [mails];
    const { identifiers } = await manager.insert(OutboxMessage, rows);
    const attachments = all.flatMap((mail, index) =>
      (mail.attachments ?? []).map((file, position) => ({
        messageId: identifiers[index]['id'] as string,
        position,
        file,
      })),
    );
    if (attachments.length === 0) return;
    await manager.query(
      `INSERT INTO outbox_attachments (message_id, position, filename, content_type, content, renderer, reference)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::bytea[], $6::text[], $7::text[])`,
      [
        attachments.map((a) => a.messageId),
        attachments.map((a) => a.position),
        attachments.map((a) => a.file.filename),
        attachments.map((a) => a.file.contentType),
        attachments.map((a) => ('content' in a.file ? a.file.content : null)),
        attachments.map((a) => ('render' in a.file ? a.file.render.renderer : null)),
        attachments.map((a) => ('render' in a.file ? a.file.render.reference : null)),
      ],
    );
  }
}
