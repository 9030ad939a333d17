import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '@lumen/api/core';
import { type MailRecipient, type MailTexts, mailTo, OutboxService } from '@lumen/api/mail';
import type { CancellationStatus, ClaimDecision, ClaimKind, UserLanguage as Language } from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';

interface LineFacts {
  sku: string;
  name: string;
  quantity: number;
}

export interface CancellationMailFacts extends LineFacts {
  orderId: string;
  orderNumber: number;
  status: CancellationStatus;
  refusalReason: string | null;
}

export interface ReturnMailFacts {
  returnId: string;
  rmaNumber: string;
  orderNumber: number;
  lines: LineFacts[];
}

export interface ClaimMailFacts extends LineFacts {
  claimId: string;
  kind: ClaimKind;
  number: string;
  orderNumber: number;
}

const lineList = (lines: readonly LineFacts[]) =>
  lines.map((line) => `${line.sku}  ${line.name}  × ${line.quantity}`).join('\n');

const NOT_ACCEPTED: Record<Language, string> = { nb: 'Ikke godkjent:', en: 'Not accepted:', fr: 'Non accepté :' };

const CLAIM_NAMES: Record<ClaimKind, Record<Language, string>> = {
  warranty: { nb: 'Garantikrav', en: 'Warranty claim', fr: 'Réclamation sous garantie' },
  damage: { nb: 'Transportskade', en: 'Damage report', fr: 'Déclaration de dommage' },
};

/**
 * The after-sales e-mails (PRODUCT.md §9, §14) — cancellation done, requested, accepted or
 * refused; return registered (with its label), received, inspected and credited; claim filed and
 * decided — to the customer who asked, in that person's language, written to the outbox in the
 * transaction of the step, with a link to the page that shows it.
 */
@Injectable()
export class AfterSalesMail {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async cancellation(manager: EntityManager, userId: string, facts: CancellationMailFacts): Promise<void> {
    const link = `${this.config.publicUrl}/orders/${facts.orderId}`;
    const line = `${facts.sku}  ${facts.name}  × ${facts.quantity}`;
    const nb: Record<CancellationStatus, string> = {
      cancelled: `er avbestilt`,
      requested: `er bedt avbestilt; vi svarer så snart vi har sjekket pakkingen`,
      accepted: `er avbestilt etter forespørselen din`,
      refused: `kan ikke avbestilles: ${facts.refusalReason ?? ''}`,
    };
    const en: Record<CancellationStatus, string> = {
      cancelled: `is cancelled`,
      requested: `is asked to be cancelled; we will answer once we have checked the packing`,
      accepted: `is cancelled as you asked`,
      refused: `cannot be cancelled: ${facts.refusalReason ?? ''}`,
    };
    const fr: Record<CancellationStatus, string> = {
      cancelled: `est annulé`,
      requested: `fait l’objet d’une demande d’annulation ; nous répondrons après avoir vérifié l’emballage`,
      accepted: `est annulé comme vous l’avez demandé`,
      refused: `ne peut pas être annulé : ${facts.refusalReason ?? ''}`,
    };
    await this.send(manager, userId, `cancellation_${facts.status}`, {
      nb: {
        subject: `Ordre ${facts.orderNumber}: avbestilling`,
        body: `Ordre ${facts.orderNumber}: ${line} ${nb[facts.status]}.\n\n${link}`,
      },
      en: {
        subject: `Order ${facts.orderNumber}: cancellation`,
        body: `Order ${facts.orderNumber}: ${line} ${en[facts.status]}.\n\n${link}`,
      },
      fr: {
        subject: `Commande ${facts.orderNumber} : annulation`,
        body: `Commande ${facts.orderNumber} : ${line} ${fr[facts.status]}.\n\n${link}`,
      },
    });
  }

  async returnRegistered(manager: EntityManager, userId: string, facts: ReturnMailFacts): Promise<void> {
    const link = this.returnLink(facts.returnId);
    await this.send(manager, userId, 'return_registered', {
      nb: {
        subject: `Retur ${facts.rmaNumber} for ordre ${facts.orderNumber} er registrert`,
        body:
          `Vi har registrert retur ${facts.rmaNumber}:\n${lineList(facts.lines)}\n\n` +
          `Last ned returetiketten på returens side og fest den på pakken; med etiketten er returen gratis:\n${link}`,
      },
      en: {
        subject: `Return ${facts.rmaNumber} for order ${facts.orderNumber} is registered`,
        body:
          `We have registered return ${facts.rmaNumber}:\n${lineList(facts.lines)}\n\n` +
          `Download the return label on the return's page and fix it to the parcel; with the label the return is free:\n${link}`,
      },
      fr: {
        subject: `Le retour ${facts.rmaNumber} de la commande ${facts.orderNumber} est enregistré`,
        body:
          `Nous avons enregistré le retour ${facts.rmaNumber} :\n${lineList(facts.lines)}\n\n` +
          `Téléchargez l’étiquette de retour sur la page du retour et collez-la sur le colis ; avec l’étiquette, le retour est gratuit :\n${link}`,
      },
    });
  }

  async returnReceived(manager: EntityManager, userId: string, facts: ReturnMailFacts): Promise<void> {
    const link = this.returnLink(facts.returnId);
    await this.send(manager, userId, 'return_received', {
      nb: {
        subject: `Retur ${facts.rmaNumber} er mottatt`,
        body: `Vi har mottatt retur ${facts.rmaNumber} (ordre ${facts.orderNumber}) og kontrollerer varene nå.\n\n${link}`,
      },
      en: {
        subject: `Return ${facts.rmaNumber} has arrived`,
        body: `We have received return ${facts.rmaNumber} (order ${facts.orderNumber}) and are inspecting the goods.\n\n${link}`,
      },
      fr: {
        subject: `Le retour ${facts.rmaNumber} est arrivé`,
        body: `Nous avons reçu le retour ${facts.rmaNumber} (commande ${facts.orderNumber}) et contrôlons les articles.\n\n${link}`,
      },
    });
  }

  async returnInspected(
    manager: EntityManager,
    userId: string,
    facts: ReturnMailFacts & { refused: (LineFacts & { reason: string })[]; creditNoteNumbers: number[] },
  ): Promise<void> {
    const link = this.returnLink(facts.returnId);
    const refused = (language: Language) =>
      facts.refused.length === 0
        ? ''
        : `\n\n${NOT_ACCEPTED[language]}\n` +
          facts.refused.map((line) => `${line.sku}  ${line.name}  × ${line.quantity}: ${line.reason}`).join('\n');
    await this.send(manager, userId, 'return_inspected', {
      nb: {
        subject: `Retur ${facts.rmaNumber} er kontrollert`,
        body:
          (facts.creditNoteNumbers.length > 0
            ? `Vi har kreditert de godkjente varene i retur ${facts.rmaNumber} (kreditnota ${facts.creditNoteNumbers.join(', ')}); beløpet går tilbake til betalingsmåten ordren ble betalt med.`
            : `Retur ${facts.rmaNumber} er kontrollert; ingen varer ble kreditert.`) + `${refused('nb')}\n\n${link}`,
      },
      en: {
        subject: `Return ${facts.rmaNumber} is inspected`,
        body:
          (facts.creditNoteNumbers.length > 0
            ? `We have credited the accepted goods of return ${facts.rmaNumber} (credit note ${facts.creditNoteNumbers.join(', ')}); the amount goes back to the order's payment method.`
            : `Return ${facts.rmaNumber} is inspected; no goods were credited.`) + `${refused('en')}\n\n${link}`,
      },
      fr: {
        subject: `Le retour ${facts.rmaNumber} est contrôlé`,
        body:
          (facts.creditNoteNumbers.length > 0
            ? `Nous avons crédité les articles acceptés du retour ${facts.rmaNumber} (avoir ${facts.creditNoteNumbers.join(', ')}) ; le montant est remboursé sur le moyen de paiement de la commande.`
            : `Le retour ${facts.rmaNumber} est contrôlé ; aucun article n’a été crédité.`) +
          `${refused('fr')}\n\n${link}`,
      },
    });
  }

  async claimFiled(manager: EntityManager, userId: string, facts: ClaimMailFacts): Promise<void> {
    const link = this.claimLink(facts.claimId);
    await this.send(manager, userId, `${facts.kind}_claim_filed`, {
      nb: {
        subject: `${CLAIM_NAMES[facts.kind].nb} ${facts.number} er mottatt`,
        body: `Vi har mottatt ${CLAIM_NAMES[facts.kind].nb.toLowerCase()} ${facts.number} (ordre ${facts.orderNumber}): ${facts.sku}  ${facts.name}  × ${facts.quantity}.\nVi svarer i saken innen én arbeidsdag.\n\n${link}`,
      },
      en: {
        subject: `${CLAIM_NAMES[facts.kind].en} ${facts.number} is received`,
        body: `We have received ${CLAIM_NAMES[facts.kind].en.toLowerCase()} ${facts.number} (order ${facts.orderNumber}): ${facts.sku}  ${facts.name}  × ${facts.quantity}.\nWe will answer in the case within one business day.\n\n${link}`,
      },
      fr: {
        subject: `${CLAIM_NAMES[facts.kind].fr} ${facts.number} : reçue`,
        body: `Nous avons reçu votre ${CLAIM_NAMES[facts.kind].fr.toLowerCase()} ${facts.number} (commande ${facts.orderNumber}) : ${facts.sku}  ${facts.name}  × ${facts.quantity}.\nNous répondrons dans le dossier sous un jour ouvré.\n\n${link}`,
      },
    });
  }

  async claimDecided(
    manager: EntityManager,
    userId: string,
    facts: ClaimMailFacts & { decision: ClaimDecision; reason: string | null; creditNoteNumber: number | null },
  ): Promise<void> {
    const link = this.claimLink(facts.claimId);
    const nb: Record<ClaimDecision, string> = {
      replacement: 'Vi sender en ny vare uten kostnad; du får sporingen når den er sendt.',
      repair: 'Vi reparerer varen; vi tar kontakt om innsending.',
      credit: `Vi krediterer varen (kreditnota ${facts.creditNoteNumber}); beløpet går tilbake til betalingsmåten ordren ble betalt med.`,
      refuse: `Kravet er avslått: ${facts.reason ?? ''}`,
    };
    const en: Record<ClaimDecision, string> = {
      replacement: 'We are sending a replacement at no charge; you will get its tracking once it ships.',
      repair: 'We will repair the item; we will be in touch about sending it in.',
      credit: `We credit the item (credit note ${facts.creditNoteNumber}); the amount goes back to the order's payment method.`,
      refuse: `The claim is refused: ${facts.reason ?? ''}`,
    };
    const fr: Record<ClaimDecision, string> = {
      replacement:
        'Nous vous envoyons un article de remplacement sans frais ; vous recevrez son suivi dès son expédition.',
      repair: 'Nous réparons l’article ; nous vous contacterons pour son envoi.',
      credit: `Nous créditons l’article (avoir ${facts.creditNoteNumber}) ; le montant est remboursé sur le moyen de paiement de la commande.`,
      refuse: `La réclamation est refusée : ${facts.reason ?? ''}`,
    };
    await this.send(manager, userId, `${facts.kind}_claim_decided`, {
      nb: {
        subject: `${CLAIM_NAMES[facts.kind].nb} ${facts.number}: avgjort`,
        body: `${nb[facts.decision]}\n\n${link}`,
      },
      en: {
        subject: `${CLAIM_NAMES[facts.kind].en} ${facts.number}: decided`,
        body: `${en[facts.decision]}\n\n${link}`,
      },
      fr: {
        subject: `${CLAIM_NAMES[facts.kind].fr} ${facts.number} : décision`,
        body: `${fr[facts.decision]}\n\n${link}`,
      },
    });
  }

  private returnLink(returnId: string): string {
    return `${this.config.publicUrl}/after-sales/returns/${returnId}`;
  }

  private claimLink(claimId: string): string {
    return `${this.config.publicUrl}/after-sales/claims/${claimId}`;
  }

  /** To the user, in the user's language; nobody when the user was erased since. */
  private async send(manager: EntityManager, userId: string, kind: string, texts: MailTexts): Promise<void> {
    const [to]: MailRecipient[] = await manager.query(
      `SELECT email, language FROM users WHERE id = $1 AND erased_at IS NULL`,
      [userId],
    );
    if (!to) return;
    await this.outbox.enqueue(manager, mailTo(to, kind, texts));
  }
}
