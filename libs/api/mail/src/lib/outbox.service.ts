import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

export interface Mail {
  kind: string;
  to: string;
  subject: string;
  body: string;
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
    if (rows.length > 0) await manager.insert(OutboxMessage, rows);
  }
}
