import { Injectable } from '@nestjs/common';
import { AppError } from '@lumen/api/core';
import { AuditService } from '@lumen/api/audit';
import {
  type AttachmentRef,
  CASE_MESSAGE_MAX,
  CASE_SUBJECT_MAX,
  type CaseCategory,
  type ServiceClassification,
} from '@lumen/shared/contracts';
import { caseNumber, caseStatusAfter, type CaseStatus, firstAnswerDueAt } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';
import { AttachmentService, type UploadedAttachment } from './attachments/attachment.service';

export interface NewCase {
  companyId: string;
  userId: string;
  category: CaseCategory;
  subject: string;
  orderId?: string | null;
  orderLineId?: string | null;
  invoiceId?: string | null;
}

export interface NewMessage {
  caseId: string;
  companyId: string;
  userId: string;
  staff: boolean;
  body: string;
  /** The request field the body came in, named when it is refused (`message` when opening a case). */
  field?: string;
  files?: readonly UploadedAttachment[];
  /** When it was written: now, unless the demo history says otherwise. */
  at?: Date;
}

/** A text the desk stores, trimmed; too long is `message_too_long` naming the field, empty is invalid. */
function requireText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length > max) {
    const message = `\`${field}\` may be at most ${max.toLocaleString('en-GB')} characters (got ${text.length.toLocaleString('en-GB')})`;
    throw new AppError(422, 'message_too_long', message, [{ field, code: 'message_too_long', message }]);
  }
  if (text.length === 0) throw AppError.invalidField(field, 'isNotEmpty', `\`${field}\` is empty`);
  return text;
}

/**
 * Writes cases and their messages, in the caller's transaction: the one place a case is opened
 * or a message added, whether from the portal, the staff desk or an after-sales flow (CaseLinker).
 * Every write is audited.
 */
@Injectable()
export class CaseWriter {
  constructor(
    private readonly attachments: AttachmentService,
    private readonly audit: AuditService,
  ) {}

  /** Opens a case (status open, first answer due in one business day); answers its id. */
  async open(manager: EntityManager, input: NewCase, now = new Date()): Promise<string> {
    const subject = requireText(input.subject, 'subject', CASE_SUBJECT_MAX);
    const [{ id, number }]: { id: string; number: string }[] = await manager.query(
      `INSERT INTO cases (company_id, category, subject, order_id, order_line_id, invoice_id, opened_by_user_id,
         opened_at, first_answer_due_at, last_message_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8)
       RETURNING id, number`,
      [
        input.companyId,
        input.category,
        subject,
        input.orderId ?? null,
        input.orderLineId ?? null,
        input.invoiceId ?? null,
        input.userId,
        now,
        firstAnswerDueAt(now),
      ],
    );
    await this.audit.record(manager, {
      actorUserId: input.userId,
      companyId: input.companyId,
      action: 'case.opened',
      entityType: 'case',
      entityId: id,
      after: { number: caseNumber(number), category: input.category, orderId: input.orderId ?? null },
    });
    return id;
  }

  /**
   * Adds a message (with its attachments) to a case the caller has locked, moving the case as the
   * state machine says: a customer's message reopens it and awaits staff; a staff reply records
   * the first answer and sets `waitForCustomer` when asked. Refused where the machine allows no move.
   */
  async addMessage(
    manager: EntityManager,
    status: CaseStatus,
    input: NewMessage & { waitForCustomer?: boolean },
  ): Promise<{ messageId: string; status: CaseStatus; attachments: AttachmentRef[] }> {
    const body = requireText(input.body, input.field ?? 'body', CASE_MESSAGE_MAX);
    const event = !input.staff
      ? 'customerMessage'
      : input.waitForCustomer
        ? 'staffReplyAwaitingCustomer'
        : 'staffReply';
    const next = caseStatusAfter(status, event);
    if (next === null)
      throw new AppError(
        422,
        'case_transition_not_allowed',
        `A ${status.replace(/_/g, ' ')} case takes no new message`,
      );
    // Checked before anything is written, so a bad file refuses the message whole.
    this.attachments.check(input.files ?? [], { field: 'files' });
    const [{ id: messageId, created_at: createdAt }]: { id: string; created_at: Date }[] = await manager.query(
      `INSERT INTO case_messages (case_id, author_user_id, staff, body, created_at)
       VALUES ($1, $2, $3, $4, COALESCE($5, now())) RETURNING id, created_at`,
      [input.caseId, input.userId, input.staff, body, input.at ?? null],
    );
    const attachments = await this.attachments.store(
      manager,
      { companyId: input.companyId, userId: input.userId },
      input.files ?? [],
      { field: 'files' },
    );
    if (attachments.length > 0)
      await manager.query(
        `INSERT INTO message_attachments (message_id, attachment_id, position)
         SELECT $1, t.id, t.ord FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)`,
        [messageId, attachments.map((a) => a.id)],
      );
    await manager.query(
      `UPDATE cases SET status = $2, last_message_at = $3, message_count = message_count + 1, awaiting_staff = NOT $4,
         first_answered_at = CASE WHEN $4 THEN COALESCE(first_answered_at, $3) ELSE first_answered_at END,
         resolved_at = CASE WHEN $2 = 'resolved' THEN resolved_at END,
         updated_at = now()
       WHERE id = $1`,
      [input.caseId, next, createdAt, input.staff],
    );
    await this.audit.record(manager, {
      actorUserId: input.userId,
      companyId: input.companyId,
      action: input.staff ? 'case.replied' : 'case.customer_message',
      entityType: 'case',
      entityId: input.caseId,
      before: { status },
      after: { status: next, messageId, attachments: attachments.length },
    });
    return { messageId, status: next, attachments };
  }

  /** Sets a technical-support case's classification under the service terms (the case is locked). */
  async classify(
    manager: EntityManager,
    locked: { id: string; company_id: string; category: CaseCategory; classification: ServiceClassification | null },
    userId: string,
    classification: ServiceClassification,
  ): Promise<void> {
    if (locked.category !== 'technical_support')
      throw new AppError(422, 'case_not_billable', 'Only technical-support cases fall under the service terms');
    await manager.query(`UPDATE cases SET classification = $2, updated_at = now() WHERE id = $1`, [
      locked.id,
      classification,
    ]);
    await this.audit.record(manager, {
      actorUserId: userId,
      companyId: locked.company_id,
      action: 'case.classified',
      entityType: 'case',
      entityId: locked.id,
      before: { classification: locked.classification },
      after: { classification },
    });
  }

  /** Logs a consultant's support time on a case (the case is locked). */
  async logTime(
    manager: EntityManager,
    locked: { id: string; company_id: string },
    userId: string,
    entry: { minutes: number; note?: string | null },
  ): Promise<void> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO time_entries (case_id, minutes, note, logged_by_user_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [locked.id, entry.minutes, entry.note || null, userId],
    );
    await this.audit.record(manager, {
      actorUserId: userId,
      companyId: locked.company_id,
      action: 'case.time_logged',
      entityType: 'case',
      entityId: locked.id,
      after: { timeEntryId: id, minutes: entry.minutes },
    });
  }
}
