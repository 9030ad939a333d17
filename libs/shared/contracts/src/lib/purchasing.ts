import type { ApprovalStatus, BudgetPeriod, BudgetVerdict, OverBudgetAction } from '@lumen/shared/domain';

export {
  APPROVAL_REASON_MAX_LENGTH,
  APPROVAL_RULE_MAX_APPROVERS,
  APPROVAL_RULE_NAME_MAX_LENGTH,
  AWAITING_APPROVAL,
  BUDGET_PERIODS,
  ORDER_HISTORY_STATUSES,
  OVER_BUDGET_ACTIONS,
  PURCHASING_AMOUNT_MAX_ORE,
} from '@lumen/shared/domain';
export type { ApprovalStatus, BudgetPeriod, BudgetVerdict, OverBudgetAction } from '@lumen/shared/domain';

/** `GET /api/company/approval-rules`: which orders need approval, and by whom (PRODUCT.md §17). */
export interface ApprovalRule {
  id: string;
  name: string;
  /** The orderers' roles the rule is for; empty: everyone who orders. */
  appliesToRoleIds: string[];
  /** Orders above this total excl. VAT (øre) need approval; null: every order. */
  aboveNetOre: number | null;
  /** Holders of this role approve… */
  approverRoleId: string | null;
  /** …and so do these users. A rule has at least one of the two. */
  approverUserIds: string[];
  /** Who can approve, by name, as the portal lists them. */
  approverNames: string[];
  createdAt: string;
  updatedAt: string;
}

/** `POST /api/company/approval-rules`. */
export interface CreateApprovalRuleRequest {
  name: string;
  appliesToRoleIds: string[];
  aboveNetOre: number | null;
  approverRoleId: string | null;
  approverUserIds: string[];
}

/** `PATCH /api/company/approval-rules/:id`: any of the fields. */
export type UpdateApprovalRuleRequest = Partial<CreateApprovalRuleRequest>;

/** `GET /api/company/budgets`: a budget with what its current period has spent. */
export interface Budget {
  id: string;
  period: BudgetPeriod;
  /** A site's budget; null: the whole company's. */
  deliveryAddressId: string | null;
  /** The site's label or street, for showing; null for the company's budget. */
  deliveryAddressLabel: string | null;
  amountOre: number;
  overBudget: OverBudgetAction;
  active: boolean;
  /** The current period, Oslo calendar days. */
  periodFirstDay: string;
  periodLastDay: string;
  /** Orders placed or awaiting approval in the period, less what was cancelled (excl. VAT). */
  spentOre: number;
  remainingOre: number;
}

/** `POST /api/company/budgets`. */
export interface CreateBudgetRequest {
  period: BudgetPeriod;
  deliveryAddressId: string | null;
  amountOre: number;
  overBudget: OverBudgetAction;
}

/** `PATCH /api/company/budgets/:id`: the amount, the action, or switching it off. */
export interface UpdateBudgetRequest {
  amountOre?: number;
  overBudget?: OverBudgetAction;
  active?: boolean;
}

/** One rule or budget that holds an order; each needs one approval. */
export interface ApprovalHold {
  kind: 'rule' | 'budget';
  /** The rule's name; for a budget, its site's label (empty for the company's budget). */
  label: string;
  /** A budget's period, which the portal names in the reader's language; null for a rule. */
  budgetPeriod: BudgetPeriod | null;
  /** Who may approve it, by name (the orderer left out). */
  approverNames: string[];
}

export interface ApprovalStep extends ApprovalHold {
  id: string;
  approvedBy: string | null;
  approvedAt: string | null;
}

/** An order's approval: its steps, who approved when, and how it ended. */
export interface OrderApproval {
  id: string;
  orderId: string;
  orderNumber: number;
  status: ApprovalStatus;
  requestedAt: string;
  /** Until when the order's prices hold; after that it expires. */
  holdUntil: string;
  orderer: string;
  netOre: number;
  grossOre: number;
  steps: ApprovalStep[];
  decidedBy: string | null;
  decidedAt: string | null;
  rejectionReason: string | null;
  /** Whether the caller may approve or reject it now. */
  canDecide: boolean;
}

/** `GET /api/approvals`: the orders waiting for the caller's decision, and counts for the header. */
export interface ApprovalsPage {
  items: OrderApproval[];
  counts: {
    /** Waiting for the caller. */
    awaitingYou: number;
    /** Waiting in the whole company, for anyone. */
    pending: number;
  };
}

/** `GET /api/orders/:id/approval`: the order's approval, or null when it needed none. */
export interface OrderApprovalAnswer {
  approval: OrderApproval | null;
}

/** `POST /api/approvals/:id/reject`. */
export interface RejectApprovalRequest {
  reason: string;
}

/** One budget as a checkout meets it. */
export interface CheckoutBudget {
  budgetId: string;
  period: BudgetPeriod;
  deliveryAddressLabel: string | null;
  amountOre: number;
  spentOre: number;
  /** Left before this order. */
  remainingOre: number;
  verdict: BudgetVerdict;
}

/**
 * `GET /api/cart/purchasing-check?deliveryAddressId=&shippingMethod=&quoteId=`: what the
 * purchasing controls would do to this order, shown before it is placed.
 */
export interface PurchasingCheck {
  /** The order's total excl. VAT, which rules and budgets compare. */
  netOre: number;
  budgets: CheckoutBudget[];
  /** The rules and budgets that would hold the order, with who approves each. */
  approvals: ApprovalHold[];
  /** Placing it would be refused (a budget that refuses overruns). */
  refused: boolean;
}
