import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '@lumen/api/core';
import { type Mail, OutboxService } from '@lumen/api/mail';
import type { EntityManager } from 'typeorm';
import { quoteNumber } from './quote-rows';

interface QuoteRef {
  id: string;
  number: string | number;
  project_list_name: string;
  requested_by_user_id: string;
  claimed_by_user_id: string | null;
}

/**
 * The quote's e-mails, written to the outbox in the transaction of the change (PRODUCT.md §6, §9):
 * answered → requester; customer commented → the consultant who claimed it, or every active
 * consultant while nobody has; consultant commented → requester.
 */
@Injectable()
export class QuoteMail {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async answered(manager: EntityManager, quote: QuoteRef, revision: number): Promise<void> {
    const to = await this.emailsOf(manager, [quote.requested_by_user_id]);
    await this.send(manager, 'quote_answered', to,
      `Your quote ${quoteNumber(quote.number)} has been answered (revision ${revision})`,
      `Our lighting consultant has answered your quote request for "${quote.project_list_name}".\n\n` +
        `Read the offer, comment or accept it here:\n${this.link('quotes', quote.id)}`);
  }

  async customerCommented(manager: EntityManager, quote: QuoteRef, author: string, body: string): Promise<void> {
    const to = quote.claimed_by_user_id
      ? await this.emailsOf(manager, [quote.claimed_by_user_id])
      : (
          await manager.query(
            `SELECT email FROM users WHERE staff_role = 'consultant' AND active AND erased_at IS NULL`,
          )
        ).map((row: { email: string }) => row.email);
    await this.send(manager, 'quote_customer_commented', to,
      `${author} commented on quote ${quoteNumber(quote.number)}`,
      `${author} wrote:\n\n${body}\n\nOpen the quote in the desk:\n${this.link('desk/quotes', quote.id)}`);
  }

  async consultantCommented(manager: EntityManager, quote: QuoteRef, author: string, body: string): Promise<void> {
    const to = await this.emailsOf(manager, [quote.requested_by_user_id]);
    await this.send(manager, 'quote_consultant_commented', to,
      `New comment on your quote ${quoteNumber(quote.number)}`,
      `${author} (Lumen Trade) wrote:\n\n${body}\n\nReply here:\n${this.link('quotes', quote.id)}`);
  }

  private async send(
    manager: EntityManager,
    kind: string,
    recipients: string[],
    subject: string,
    body: string,
  ): Promise<void> {
    const mails: Mail[] = recipients.map((to) => ({ kind, to, subject, body }));
    await this.outbox.enqueue(manager, mails);
  }

  private async emailsOf(manager: EntityManager, userIds: string[]): Promise<string[]> {
    const rows: { email: string }[] = await manager.query(
      `SELECT email FROM users WHERE id = ANY($1::uuid[]) AND active AND erased_at IS NULL`,
      [userIds],
    );
    return rows.map((row) => row.email);
  }

  private link(path: string, id: string): string {
    return `${this.config.publicUrl}/${path}/${id}`;
  }
}
