import { Injectable } from '@nestjs/common';
import { BUDGET_PERIODS, type BudgetPeriod, type OverBudgetAction } from '@lumen/shared/contracts';
import { budgetWindow } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

/** A budget with what its period (the one `at` falls in) has spent, excl. VAT. */
export interface BudgetSpending {
  id: string;
  period: BudgetPeriod;
  deliveryAddressId: string | null;
  deliveryAddressLabel: string | null;
  amountOre: number;
  overBudget: OverBudgetAction;
  active: boolean;
  periodFirstDay: string;
  periodLastDay: string;
  spentOre: number;
}

interface Row {
  id: string;
  period: BudgetPeriod;
  delivery_address_id: string | null;
  delivery_address_label: string | null;
  amount_ore: number;
  over_budget: OverBudgetAction;
  active: boolean;
  spent_ore: number;
}

/**
 * What a company's budgets have spent (PRODUCT.md §17): every order of the company — of the site,
 * for a site's budget — placed or awaiting approval in the budget's period, at its total excl. VAT
 * less the cancelled lines' value; a cancelled order (rejected and expired ones too) counts for
 * nothing. One statement for all the company's budgets; the periods are Oslo's (`budgetWindow`).
 */
@Injectable()
export class BudgetSpendingQuery {
  async spending(
    manager: EntityManager,
    companyId: string,
    at: Date,
    only: { budgetIds?: readonly string[] } = {},
  ): Promise<BudgetSpending[]> {
    const windows = BUDGET_PERIODS.map((period) => ({ period, ...budgetWindow(period, at) }));
    const params: unknown[] = [
      companyId,
      windows.map((w) => w.period),
      windows.map((w) => w.from.toISOString()),
      windows.map((w) => w.until.toISOString()),
    ];
    const where = only.budgetIds ? ` AND b.id = ANY ($${params.push(only.budgetIds)}::uuid[])` : '';
    const rows: Row[] = await manager.query(
      `SELECT b.id, b.period, b.delivery_address_id, coalesce(a.label, a.line1) AS delivery_address_label,
              b.amount_ore, b.over_budget, b.active,
              (SELECT coalesce(sum(o.net_ore - (SELECT coalesce(sum(l.cancelled_quantity * l.unit_price_ore), 0)
                                                FROM order_lines l WHERE l.order_id = o.id)), 0)::bigint
               FROM orders o
               WHERE o.company_id = b.company_id AND o.status <> 'cancelled'
                 AND o.placed_at >= w.starts AND o.placed_at < w.ends
                 AND (b.delivery_address_id IS NULL OR o.delivery_address_id = b.delivery_address_id)) AS spent_ore
       FROM budgets b
       JOIN unnest($2::text[], $3::timestamptz[], $4::timestamptz[]) AS w(period, starts, ends) ON w.period = b.period
       LEFT JOIN addresses a ON a.id = b.delivery_address_id
       WHERE b.company_id = $1${where}
       ORDER BY b.created_at, b.id`,
      params,
    );
    const byPeriod = new Map(windows.map((w) => [w.period, w]));
    return rows.map((row) => {
      const window = byPeriod.get(row.period);
      return {
        id: row.id,
        period: row.period,
        deliveryAddressId: row.delivery_address_id,
        deliveryAddressLabel: row.delivery_address_label,
        amountOre: row.amount_ore,
        overBudget: row.over_budget,
        active: row.active,
        periodFirstDay: window?.firstDay ?? '',
        periodLastDay: window?.lastDay ?? '',
        spentOre: row.spent_ore,
      };
    });
  }
}
