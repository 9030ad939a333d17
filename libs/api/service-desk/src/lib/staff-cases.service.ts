import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Scope } from '@lumen/api/core';
import { AuditService } from '@lumen/api/audit';
import type { CaseDetail, ServiceClassification } from '@lumen/shared/contracts';
import { type CaseEvent, caseNumber, caseStatusAfter, type CaseStatus } from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AttachmentService, type UploadedAttachment } from './attachments/attachment.service';
import { CaseReadQuery } from './case-read.query';
import { CaseWriter } from './case-writer';
import { type LockedCase, lockCase } from './cases.service';
import { ServiceDeskMail } from './service-desk-mail';

/** The staff member acting: the shop's scope. */
export interface StaffActor {
  userId: string;
}

const shop = (actor: StaffActor): Scope => ({ kind: 'shop', userId: actor.userId });

const refused = (status: CaseStatus, what: string) =>
  new AppError(422, 'case_transition_not_allowed', `A ${status.replace(/_/g, ' ')} case cannot be ${what}`);

/**
 * The desk's moves on a case: claim, reply, resolve, close, classify and log time. Each runs in
 * one transaction that locks the case first, checks the move against the state machine and
 * who has claimed it, audits it, and writes the customer's e-mail to the outbox.
 */
@Injectable()
export class StaffCasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attachments: AttachmentService,
    private readonly writer: CaseWriter,
    private readonly read: CaseReadQuery,
    private readonly mail: ServiceDeskMail,
    private readonly audit: AuditService,
  ) {}

  /** Takes the case; one claimed by another staff member is refused (`case_claimed_by_other`). */
  async claim(actor: StaffActor, caseId: string): Promise<CaseDetail> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockForStaff(manager, actor, caseId);
      if (locked.status === 'closed') throw refused(locked.status, 'claimed');
      if (locked.assignee_user_id === actor.userId) return;
      await manager.query(`UPDATE cases SET assignee_user_id = $2, updated_at = now() WHERE id = $1`, [
        caseId,
        actor.userId,
      ]);
      await this.record(manager, actor, locked, 'case.claimed', { assigneeUserId: actor.userId });
    });
    return this.read.detail(this.dataSource.manager, shop(actor), caseId);
  }

  /** Answers the customer (claiming the case if nobody has), optionally waiting for their answer. */
  async reply(
    actor: StaffActor,
    caseId: string,
    request: { body: string; waitForCustomer?: boolean },
    files: UploadedAttachment[],
  ): Promise<CaseDetail> {
    await this.attachments.transaction(async (manager) => {
      const locked = await this.lockForStaff(manager, actor, caseId);
      const result = await this.writer.addMessage(manager, locked.status, {
        caseId,
        companyId: locked.company_id,
        userId: actor.userId,
        staff: true,
        body: request.body,
        waitForCustomer: request.waitForCustomer,
        files,
      });
      if (locked.assignee_user_id === null)
        await manager.query(`UPDATE cases SET assignee_user_id = $2 WHERE id = $1`, [caseId, actor.userId]);
      await this.mail.replied(
        manager,
        mailFacts(locked),
        request.body.trim(),
        result.status === 'waiting_for_customer',
      );
    });
    return this.read.detail(this.dataSource.manager, shop(actor), caseId);
  }

  async resolve(actor: StaffActor, caseId: string): Promise<CaseDetail> {
    await this.move(actor, caseId, 'resolve', 'resolved', async (manager, locked) => {
      await manager.query(`UPDATE cases SET resolved_at = now() WHERE id = $1`, [caseId]);
      await this.mail.resolved(manager, mailFacts(locked));
    });
    return this.read.detail(this.dataSource.manager, shop(actor), caseId);
  }

  async close(actor: StaffActor, caseId: string): Promise<CaseDetail> {
    await this.move(actor, caseId, 'close', 'closed', (manager) =>
      manager.query(`UPDATE cases SET closed_at = now() WHERE id = $1`, [caseId]),
    );
    return this.read.detail(this.dataSource.manager, shop(actor), caseId);
  }

  /** Technical support only: covered by the agreement, a third party's fault, or user error. */
  async classify(actor: StaffActor, caseId: string, classification: ServiceClassification): Promise<CaseDetail> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockForStaff(manager, actor, caseId);
      if (locked.status === 'closed') throw refused(locked.status, 'classified');
      await this.writer.classify(manager, locked, actor.userId, classification);
    });
    return this.read.detail(this.dataSource.manager, shop(actor), caseId);
  }

  async logTime(actor: StaffActor, caseId: string, entry: { minutes: number; note?: string }): Promise<CaseDetail> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockForStaff(manager, actor, caseId);
      if (locked.status === 'closed') throw refused(locked.status, 'given more time');
      await this.writer.logTime(manager, locked, actor.userId, entry);
    });
    return this.read.detail(this.dataSource.manager, shop(actor), caseId);
  }

  /** A status move the state machine allows from the case's status, with its own extra writes. */
  private async move(
    actor: StaffActor,
    caseId: string,
    event: CaseEvent,
    what: string,
    also: (manager: EntityManager, locked: LockedCase) => Promise<unknown>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockForStaff(manager, actor, caseId);
      const next = caseStatusAfter(locked.status, event);
      if (next === null) throw refused(locked.status, what);
      await manager.query(`UPDATE cases SET status = $2, updated_at = now() WHERE id = $1`, [caseId, next]);
      await also(manager, locked);
      await this.record(manager, actor, locked, `case.${what}`, { status: next }, { status: locked.status });
    });
  }

  /**
   * Locks the case; a case another staff member has claimed is theirs to work
   * (`case_claimed_by_other`, 409) — an unclaimed one anyone may.
   */
  private async lockForStaff(manager: EntityManager, actor: StaffActor, caseId: string): Promise<LockedCase> {
    const locked = await lockCase(manager, shop(actor), caseId);
    if (locked.assignee_user_id !== null && locked.assignee_user_id !== actor.userId)
      throw AppError.conflict('case_claimed_by_other', 'Another staff member has claimed this case');
    return locked;
  }

  private record(
    manager: EntityManager,
    actor: StaffActor,
    locked: LockedCase,
    action: string,
    after: Record<string, unknown>,
    before?: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorUserId: actor.userId,
      companyId: locked.company_id,
      action,
      entityType: 'case',
      entityId: locked.id,
      before,
      after,
    });
  }
}

function mailFacts(locked: LockedCase) {
  return { caseId: locked.id, number: caseNumber(locked.number), subject: locked.subject };
}
