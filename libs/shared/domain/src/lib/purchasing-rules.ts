import { DAY_MS, type IsoDate, osloDateTime, osloInstant } from './business-days';

/**
 * Purchasing controls (PRODUCT.md §17): which approval rules an order meets, the calendar period
 * a budget counts in (Norwegian months, quarters and years), and what an order does to a budget.
 * The API evaluates these at checkout; the portal shows the same figures before placing.
 */

export const BUDGET_PERIODS = ['month', 'quarter', 'year'] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

/** What an order over a budget does: waits for an approver, or is not placed at all. */
export const OVER_BUDGET_ACTIONS = ['needs_approval', 'refuse'] as const;
export type OverBudgetAction = (typeof OVER_BUDGET_ACTIONS)[number];

/** An approval request's life: waiting, then approved (placed), rejected or expired (cancelled). */
export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'expired';

/** The largest amount a rule or budget takes: NOK 10 billion, far above any order, far below 2^53 øre. */
export const PURCHASING_AMOUNT_MAX_ORE = 1_000_000_000_000;
export const APPROVAL_RULE_NAME_MAX_LENGTH = 100;
export const APPROVAL_REASON_MAX_LENGTH = 1000;
/** Named approvers on one rule: enough for a department, few enough to list in an e-mail. */
export const APPROVAL_RULE_MAX_APPROVERS = 50;

/** The part of a rule that decides whether it applies to an order. */
export interface ApprovalRuleCondition {
  /** The orderer's roles the rule is for; empty: every orderer. */
  appliesToRoleIds: readonly string[];
  /** The order total excl. VAT (øre) the order must be above; null: every order. */
  aboveNetOre: number | null;
}

/** What checkout knows of an order when it asks which rules apply. */
export interface OrderForApproval {
  ordererRoleIds: readonly string[];
  /** The order total excl. VAT, shipping included, in øre. */
  netOre: number;
}

/** A rule applies when the orderer holds one of its roles (or it is for everyone) and the order is above its amount. */
export function ruleApplies(rule: ApprovalRuleCondition, order: OrderForApproval): boolean {
  const forOrderer =
    rule.appliesToRoleIds.length === 0 || rule.appliesToRoleIds.some((role) => order.ordererRoleIds.includes(role));
  return forOrderer && (rule.aboveNetOre === null || order.netOre > rule.aboveNetOre);
}

/** The rules an order meets; each needs one approval of its own. */
export function applicableRules<R extends ApprovalRuleCondition>(rules: readonly R[], order: OrderForApproval): R[] {
  return rules.filter((rule) => ruleApplies(rule, order));
}

/** A budget period: from its first instant (inclusive) to the next period's first (exclusive). */
export interface BudgetWindow {
  from: Date;
  until: Date;
  /** The period's first and last calendar day in Oslo, for showing. */
  firstDay: IsoDate;
  lastDay: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, '0');
const firstOfMonth = (year: number, month: number): IsoDate =>
  month > 12 ? `${year + 1}-01-01` : `${year}-${pad(month)}-01`;

/**
 * The period of a budget that an instant falls in, in Norwegian wall-clock time: an order placed
 * at 00:30 on 1 April in Oslo (22:30 UTC on 31 March) counts in April and in the second quarter.
 * Periods start at Oslo midnight, which exists on every day (DST moves 02:00 and 03:00).
 */
export function budgetWindow(period: BudgetPeriod, instant: Date): BudgetWindow {
  const [year, month] = osloDateTime(instant).date.split('-').map(Number);
  const startMonth = period === 'month' ? month : period === 'quarter' ? month - ((month - 1) % 3) : 1;
  const months = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  const first = firstOfMonth(year, startMonth);
  const next = firstOfMonth(year, startMonth + months);
  const until = osloInstant(next, 0);
  return {
    from: osloInstant(first, 0),
    until,
    firstDay: first,
    lastDay: osloDateTime(new Date(until.getTime() - 1)).date,
  };
}

export type BudgetVerdict = 'fits' | 'needs_approval' | 'refused';

/** A budget as an order meets it: the limit, what the period has spent already, and the order. */
export interface BudgetStanding {
  amountOre: number;
  /** Orders placed or awaiting approval in the period, less what was cancelled; this order not included. */
  spentOre: number;
}

/** What is left of a budget; negative when the period is already over it. */
export function remainingOre(budget: BudgetStanding): number {
  return budget.amountOre - budget.spentOre;
}

/** An order fits when the period's spending with it stays within the amount; otherwise the budget's action decides. */
export function budgetVerdict(
  budget: BudgetStanding,
  orderNetOre: number,
  overBudget: OverBudgetAction,
): BudgetVerdict {
  if (budget.spentOre + orderNetOre <= budget.amountOre) return 'fits';
  return overBudget === 'refuse' ? 'refused' : 'needs_approval';
}

/** When an order's hold on its prices ends: the hold days after it was placed. */
export function approvalHoldUntil(placedAt: Date, holdDays: number): Date {
  if (!Number.isSafeInteger(holdDays) || holdDays < 1)
    throw new RangeError(`hold days must be at least 1, got ${holdDays}`);
  return new Date(placedAt.getTime() + holdDays * DAY_MS);
}
