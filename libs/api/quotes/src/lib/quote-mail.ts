import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '@lumen/api/core';
import {
  formatMailDate,
  formatMailMoney,
  type MailRecipient,
  type MailTexts,
  mailTo,
  OutboxService,
} from '@lumen/api/mail';
import { osloDateTime } from '@lumen/shared/domain';
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
 * The quote's e-mails, written to the outbox in the transaction of the change (PRODUCT.md §6, §9),
 * each in its recipient's language: requested → every active consultant; answered → requester;
 * customer commented → the consultant who claimed it, or every active consultant while nobody
 * has; consultant commented → requester.
 */
@Injectable()
export class QuoteMail {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requested(manager: EntityManager, quote: QuoteRef, company: string, requester: string): Promise<void> {
    const number = quoteNumber(quote.number);
    const link = this.link('desk/quotes', quote.id);
    const list = quote.project_list_name;
    await this.send(manager, 'quote_requested', await this.consultants(manager), {
      nb: {
        subject: `Ny tilbudsforespørsel ${number} fra ${company}`,
        body: `${requester} i ${company} ber om tilbud på «${list}». Svarfrist: 24 timer.\n\nTa den i tilbudsdesken:\n${link}`,
      },
      en: {
        subject: `New quote request ${number} from ${company}`,
        body: `${requester} of ${company} asks for a quote on "${list}". Answer within 24 hours.\n\nClaim it in the quote desk:\n${link}`,
      },
      fr: {
        subject: `Nouvelle demande de devis ${number} de ${company}`,
        body: `${requester} (${company}) demande un devis pour « ${list} ». Réponse attendue sous 24 heures.\n\nPrenez-la dans le bureau des devis :\n${link}`,
      },
    });
  }

  /** With the offer's total and how long it holds, read from the quote the publish just wrote. */
  async answered(manager: EntityManager, quote: QuoteRef, revision: number): Promise<void> {
    const [offer]: { current_total_ore: string; valid_until: Date }[] = await manager.query(
      `SELECT current_total_ore, valid_until FROM quotes WHERE id = $1`,
      [quote.id],
    );
    const total = Number(offer.current_total_ore);
    const until = osloDateTime(offer.valid_until).date;
    const number = quoteNumber(quote.number);
    const link = this.link('quotes', quote.id);
    const list = quote.project_list_name;
    await this.send(manager, 'quote_answered', await this.usersByIds(manager, [quote.requested_by_user_id]), {
      nb: {
        subject: `Tilbudet ditt ${number} er besvart (revisjon ${revision})`,
        body:
          `Lyskonsulenten vår har svart på tilbudsforespørselen for «${list}»: ` +
          `${formatMailMoney(total, 'nb')} eks. mva., gyldig til ${formatMailDate(until, 'nb')}.\n\n` +
          `Les tilbudet, kommenter eller godta det her:\n${link}`,
      },
      en: {
        subject: `Your quote ${number} has been answered (revision ${revision})`,
        body:
          `Our lighting consultant has answered your quote request for "${list}": ` +
          `${formatMailMoney(total, 'en')} excl. VAT, valid until ${formatMailDate(until, 'en')}.\n\n` +
          `Read the offer, comment or accept it here:\n${link}`,
      },
      fr: {
        subject: `Votre devis ${number} a reçu une réponse (révision ${revision})`,
        body:
          `Notre conseiller en éclairage a répondu à votre demande de devis pour « ${list} » : ` +
          `${formatMailMoney(total, 'fr')} HT, valable jusqu’au ${formatMailDate(until, 'fr')}.\n\n` +
          `Consultez l’offre, commentez-la ou acceptez-la ici :\n${link}`,
      },
    });
  }

  async customerCommented(manager: EntityManager, quote: QuoteRef, author: string, body: string): Promise<void> {
    const to = quote.claimed_by_user_id
      ? await this.usersByIds(manager, [quote.claimed_by_user_id])
      : await this.consultants(manager);
    const number = quoteNumber(quote.number);
    const link = this.link('desk/quotes', quote.id);
    await this.send(manager, 'quote_customer_commented', to, {
      nb: {
        subject: `${author} har kommentert tilbud ${number}`,
        body: `${author} skrev:\n\n${body}\n\nÅpne tilbudet i desken:\n${link}`,
      },
      en: {
        subject: `${author} commented on quote ${number}`,
        body: `${author} wrote:\n\n${body}\n\nOpen the quote in the desk:\n${link}`,
      },
      fr: {
        subject: `${author} a commenté le devis ${number}`,
        body: `${author} a écrit :\n\n${body}\n\nOuvrez le devis dans le bureau :\n${link}`,
      },
    });
  }

  async consultantCommented(manager: EntityManager, quote: QuoteRef, author: string, body: string): Promise<void> {
    const number = quoteNumber(quote.number);
    const link = this.link('quotes', quote.id);
    await this.send(
      manager,
      'quote_consultant_commented',
      await this.usersByIds(manager, [quote.requested_by_user_id]),
      {
        nb: {
          subject: `Ny kommentar på tilbudet ditt ${number}`,
          body: `${author} (Lumen Trade) skrev:\n\n${body}\n\nSvar her:\n${link}`,
        },
        en: {
          subject: `New comment on your quote ${number}`,
          body: `${author} (Lumen Trade) wrote:\n\n${body}\n\nReply here:\n${link}`,
        },
        fr: {
          subject: `Nouveau commentaire sur votre devis ${number}`,
          body: `${author} (Lumen Trade) a écrit :\n\n${body}\n\nRépondez ici :\n${link}`,
        },
      },
    );
  }

  private async send(
    manager: EntityManager,
    kind: string,
    recipients: MailRecipient[],
    texts: MailTexts,
  ): Promise<void> {
    await this.outbox.enqueue(
      manager,
      recipients.map((to) => mailTo(to, kind, texts)),
    );
  }

  private usersByIds(manager: EntityManager, userIds: string[]): Promise<MailRecipient[]> {
    return manager.query(
      `SELECT email, language FROM users WHERE id = ANY($1::uuid[]) AND active AND erased_at IS NULL`,
      [userIds],
    );
  }

  private consultants(manager: EntityManager): Promise<MailRecipient[]> {
    return manager.query(
      `SELECT email, language FROM users WHERE staff_role = 'consultant' AND active AND erased_at IS NULL`,
    );
  }

  private link(path: string, id: string): string {
    return `${this.config.publicUrl}/${path}/${id}`;
  }
}
