import { escapeLike } from '@lumen/api/core';
import { AWAITING_APPROVAL, ORDER_STATUSES, type OrderDeskSort, type OrderStatus } from '@lumen/shared/contracts';

/** Whether an order in a status has work left; a record, so the compiler insists on every status. */
const STATUS_IS_OPEN: Record<OrderStatus, boolean> = {
  // Open for the customer, but not the shop's work until approved (OPEN_ORDER_STATUSES reads the shop's statuses).
  awaiting_approval: true,
  placed: true,
  confirmed: true,
  in_preparation: true,
  partially_shipped: true,
  shipped: false,
  delivered: false,
  cancelled: false,
};
/** The statuses with work left: the desk's queue, the few orders it counts exactly. */
export const OPEN_ORDER_STATUSES = ORDER_STATUSES.filter((status) => STATUS_IS_OPEN[status]);

export const ORDER_DESK_SORTS = ['oldest', 'newest'] as const satisfies readonly OrderDeskSort[];

/** What narrows a list of orders; `q` is trimmed and non-empty, or null. */
export interface OrderFilter {
  status: OrderStatus | null;
  q: string | null;
  /** The desk also finds orders by the ordering company's name; a customer only has its own. */
  matchCompanyName: boolean;
  /**
   * The desk leaves out orders awaiting their purchasing approval (PRODUCT.md §17): they are not
   * the shop's yet. The customer's history shows them.
   */
  hideAwaitingApproval?: boolean;
}

/** The filter a list's query asks for; an empty search is no search. */
export function filterOf(
  query: { status?: OrderStatus; q?: string },
  { matchCompanyName }: { matchCompanyName: boolean },
): OrderFilter {
  return { status: query.status ?? null, q: query.q ? query.q : null, matchCompanyName };
}

/**
 * The desk's default order: a status with work left (open) is a queue, worked oldest first;
 * finished orders and the whole desk read newest first.
 */
export function defaultDeskSort(status: OrderStatus | null): OrderDeskSort {
  return status !== null && STATUS_IS_OPEN[status] ? 'oldest' : 'newest';
}

/**
 * The filter as SQL conditions on `orders o`, each prefixed with AND, its values appended to
 * `params`. A search is a union of index lookups rather than one OR: the order number exactly
 * (digits only), PO reference and SKU of any line as case-insensitive substrings (pg_trgm GIN
 * indexes), and on the desk the company's name. An OR over an EXISTS on the lines would make
 * PostgreSQL test every order of the scope against its lines instead.
 */
export function orderFilterSql(filter: OrderFilter, params: unknown[]): string {
  const add = (value: unknown) => `$${params.push(value)}`;
  let sql = '';
  if (filter.status !== null) sql += ` AND o.status = ${add(filter.status)}`;
  if (filter.hideAwaitingApproval) sql += ` AND o.status <> ${add(AWAITING_APPROVAL)}`;
  if (filter.q !== null) {
    const pattern = add(`%${escapeLike(filter.q)}%`);
    const branches = [
      `SELECT s.id FROM orders s WHERE s.purchase_order_reference ILIKE ${pattern}`,
      `SELECT sl.order_id FROM order_lines sl WHERE sl.sku ILIKE ${pattern}`,
    ];
    // bigint holds 18 digits safely; a longer run of digits cannot be an order number.
    if (/^\d{1,18}$/.test(filter.q)) branches.unshift(`SELECT s.id FROM orders s WHERE s.number = ${add(filter.q)}`);
    if (filter.matchCompanyName)
      branches.push(
        `SELECT s.id FROM orders s JOIN companies sc ON sc.id = s.company_id WHERE sc.name ILIKE ${pattern}`,
      );
    sql += ` AND o.id IN (${branches.join(' UNION ALL ')})`;
  }
  return sql;
}
