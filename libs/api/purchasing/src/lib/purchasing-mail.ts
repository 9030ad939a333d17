import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '@lumen/api/core';
import {
  formatMailDate,
  formatMailMoney,
  type Mail,
  type MailRecipient,
  type MailTexts,
  mailTo,
  OutboxService,
} from '@lumen/api/mail';
import { osloDateTime } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';
import { approverSql, liveUserOf } from './approvers.sql';

interface ApprovalFacts {
  approval_id: string;
  order_id: string;
  order_number: number;
  orderer: string;
  net_ore: number;
  hold_until: Date;
  rejection_reason: string | null;
}

/** An approval's facts: `ou` is the orderer. */
const FACTS = `a.id AS approval_id, o.id AS order_id, o.number AS order_number, ou.name AS orderer,
  o.net_ore, a.hold_until, a.rejection_reason`;
const FROM = `FROM order_approvals a JOIN orders o ON o.id = a.order_id JOIN users ou ON ou.id = o.placed_by_user_id`;

const osloDate = (instant: Date) => osloDateTime(instant).date;

/**
 * The approval e-mails (PRODUCT.md §9, §17), each in its recipient's language and written to the
 * outbox in the decision's transaction: to the approvers when an order starts waiting (with the
 * link to decide it), and to the orderer when it is rejected (with the reason) or expires. The
 * approved order's confirmation is the ordinary one, sent by the approval itself.
 */
@Injectable()
export class PurchasingMail {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requested(manager: EntityManager, approvalId: string): Promise<void> {
    const rows: (ApprovalFacts & MailRecipient)[] = await manager.query(
      `SELECT ${FACTS}, r.email, r.language ${FROM}
       CROSS JOIN LATERAL (
         SELECT u.email, u.language FROM users u
         WHERE ${liveUserOf('u', 'a.company_id')} AND u.id <> o.placed_by_user_id
           AND EXISTS (SELECT 1 FROM order_approval_steps s WHERE s.approval_id = a.id AND s.approved_at IS NULL
                         AND ${approverSql('u', { role: 's.approver_role_id', users: 's.approver_user_ids', managers: 's.approver_managers' })})
       ) r
       WHERE a.id = $1`,
      [approvalId],
    );
    const link = `${this.config.publicUrl}/approvals/${approvalId}`;
    await this.outbox.enqueue(
      manager,
      rows.map((row) =>
        mailTo(row, 'approval_requested', {
          nb: {
            subject: `Ordre ${row.order_number} venter på din godkjenning`,
            body:
              `${row.orderer} har bestilt ordre ${row.order_number} (${formatMailMoney(row.net_ore, 'nb')} eks. mva.), ` +
              `som må godkjennes før den sendes til Lumen. Prisene holdes til ${formatMailDate(osloDate(row.hold_until), 'nb')}.\n\n` +
              `Godkjenn eller avvis her:\n${link}`,
          },
          en: {
            subject: `Order ${row.order_number} awaits your approval`,
            body:
              `${row.orderer} has placed order ${row.order_number} (${formatMailMoney(row.net_ore, 'en')} excl. VAT), ` +
              `which needs approval before it goes to Lumen. Its prices hold until ${formatMailDate(osloDate(row.hold_until), 'en')}.\n\n` +
              `Approve or reject it here:\n${link}`,
          },
          fr: {
            subject: `La commande ${row.order_number} attend votre approbation`,
            body:
              `${row.orderer} a passé la commande ${row.order_number} (${formatMailMoney(row.net_ore, 'fr')} HT), ` +
              `qui doit être approuvée avant d’être transmise à Lumen. Ses prix sont garantis jusqu’au ${formatMailDate(osloDate(row.hold_until), 'fr')}.\n\n` +
              `Approuvez-la ou refusez-la ici :\n${link}`,
          },
        }),
      ),
    );
  }

  /** To each orderer of the approvals just rejected or expired: one statement, one enqueue. */
  async closed(manager: EntityManager, approvalIds: readonly string[], outcome: 'rejected' | 'expired'): Promise<void> {
    if (approvalIds.length === 0) return;
    const rows: (ApprovalFacts & MailRecipient)[] = await manager.query(
      `SELECT ${FACTS}, ou.email, ou.language ${FROM} WHERE a.id = ANY ($1::uuid[]) AND ou.erased_at IS NULL`,
      [approvalIds],
    );
    const mails: Mail[] = rows.map((row) => {
      const link = `${this.config.publicUrl}/orders/${row.order_id}`;
      const texts: MailTexts =
        outcome === 'rejected'
          ? {
              nb: {
                subject: `Ordre ${row.order_number} ble avvist`,
                body: `Ordre ${row.order_number} ble avvist og sendes ikke.\nBegrunnelse: ${row.rejection_reason}\n\n${link}`,
              },
              en: {
                subject: `Order ${row.order_number} was rejected`,
                body: `Order ${row.order_number} was rejected and will not be sent.\nReason: ${row.rejection_reason}\n\n${link}`,
              },
              fr: {
                subject: `La commande ${row.order_number} a été refusée`,
                body: `La commande ${row.order_number} a été refusée et ne sera pas transmise.\nMotif : ${row.rejection_reason}\n\n${link}`,
              },
            }
          : {
              nb: {
                subject: `Ordre ${row.order_number} ble ikke godkjent i tide`,
                body: `Ordre ${row.order_number} ble ikke godkjent innen ${formatMailDate(osloDate(row.hold_until), 'nb')}, og prisene gjelder ikke lenger. Bestill på nytt om du fortsatt trenger varene.\n\n${link}`,
              },
              en: {
                subject: `Order ${row.order_number} was not approved in time`,
                body: `Order ${row.order_number} was not approved by ${formatMailDate(osloDate(row.hold_until), 'en')} and its prices no longer hold. Order again if you still need the goods.\n\n${link}`,
              },
              fr: {
                subject: `La commande ${row.order_number} n’a pas été approuvée à temps`,
                body: `La commande ${row.order_number} n’a pas été approuvée avant le ${formatMailDate(osloDate(row.hold_until), 'fr')} et ses prix ne sont plus garantis. Commandez à nouveau si vous avez toujours besoin des articles.\n\n${link}`,
              },
            };
      return mailTo(row, `approval_${outcome}`, texts);
    });
    await this.outbox.enqueue(manager, mails);
  }
}
