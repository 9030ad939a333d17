import { Injectable } from '@nestjs/common';
import { AuditService } from '@lumen/api/audit';
import type { CompanyScope } from '@lumen/api/core';
import type { ApprovalHold, BudgetPeriod, CheckoutBudget } from '@lumen/shared/contracts';
import { applicableRules, approvalHoldUntil, budgetVerdict, remainingOre } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';
import { approverSql, liveUserOf } from './approvers.sql';
import { BudgetSpendingQuery } from './budget-spending.query';
import { PurchasingMail } from './purchasing-mail';
import { PurchasingSettings } from './purchasing-settings';

/** What checkout knows of the order it is about to place. */
export interface OrderToControl {
  netOre: number;
  deliveryAddressId: string;
  placedAt: Date;
}

/** A rule or budget that holds the order, as its approval step will copy it. */
interface HoldDraft {
  kind: 'rule' | 'budget';
  rule_id: string | null;
  budget_id: string | null;
  label: string;
  budget_period: BudgetPeriod | null;
  approver_role_id: string | null;
  approver_user_ids: string[];
  approver_managers: boolean;
}

export interface ControlsVerdict {
  budgets: CheckoutBudget[];
  holds: HoldDraft[];
  /** Budgets that refuse the order outright. */
  refusedBy: CheckoutBudget[];
}

interface RuleRow {
  id: string;
  name: string;
  applies_to_role_ids: string[];
  above_net_ore: number | null;
  approver_role_id: string | null;
  approver_user_ids: string[];
}

/**
 * The purchasing controls as checkout meets them (PRODUCT.md §17): which rules and budgets an
 * order meets, and — when it is placed — its approval with one step per rule or budget, the
 * approvers e-mailed in the same transaction. With `lock`, the company's budgets are row-locked
 * before their spending is read, so two checkouts racing for a budget's last krone run one after
 * the other and the second sees the first's order (READ COMMITTED: a fresh snapshot per statement).
 */
@Injectable()
export class PurchasingControls {
  constructor(
    private readonly spending: BudgetSpendingQuery,
    private readonly settings: PurchasingSettings,
    private readonly mail: PurchasingMail,
    private readonly audit: AuditService,
  ) {}

  async check(
    manager: EntityManager,
    scope: CompanyScope,
    order: OrderToControl,
    { lock }: { lock: boolean },
  ): Promise<ControlsVerdict> {
    // One statement for what every checkout needs — the budgets (locked, with `lock`), the
    // rules and the orderer's roles — and a second only when the company has budgets here.
    const [{ budget_ids, rules, role_ids }]: { budget_ids: string[]; rules: RuleRow[]; role_ids: string[] }[] =
      await manager.query(
        `SELECT ARRAY(SELECT id FROM budgets WHERE company_id = $1 AND active
                        AND (delivery_address_id IS NULL OR delivery_address_id = $3)
                      ORDER BY id${lock ? ' FOR UPDATE' : ''}) AS budget_ids,
                (SELECT coalesce(json_agg(json_build_object(
                   'id', r.id, 'name', r.name, 'applies_to_role_ids', r.applies_to_role_ids,
                   'above_net_ore', r.above_net_ore, 'approver_role_id', r.approver_role_id,
                   'approver_user_ids', r.approver_user_ids) ORDER BY r.created_at, r.id), '[]')
                 FROM approval_rules r WHERE r.company_id = $1) AS rules,
                ARRAY(SELECT role_id FROM user_roles WHERE user_id = $2) AS role_ids`,
        [scope.companyId, scope.userId, order.deliveryAddressId],
      );
    const spending =
      budget_ids.length === 0
        ? []
        : await this.spending.spending(manager, scope.companyId, order.placedAt, { budgetIds: budget_ids });
    const budgets: CheckoutBudget[] = spending.map((budget) => ({
      budgetId: budget.id,
      period: budget.period,
      deliveryAddressLabel: budget.deliveryAddressLabel,
      amountOre: budget.amountOre,
      spentOre: budget.spentOre,
      remainingOre: remainingOre(budget),
      verdict: budgetVerdict(budget, order.netOre, budget.overBudget),
    }));
    const met = applicableRules(
      rules.map((rule) => ({ ...rule, appliesToRoleIds: rule.applies_to_role_ids, aboveNetOre: rule.above_net_ore })),
      { ordererRoleIds: role_ids, netOre: order.netOre },
    );
    const holds: HoldDraft[] = [
      ...met.map((rule) => ({
        kind: 'rule' as const,
        rule_id: rule.id,
        budget_id: null,
        label: rule.name,
        budget_period: null,
        approver_role_id: rule.approver_role_id,
        approver_user_ids: rule.approver_user_ids,
        approver_managers: false,
      })),
      ...budgets
        .filter((budget) => budget.verdict === 'needs_approval')
        .map((budget) => ({
          kind: 'budget' as const,
          rule_id: null,
          budget_id: budget.budgetId,
          label: budget.deliveryAddressLabel ?? '',
          budget_period: budget.period,
          approver_role_id: null,
          approver_user_ids: [],
          approver_managers: true,
        })),
    ];
    return { budgets, holds, refusedBy: budgets.filter((budget) => budget.verdict === 'refused') };
  }

  /** The holds as the portal shows them before placing: who would approve each (the orderer never). */
  async describe(manager: EntityManager, scope: CompanyScope, holds: readonly HoldDraft[]): Promise<ApprovalHold[]> {
    if (holds.length === 0) return [];
    const rows: { names: string[] }[] = await manager.query(
      `SELECT ARRAY(SELECT u.name FROM users u
                    WHERE ${liveUserOf('u', '$1')} AND u.id <> $2
                      AND ${approverSql('u', { role: 'h.approver_role_id', users: 'h.approver_user_ids', managers: 'h.approver_managers' })}
                    ORDER BY u.name) AS names
       FROM jsonb_populate_recordset(NULL::order_approval_steps, $3::jsonb) WITH ORDINALITY AS h
       ORDER BY ordinality`,
      [scope.companyId, scope.userId, JSON.stringify(holds)],
    );
    return holds.map((hold, index) => ({
      kind: hold.kind,
      label: hold.label,
      budgetPeriod: hold.budget_period,
      approverNames: rows[index].names,
    }));
  }

  /** Writes the order's approval and its steps, audits the request and e-mails every approver. */
  async hold(
    manager: EntityManager,
    scope: CompanyScope,
    order: { id: string; placedAt: Date },
    holds: readonly HoldDraft[],
  ): Promise<void> {
    const holdUntil = approvalHoldUntil(order.placedAt, await this.settings.holdDays(manager));
    // jsonb_populate_recordset takes the columns it knows: the budget period (for the audit) stays out.
    const steps = holds.map((hold, index) => ({ ...hold, position: index + 1 }));
    const [{ approval_id }]: { approval_id: string }[] = await manager.query(
      `WITH a AS (
         INSERT INTO order_approvals (company_id, order_id, hold_until) VALUES ($1, $2, $3) RETURNING id
       ), steps AS (
         INSERT INTO order_approval_steps (approval_id, position, kind, rule_id, budget_id, label,
                                           approver_role_id, approver_user_ids, approver_managers)
         SELECT a.id, s.position, s.kind, s.rule_id, s.budget_id, s.label, s.approver_role_id,
                s.approver_user_ids, s.approver_managers
         FROM a, jsonb_populate_recordset(NULL::order_approval_steps, $4::jsonb) AS s
       )
       SELECT id AS approval_id FROM a`,
      [scope.companyId, order.id, holdUntil, JSON.stringify(steps)],
    );
    await this.audit.record(manager, {
      actorUserId: scope.userId,
      companyId: scope.companyId,
      action: 'approval.requested',
      entityType: 'order_approval',
      entityId: approval_id,
      after: { orderId: order.id, holdUntil: holdUntil.toISOString(), steps: holds.map((h) => h.label || h.kind) },
    });
    await this.mail.requested(manager, approval_id);
  }
}
