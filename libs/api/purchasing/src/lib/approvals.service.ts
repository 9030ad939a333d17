import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { type AppConfig, APP_CONFIG, AppError, type CompanyScope } from '@lumen/api/core';
import { OutboxService } from '@lumen/api/mail';
import { orderConfirmationMail, OrderReadQuery } from '@lumen/api/orders';
import type { ApprovalsPage, ApprovalStatus, OrderApproval } from '@lumen/shared/contracts';
import { deriveOrderStatus } from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ApprovalReadQuery } from './approval-read.query';
import { approverSql, liveUserOf } from './approvers.sql';
import { PurchasingMail } from './purchasing-mail';

interface ExpiringApproval {
  id: string;
  company_id: string;
  order_id: string;
}

interface LockedApproval {
  id: string;
  order_id: string;
  status: ApprovalStatus;
  expired: boolean;
  orderer_id: string;
  /** Open steps the caller may approve. */
  mine: string[];
  /** Whether the caller has approved a step of it already. */
  approved_by_caller: boolean;
}

/**
 * Deciding orders that wait for approval (PRODUCT.md §17). A decision locks the approval row
 * first, so approving and rejecting at once, or two approvals of one step, run one after the
 * other and the second meets the first's outcome. The last approval places the order as checkout
 * would have (status from the domain rule, the ordinary confirmation e-mail); a rejection or
 * expiry cancels every line, which releases the budget. Every decision is audited.
 */
@Injectable()
export class ApprovalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: ApprovalReadQuery,
    private readonly orders: OrderReadQuery,
    private readonly mail: PurchasingMail,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(scope: CompanyScope): Promise<ApprovalsPage> {
    const manager = this.dataSource.manager;
    const [items, [{ pending }]] = await Promise.all([
      this.reader.read(manager, scope.userId, (params) => {
        const company = `$${params.push(scope.companyId)}`;
        return `a.company_id = ${company} AND a.status = 'pending' AND a.hold_until > now()
          AND o.placed_by_user_id <> $1::uuid
          AND EXISTS (SELECT 1 FROM order_approval_steps s JOIN users cu ON cu.id = $1::uuid
                      WHERE s.approval_id = a.id AND s.approved_at IS NULL AND ${liveUserOf('cu', 'a.company_id')}
                        AND ${approverSql('cu', { role: 's.approver_role_id', users: 's.approver_user_ids', managers: 's.approver_managers' })})`;
      }),
      manager.query(
        `SELECT count(*)::int AS pending FROM order_approvals
         WHERE company_id = $1 AND status = 'pending' AND hold_until > now()`,
        [scope.companyId],
      ) as Promise<{ pending: number }[]>,
    ]);
    return { items, counts: { awaitingYou: items.length, pending } };
  }

  async one(scope: CompanyScope, id: string): Promise<OrderApproval> {
    return this.view(this.dataSource.manager, scope, id);
  }

  async approve(scope: CompanyScope, id: string): Promise<OrderApproval> {
    return this.decide(scope, id, async (manager, approval) => {
      await manager.query(
        `UPDATE order_approval_steps SET approved_by_user_id = $2, approved_at = now(), updated_at = now()
         WHERE id = ANY ($1::uuid[])`,
        [approval.mine, scope.userId],
      );
      await this.record(manager, scope, 'approval.step_approved', approval.id, { steps: approval.mine });
      const [{ open }]: { open: number }[] = await manager.query(
        `SELECT count(*)::int AS open FROM order_approval_steps WHERE approval_id = $1 AND approved_at IS NULL`,
        [approval.id],
      );
      if (open > 0) return;
      await manager.query(
        `UPDATE order_approvals SET status = 'approved', decided_by_user_id = $2, decided_at = now(), updated_at = now()
         WHERE id = $1`,
        [approval.id, scope.userId],
      );
      const lines: { quantity: number; cancelledQuantity: number }[] = await manager.query(
        `SELECT quantity, cancelled_quantity AS "cancelledQuantity" FROM order_lines WHERE order_id = $1`,
        [approval.order_id],
      );
      // Nothing of the desk has happened to it yet: the rule answers `placed`.
      const status = deriveOrderStatus({
        confirmedAt: null,
        preparationStartedAt: null,
        awaitingApproval: false,
        lines: lines.map((line) => ({ ...line, shippedQuantity: 0, deliveredQuantity: 0 })),
      });
      await manager.query(`UPDATE orders SET approval_pending = false, status = $2, updated_at = now() WHERE id = $1`, [
        approval.order_id,
        status,
      ]);
      await this.record(manager, scope, 'approval.approved', approval.id, { orderId: approval.order_id, status });
      const order = await this.orders.detail(manager, scope, approval.order_id);
      await this.outbox.enqueue(manager, await orderConfirmationMail(manager, order, this.config.publicUrl));
    });
  }

  async reject(scope: CompanyScope, id: string, reason: string): Promise<OrderApproval> {
    return this.decide(scope, id, async (manager, approval) => {
      await this.close(manager, [approval.id], 'rejected', { userId: scope.userId, reason });
      await this.record(manager, scope, 'approval.rejected', approval.id, { orderId: approval.order_id }, reason);
    });
  }

  /**
   * Expires every approval past its hold; answers how many. Acts for no caller: the sweep's.
   * `SKIP LOCKED` leaves an approval that is being decided right now to its decision.
   */
  async expireDue(manager: EntityManager): Promise<number> {
    const due: ExpiringApproval[] = await manager.query(
      `SELECT id, company_id, order_id FROM order_approvals
       WHERE status = 'pending' AND hold_until <= now() ORDER BY id FOR UPDATE SKIP LOCKED`,
    );
    await this.expire(manager, due);
    return due.length;
  }

  private async expire(manager: EntityManager, due: readonly ExpiringApproval[]): Promise<void> {
    await this.close(
      manager,
      due.map((row) => row.id),
      'expired',
      null,
    );
    for (const row of due)
      await this.audit.record(manager, {
        actorUserId: null,
        companyId: row.company_id,
        action: 'approval.expired',
        entityType: 'order_approval',
        entityId: row.id,
        after: { orderId: row.order_id },
      });
  }

  /**
   * A decision: locks the approval, refuses what may not be decided, runs `act`, answers the
   * approval as it now reads. An approval found past its hold is expired here and now (committed,
   * so the budget is released), then refused.
   */
  private async decide(
    scope: CompanyScope,
    id: string,
    act: (manager: EntityManager, approval: LockedApproval) => Promise<void>,
  ): Promise<OrderApproval> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const approval = await this.lock(manager, scope, id);
      if (approval.status === 'pending' && approval.expired) {
        await this.expire(manager, [{ id: approval.id, company_id: scope.companyId, order_id: approval.order_id }]);
        return 'expired' as const;
      }
      if (approval.status === 'expired')
        throw AppError.conflict(
          'approval_expired',
          'The time to approve this order has run out; its prices no longer hold',
        );
      if (approval.status !== 'pending')
        throw AppError.conflict('approval_already_decided', `This order has already been ${approval.status}`);
      if (approval.orderer_id === scope.userId)
        throw new AppError(403, 'approver_is_orderer', 'You cannot approve or reject your own order');
      if (approval.mine.length === 0) {
        if (approval.approved_by_caller)
          throw AppError.conflict(
            'approval_already_decided',
            'You have already approved this order; it waits for others',
          );
        throw new AppError(403, 'not_an_approver', 'You are not an approver of this order');
      }
      await act(manager, approval);
      return this.view(manager, scope, id);
    });
    if (outcome === 'expired')
      throw AppError.conflict(
        'approval_expired',
        'The time to approve this order has run out; its prices no longer hold',
      );
    return outcome;
  }

  private async lock(manager: EntityManager, scope: CompanyScope, id: string): Promise<LockedApproval> {
    const [approval]: LockedApproval[] = await manager.query(
      `SELECT a.id, a.order_id, a.status, a.hold_until <= now() AS expired, o.placed_by_user_id AS orderer_id,
              ARRAY(SELECT s.id FROM order_approval_steps s JOIN users cu ON cu.id = $3
                    WHERE s.approval_id = a.id AND s.approved_at IS NULL AND ${liveUserOf('cu', 'a.company_id')}
                      AND ${approverSql('cu', { role: 's.approver_role_id', users: 's.approver_user_ids', managers: 's.approver_managers' })}
                    ORDER BY s.position) AS mine,
              EXISTS (SELECT 1 FROM order_approval_steps s WHERE s.approval_id = a.id AND s.approved_by_user_id = $3) AS approved_by_caller
       FROM order_approvals a JOIN orders o ON o.id = a.order_id
       WHERE a.id = $1 AND a.company_id = $2
       FOR UPDATE OF a`,
      [id, scope.companyId, scope.userId],
    );
    if (!approval) throw AppError.notFound('Approval');
    return approval;
  }

  /** Rejects or expires approvals: every line cancelled, so the order is cancelled and spends no budget. */
  private async close(
    manager: EntityManager,
    ids: readonly string[],
    outcome: 'rejected' | 'expired',
    decision: { userId: string; reason: string } | null,
  ): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `WITH closed AS (
         UPDATE order_approvals SET status = $2, decided_by_user_id = $3, rejection_reason = $4,
           decided_at = now(), updated_at = now()
         WHERE id = ANY ($1::uuid[]) RETURNING order_id
       ), lines AS (
         UPDATE order_lines SET cancelled_quantity = quantity, updated_at = now()
         WHERE order_id IN (SELECT order_id FROM closed)
       )
       -- Every line cancelled: the status rule's cancelled.
       UPDATE orders SET approval_pending = false, status = 'cancelled', updated_at = now()
       WHERE id IN (SELECT order_id FROM closed)`,
      [ids, outcome, decision?.userId ?? null, decision?.reason ?? null],
    );
    await this.mail.closed(manager, ids, outcome);
  }

  private async view(manager: EntityManager, scope: CompanyScope, id: string): Promise<OrderApproval> {
    const [approval] = await this.reader.read(
      manager,
      scope.userId,
      (params) => `a.id = $${params.push(id)} AND a.company_id = $${params.push(scope.companyId)}`,
    );
    if (!approval) throw AppError.notFound('Approval');
    return approval;
  }

  private record(
    manager: EntityManager,
    scope: CompanyScope,
    action: string,
    id: string,
    after: Record<string, unknown>,
    reason: string | null = null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorUserId: scope.userId,
      companyId: scope.companyId,
      action,
      entityType: 'order_approval',
      entityId: id,
      after,
      reason,
    });
  }
}
