import type { QuoteLineView, QuoteSummary, StaffQueueQuote, StaffQuoteSummary } from '@lumen/shared/contracts';
import type { LoyaltyTier } from '@lumen/shared/contracts';
import {
  isQuoteOverdue,
  lineTotal,
  type OfferedLine,
  offeredTotal,
  type QuoteStatus,
  quoteTimeLeftMs,
} from '@lumen/shared/domain';

/** The columns every quote view reads: one row per quote, joined to the people and the company. */
export const QUOTE_SUMMARY_COLUMNS = `q.id, q.number, q.status, q.company_id, q.project_list_id, q.project_list_name,
    q.requested_at, q.due_at, q.current_revision, q.valid_until, q.accepted_revision, q.message,
    q.claimed_by_user_id, q.requested_by_user_id,
    ru.name AS requested_by_name, cu.name AS claimed_by_name,
    c.name AS company_name, c.tier AS company_tier, q.line_count, q.current_total_ore AS total_ore`;
export const QUOTE_SUMMARY_FROM = `FROM quotes q
  JOIN users ru ON ru.id = q.requested_by_user_id
  JOIN companies c ON c.id = q.company_id
  LEFT JOIN users cu ON cu.id = q.claimed_by_user_id`;
export const QUOTE_SUMMARY_SQL = `
  SELECT ${QUOTE_SUMMARY_COLUMNS}
  ${QUOTE_SUMMARY_FROM}`;

export interface QuoteSummaryRow {
  id: string;
  number: string;
  status: QuoteStatus;
  company_id: string;
  project_list_id: string | null;
  project_list_name: string;
  requested_at: Date;
  due_at: Date;
  current_revision: number;
  valid_until: Date | null;
  accepted_revision: number | null;
  message: string | null;
  claimed_by_user_id: string | null;
  requested_by_user_id: string;
  requested_by_name: string;
  claimed_by_name: string | null;
  company_name: string;
  company_tier: LoyaltyTier;
  line_count: number;
  total_ore: number | null;
}

/** `Q-000123`: short enough to say on the phone. */
export function quoteNumber(number: string | number): string {
  return `Q-${String(number).padStart(6, '0')}`;
}

export function toQuoteSummary(row: QuoteSummaryRow, now: Date): QuoteSummary {
  return {
    id: row.id,
    number: quoteNumber(row.number),
    status: row.status,
    projectListId: row.project_list_id,
    projectListName: row.project_list_name,
    requestedBy: { id: row.requested_by_user_id, name: row.requested_by_name },
    requestedAt: row.requested_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    timeLeftMs: quoteTimeLeftMs(row.due_at, now),
    overdue: isQuoteOverdue(row.status, row.due_at, now),
    claimedBy:
      row.claimed_by_user_id && row.claimed_by_name ? { id: row.claimed_by_user_id, name: row.claimed_by_name } : null,
    currentRevision: row.current_revision,
    validUntil: row.valid_until?.toISOString() ?? null,
    totalOre: row.total_ore,
    lineCount: row.line_count,
    acceptedRevision: row.accepted_revision,
  };
}

export function toStaffQuoteSummary(row: QuoteSummaryRow, now: Date): StaffQuoteSummary {
  return {
    ...toQuoteSummary(row, now),
    company: { id: row.company_id, name: row.company_name, tier: row.company_tier },
  };
}

/**
 * What the queue reads beside the summary, per quote in the same statement: the draft's lines
 * (priced in TypeScript by `offeredTotal`, so the discount rule is not written again in SQL) and
 * the customer comments newer than the desk's last answer, a consultant comment or a revision.
 */
export const QUEUE_COLUMNS = `
    (SELECT coalesce(json_agg(json_build_object('quantity', d.quantity, 'listPriceOre', d.list_price_ore,
        'tierUnitPriceOre', d.tier_unit_price_ore, 'discountPercent', d.discount_percent,
        'unitPriceOre', d.unit_price_ore)), '[]'::json)
      FROM quote_draft_lines d WHERE d.quote_id = q.id) AS draft_lines,
    (SELECT count(*)::int FROM quote_comments cc
      WHERE cc.quote_id = q.id AND cc.author_side = 'customer'
        AND cc.created_at > GREATEST(
          (SELECT max(sc.created_at) FROM quote_comments sc WHERE sc.quote_id = q.id AND sc.author_side = 'consultant'),
          (SELECT max(r.published_at) FROM quote_revisions r WHERE r.quote_id = q.id),
          '-infinity'::timestamptz)) AS new_customer_comments`;

export interface QueueRow extends QuoteSummaryRow {
  draft_lines: OfferedLine[];
  new_customer_comments: number;
}

export function toStaffQueueQuote(row: QueueRow, now: Date): StaffQueueQuote {
  return {
    ...toStaffQuoteSummary(row, now),
    valueOre: offeredTotal(row.draft_lines),
    newCustomerComments: row.new_customer_comments,
  };
}

/** The columns shared by request, draft and revision lines. */
export const LINE_SQL = `product_id AS "productId", sku, name, quantity,
  list_price_ore::float8 AS "listPriceOre", tier_unit_price_ore::float8 AS "tierUnitPriceOre",
  discount_percent::float8 AS "discountPercent"`;

export interface StoredLine {
  productId: string;
  sku: string;
  name: string;
  quantity: number;
  listPriceOre: number;
  tierUnitPriceOre: number;
  discountPercent: number | null;
  /** Null on a draft line that takes the tier price or the discount. */
  unitPriceOre: number | null;
}

export function toLineView(line: StoredLine, unitPriceOre: number): QuoteLineView {
  return {
    productId: line.productId,
    sku: line.sku,
    name: line.name,
    quantity: line.quantity,
    listPriceOre: line.listPriceOre,
    tierUnitPriceOre: line.tierUnitPriceOre,
    unitPriceOre,
    discountPercent: line.discountPercent,
    lineTotalOre: lineTotal(unitPriceOre, line.quantity),
  };
}
