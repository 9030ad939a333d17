import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '@lumen/api/core';
import { formatMailMoney, type MailRecipient, type MailTexts, mailTo, OutboxService } from '@lumen/api/mail';
import type { EntityManager } from 'typeorm';

interface CaseMailFacts {
  caseId: string;
  number: string;
  subject: string;
}

/**
 * The desk's e-mails to the customer — a staff reply (with its text), a resolved case, a service
 * invoice — to the
 * person who opened the case, in that person's language, with the link to the case in the portal.
 * Written to the outbox in the transaction of the reply or resolution.
 */
@Injectable()
export class ServiceDeskMail {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  replied(manager: EntityManager, facts: CaseMailFacts, body: string, waitingForCustomer: boolean): Promise<void> {
    const link = this.link(facts.caseId);
    return this.send(manager, facts.caseId, 'case_replied', {
      nb: {
        subject: `Svar på sak ${facts.number}: ${facts.subject}`,
        body:
          `Kundeservice har svart på saken din:\n\n${body}\n\n` +
          (waitingForCustomer ? 'Vi venter på svar fra deg før vi går videre.\n\n' : '') +
          `Svar eller les hele saken her:\n${link}`,
      },
      en: {
        subject: `Reply on case ${facts.number}: ${facts.subject}`,
        body:
          `Customer service has replied to your case:\n\n${body}\n\n` +
          (waitingForCustomer ? 'We are waiting for your answer before we go on.\n\n' : '') +
          `Answer or read the whole case here:\n${link}`,
      },
      fr: {
        subject: `Réponse dans le dossier ${facts.number} : ${facts.subject}`,
        body:
          `Le service client a répondu à votre dossier :\n\n${body}\n\n` +
          (waitingForCustomer ? 'Nous attendons votre réponse avant de poursuivre.\n\n' : '') +
          `Répondez ou lisez tout le dossier ici :\n${link}`,
      },
    });
  }

  resolved(manager: EntityManager, facts: CaseMailFacts): Promise<void> {
    const link = this.link(facts.caseId);
    return this.send(manager, facts.caseId, 'case_resolved', {
      nb: {
        subject: `Sak ${facts.number} er løst: ${facts.subject}`,
        body: `Vi har markert saken din som løst. Er noe fortsatt ikke i orden, svarer du bare i saken, så åpner vi den igjen:\n${link}`,
      },
      en: {
        subject: `Case ${facts.number} is resolved: ${facts.subject}`,
        body: `We have marked your case as resolved. If something is still not right, just answer in the case and we will reopen it:\n${link}`,
      },
      fr: {
        subject: `Le dossier ${facts.number} est résolu : ${facts.subject}`,
        body: `Nous avons marqué votre dossier comme résolu. Si quelque chose ne va toujours pas, répondez simplement dans le dossier et nous le rouvrirons :\n${link}`,
      },
    });
  }

  /** The service invoice of the case's support time; the PDF and EHF are on the invoices page. */
  billed(
    manager: EntityManager,
    facts: CaseMailFacts,
    invoice: { invoiceId: string; invoiceNumber: number; units: number; grossOre: number },
  ): Promise<void> {
    const link = `${this.config.publicUrl}/invoices/${invoice.invoiceId}`;
    return this.send(manager, facts.caseId, 'case_billed', {
      nb: {
        subject: `Faktura ${invoice.invoiceNumber} for sak ${facts.number}`,
        body:
          `Vi har fakturert supporttiden i sak ${facts.number} (${facts.subject}): ` +
          `${invoice.units} påbegynte kvarter, ${formatMailMoney(invoice.grossOre, 'nb')} inkl. mva.\n\n` +
          `Fakturaen (PDF og EHF):\n${link}\n\nSaken:\n${this.link(facts.caseId)}`,
      },
      en: {
        subject: `Invoice ${invoice.invoiceNumber} for case ${facts.number}`,
        body:
          `We have invoiced the support time on case ${facts.number} (${facts.subject}): ` +
          `${invoice.units} started quarter-hours, ${formatMailMoney(invoice.grossOre, 'en')} incl. VAT.\n\n` +
          `The invoice (PDF and EHF):\n${link}\n\nThe case:\n${this.link(facts.caseId)}`,
      },
      fr: {
        subject: `Facture ${invoice.invoiceNumber} pour le dossier ${facts.number}`,
        body:
          `Nous avons facturé le temps d’assistance du dossier ${facts.number} (${facts.subject}) : ` +
          `${invoice.units} quarts d’heure entamés, ${formatMailMoney(invoice.grossOre, 'fr')} TTC.\n\n` +
          `La facture (PDF et EHF) :\n${link}\n\nLe dossier :\n${this.link(facts.caseId)}`,
      },
    });
  }

  private async send(manager: EntityManager, caseId: string, kind: string, texts: MailTexts): Promise<void> {
    const recipients: MailRecipient[] = await manager.query(
      `SELECT u.email, u.language FROM cases c JOIN users u ON u.id = c.opened_by_user_id
       WHERE c.id = $1 AND u.erased_at IS NULL AND u.staff_role IS NULL`,
      [caseId],
    );
    await this.outbox.enqueue(
      manager,
      recipients.map((to) => mailTo(to, kind, texts)),
    );
  }

  /** The case's page in the portal, where the customer reads and answers it. */
  private link(caseId: string): string {
    return `${this.config.publicUrl}/cases/${caseId}`;
  }
}
