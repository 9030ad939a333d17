import { Injectable } from '@nestjs/common';
import { AppError, type Scope, scopeSql } from '@lumen/api/core';
import type { ApprovalStatus, ApprovalStep, OrderApproval } from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { approverSql, liveUserOf } from './approvers.sql';

interface Row {
  id: string;
  order_id: string;
  order_number: number;
  status: ApprovalStatus;
  requested_at: Date;
  hold_until: Date;
  orderer: string;
  net_ore: number;
  gross_ore: number;
  decided_by: string | null;
  decided_at: Date | null;
  rejection_reason: string | null;
  can_decide: boolean;
  steps: (Omit<ApprovalStep, 'approvedAt'> & { approvedAt: string | null })[];
}

const STEP_APPROVER = (u: string) =>
  approverSql(u, { role: 's.approver_role_id', users: 's.approver_user_ids', managers: 's.approver_managers' });

/** Whether user `$caller` may decide approval `a` of order `o` now: pending, in time, not theirs, an approver of a step still open. */
const canDecideSql = (caller: string) => `(a.status = 'pending' AND a.hold_until > now()
  AND o.placed_by_user_id <> ${caller}
  AND EXISTS (SELECT 1 FROM order_approval_steps s JOIN users cu ON cu.id = ${caller}
              WHERE s.approval_id = a.id AND s.approved_at IS NULL
                AND ${liveUserOf('cu', 'a.company_id')} AND ${STEP_APPROVER('cu')}))`;

/**
 * Approvals as the portal reads them: the order's figures, each step with who may approve it and
 * who did when, and whether the caller may decide it. One statement for a list or one approval.
 */
@Injectable()
export class ApprovalReadQuery {
  /** `where` is SQL on `a`/`o` with its values appended to `params`, after `$1`, the caller (or null for staff). */
  async read(
    manager: EntityManager,
    callerId: string | null,
    where: (params: unknown[]) => string,
    order = 'a.hold_until, a.id',
  ): Promise<OrderApproval[]> {
    const params: unknown[] = [callerId];
    const condition = where(params);
    const rows: Row[] = await manager.query(
      `SELECT a.id, a.order_id, o.number AS order_number, a.status, a.created_at AS requested_at, a.hold_until,
              ou.name AS orderer, o.net_ore, o.gross_ore, du.name AS decided_by, a.decided_at, a.rejection_reason,
              ($1::uuid IS NOT NULL AND ${canDecideSql('$1::uuid')}) AS can_decide,
              (SELECT json_agg(json_build_object(
                 'id', s.id, 'kind', s.kind, 'label', s.label, 'budgetPeriod', b.period,
                 'approverNames', ARRAY(SELECT u.name FROM users u
                                        WHERE ${liveUserOf('u', 'a.company_id')} AND u.id <> o.placed_by_user_id
                                          AND ${STEP_APPROVER('u')} ORDER BY u.name),
                 'approvedBy', su.name, 'approvedAt', s.approved_at) ORDER BY s.position)
               FROM order_approval_steps s LEFT JOIN budgets b ON b.id = s.budget_id
               LEFT JOIN users su ON su.id = s.approved_by_user_id
               WHERE s.approval_id = a.id) AS steps
       FROM order_approvals a JOIN orders o ON o.id = a.order_id
       JOIN users ou ON ou.id = o.placed_by_user_id LEFT JOIN users du ON du.id = a.decided_by_user_id
       WHERE ${condition}
       ORDER BY ${order}`,
      params,
    );
    return rows.map(toView);
  }

  /**
   * The approval of one order, through the caller's scope (staff see every company's); null when
   * the order needed none. Another company's order is not found, as a missing one.
   */
  async ofOrder(manager: EntityManager, scope: Scope, orderId: string): Promise<OrderApproval | null> {
    const params: unknown[] = [orderId];
    const [order] = await manager.query(
      `SELECT 1 FROM orders o WHERE o.id = $1 AND ${scopeSql(scope, 'o.company_id', params)}`,
      params,
    );
    if (!order) throw AppError.notFound('Order');
    const [approval] = await this.read(
      manager,
      scope.kind === 'company' ? scope.userId : null,
      (more) => `a.order_id = $${more.push(orderId)}`,
    );
    return approval ?? null;
  }
}

function toView(row: Row): OrderApproval {
  const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
  return {
    id: row.id,
    orderId: row.order_id,
    orderNumber: row.order_number,
    status: row.status,
    requestedAt: new Date(row.requested_at).toISOString(),
    holdUntil: new Date(row.hold_until).toISOString(),
    orderer: row.orderer,
    netOre: row.net_ore,
    grossOre: row.gross_ore,
    steps: (row.steps ?? []).map((step) => ({ ...step, approvedAt: iso(step.approvedAt) })),
    decidedBy: row.decided_by,
    decidedAt: iso(row.decided_at),
    rejectionReason: row.rejection_reason,
    canDecide: row.can_decide,
  };
}
