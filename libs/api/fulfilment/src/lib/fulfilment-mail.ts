import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '@lumen/api/core';
import {
  formatMailDate,
  formatMailMoney,
  type Mail,
  type MailAttachment,
  type MailRecipient,
  type MailTexts,
  mailTo,
  OutboxService,
} from '@lumen/api/mail';
import type { EntityManager } from 'typeorm';

export interface ShipmentMailFacts {
  orderId: string;
  orderNumber: number;
  shipmentNumber: number;
  carrierName: string;
  trackingNumber: string;
  trackingUrl: string;
  lines: { sku: string; name: string; quantity: number }[];
}

export interface InvoiceMailFacts {
  orderNumber: number;
  number: number;
  kid: string;
  grossOre: number;
  dueDate: string;
}

/**
 * The fulfilment e-mails (PRODUCT.md §9, §13) — order confirmed, shipment with its tracking link,
 * invoice with its PDF, payment reminder — to the person who placed the order, in that person's
 * language, written to the outbox in the transaction of the change.
 */
@Injectable()
export class FulfilmentMail {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async orderConfirmed(
    manager: EntityManager,
    orderId: string,
    orderNumber: number,
    dispatchDate: string,
  ): Promise<void> {
    const link = this.link('orders', orderId);
    await this.send(manager, orderId, 'order_confirmed', {
      nb: {
        subject: `Ordre ${orderNumber} er bekreftet`,
        body: `Vi har bekreftet ordre ${orderNumber}. Forventet utsendelse: ${formatMailDate(dispatchDate, 'nb')}.\n\nFølg ordren her:\n${link}`,
      },
      en: {
        subject: `Order ${orderNumber} is confirmed`,
        body: `We have confirmed order ${orderNumber}. Expected dispatch: ${formatMailDate(dispatchDate, 'en')}.\n\nFollow the order here:\n${link}`,
      },
      fr: {
        subject: `La commande ${orderNumber} est confirmée`,
        body: `Nous avons confirmé la commande ${orderNumber}. Expédition prévue : ${formatMailDate(dispatchDate, 'fr')}.\n\nSuivez la commande ici :\n${link}`,
      },
    });
  }

  async shipped(manager: EntityManager, facts: ShipmentMailFacts): Promise<void> {
    const lines = facts.lines.map((line) => `${line.sku}  ${line.name}  × ${line.quantity}`).join('\n');
    const link = this.link('orders', facts.orderId);
    await this.send(manager, facts.orderId, 'order_shipped', {
      nb: {
        subject: `Ordre ${facts.orderNumber}: forsendelse ${facts.shipmentNumber} er sendt`,
        body:
          `Forsendelse ${facts.shipmentNumber} av ordre ${facts.orderNumber} er levert til ${facts.carrierName}.\n` +
          `Sporingsnummer: ${facts.trackingNumber}\nSpor leveransen: ${facts.trackingUrl}\n\n${lines}\n\nOrdren: ${link}`,
      },
      en: {
        subject: `Order ${facts.orderNumber}: shipment ${facts.shipmentNumber} is on its way`,
        body:
          `Shipment ${facts.shipmentNumber} of order ${facts.orderNumber} has been handed to ${facts.carrierName}.\n` +
          `Tracking number: ${facts.trackingNumber}\nTrack the delivery: ${facts.trackingUrl}\n\n${lines}\n\nThe order: ${link}`,
      },
      fr: {
        subject: `Commande ${facts.orderNumber} : l’envoi ${facts.shipmentNumber} est en route`,
        body:
          `L’envoi ${facts.shipmentNumber} de la commande ${facts.orderNumber} a été remis à ${facts.carrierName}.\n` +
          `Numéro de suivi : ${facts.trackingNumber}\nSuivre la livraison : ${facts.trackingUrl}\n\n${lines}\n\nLa commande : ${link}`,
      },
    });
  }

  async invoiced(manager: EntityManager, orderId: string, facts: InvoiceMailFacts, pdf: MailAttachment): Promise<void> {
    const link = this.link('orders', orderId);
    await this.send(
      manager,
      orderId,
      'invoice_issued',
      {
        nb: {
          subject: `Faktura ${facts.number} for ordre ${facts.orderNumber}`,
          body:
            `Vedlagt er faktura ${facts.number} for ordre ${facts.orderNumber}.\n` +
            `Å betale: ${formatMailMoney(facts.grossOre, 'nb')} innen ${formatMailDate(facts.dueDate, 'nb')}, KID ${facts.kid}.\n\n${link}`,
        },
        en: {
          subject: `Invoice ${facts.number} for order ${facts.orderNumber}`,
          body:
            `Attached is invoice ${facts.number} for order ${facts.orderNumber}.\n` +
            `Amount due: ${formatMailMoney(facts.grossOre, 'en')} by ${formatMailDate(facts.dueDate, 'en')}, KID ${facts.kid}.\n\n${link}`,
        },
        fr: {
          subject: `Facture ${facts.number} pour la commande ${facts.orderNumber}`,
          body:
            `Veuillez trouver ci-joint la facture ${facts.number} pour la commande ${facts.orderNumber}.\n` +
            `Montant à payer : ${formatMailMoney(facts.grossOre, 'fr')} avant le ${formatMailDate(facts.dueDate, 'fr')}, KID ${facts.kid}.\n\n${link}`,
        },
      },
      [pdf],
    );
  }

  /**
   * Every reminder of a sweep: one query for all recipients, one enqueue for all e-mails, however
   * many invoices are due.
   */
  async reminders(
    manager: EntityManager,
    due: readonly { orderId: string; facts: InvoiceMailFacts; outstandingOre: number }[],
  ): Promise<void> {
    if (due.length === 0) return;
    const recipients = await this.recipientsOfOrders(manager, [...new Set(due.map((d) => d.orderId))]);
    const mails: Mail[] = due.flatMap(({ orderId, facts, outstandingOre }) =>
      (recipients.get(orderId) ?? []).map((to) =>
        mailTo(to, 'invoice_reminder', reminderTexts(facts, outstandingOre, this.link('orders', orderId))),
      ),
    );
    await this.outbox.enqueue(manager, mails);
  }

  private async send(
    manager: EntityManager,
    orderId: string,
    kind: string,
    texts: MailTexts,
    attachments?: MailAttachment[],
  ): Promise<void> {
    const recipients = await this.recipientsOf(manager, orderId);
    const mails: Mail[] = recipients.map((to) => mailTo(to, kind, texts, attachments));
    await this.outbox.enqueue(manager, mails);
  }

  /** Whoever placed the order, unless erased since. */
  private async recipientsOf(manager: EntityManager, orderId: string): Promise<MailRecipient[]> {
    return (await this.recipientsOfOrders(manager, [orderId])).get(orderId) ?? [];
  }

  /** Per order, whoever placed it, unless erased since: one statement for any number of orders. */
  private async recipientsOfOrders(manager: EntityManager, orderIds: string[]): Promise<Map<string, MailRecipient[]>> {
    const rows: (MailRecipient & { order_id: string })[] = await manager.query(
      `SELECT o.id AS order_id, u.email, u.language FROM orders o JOIN users u ON u.id = o.placed_by_user_id
       WHERE o.id = ANY($1::uuid[]) AND u.erased_at IS NULL`,
      [orderIds],
    );
    const byOrder = new Map<string, MailRecipient[]>();
    for (const { order_id, email, language } of rows)
      byOrder.set(order_id, [...(byOrder.get(order_id) ?? []), { email, language }]);
    return byOrder;
  }

  /** A page the portal routes: an invoice is shown (and downloaded) on its order's page. */
  private link(path: 'orders', id: string): string {
    return `${this.config.publicUrl}/${path}/${id}`;
  }
}

function reminderTexts(facts: InvoiceMailFacts, outstandingOre: number, link: string): MailTexts {
  return {
    nb: {
      subject: `Påminnelse: faktura ${facts.number} er forfalt`,
      body:
        `Faktura ${facts.number} (ordre ${facts.orderNumber}) forfalt ${formatMailDate(facts.dueDate, 'nb')}. ` +
        `Utestående: ${formatMailMoney(outstandingOre, 'nb')}. Betal med KID ${facts.kid}.\n` +
        `Har du allerede betalt, kan du se bort fra denne påminnelsen.\n\n${link}`,
    },
    en: {
      subject: `Reminder: invoice ${facts.number} is overdue`,
      body:
        `Invoice ${facts.number} (order ${facts.orderNumber}) was due on ${formatMailDate(facts.dueDate, 'en')}. ` +
        `Outstanding: ${formatMailMoney(outstandingOre, 'en')}. Pay with KID ${facts.kid}.\n` +
        `If you have already paid, please ignore this reminder.\n\n${link}`,
    },
    fr: {
      subject: `Rappel : la facture ${facts.number} est échue`,
      body:
        `La facture ${facts.number} (commande ${facts.orderNumber}) était payable le ${formatMailDate(facts.dueDate, 'fr')}. ` +
        `Reste dû : ${formatMailMoney(outstandingOre, 'fr')}. Payez avec le KID ${facts.kid}.\n` +
        `Si vous avez déjà payé, ne tenez pas compte de ce rappel.\n\n${link}`,
    },
  };
}
