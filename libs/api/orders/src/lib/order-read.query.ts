import { Injectable } from '@nestjs/common';
import { AppError, type Scope, scopeSql } from '@lumen/api/core';
import { quoteNumber } from '@lumen/api/quotes';
import {
  AWAITING_APPROVAL,
  type OrderAddress,
  type OrderDetail,
  type OrderLine,
  type OrderPage,
  type OrderStatus,
  type OrderSummary,
  type PaymentMethod,
  type ShippingMethod,
} from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { type OrderFilter, orderFilterSql } from './order-search';

interface OrderRow {
  id: string;
  number: number;
  status: OrderStatus;
  placed_at: Date;
  placed_by: string;
  purchase_order_reference: string | null;
  line_count: number;
  goods_ore: number;
  shipping_ore: number;
  net_ore: number;
  vat_ore: number;
  gross_ore: number;
  expected_dispatch_date: string;
  quote_id: string | null;
  quote_number: number | null;
  quote_revision: number | null;
}

interface OrderDetailRow extends OrderRow {
  delivery_address: OrderAddress;
  billing_address: OrderAddress;
  shipping_method: ShippingMethod;
  standard_fee_ore: number;
  express_surcharge_ore: number;
  bulky_surcharge_ore: number;
  partial_delivery: boolean;
  desired_delivery_date: string | null;
  earliest_delivery_date: string;
  latest_delivery_date: string;
  payment_method: PaymentMethod;
  payment_terms_days: number;
}

const SUMMARY_COLUMNS = `o.id, o.number, o.status, o.placed_at, u.name AS placed_by,
  o.purchase_order_reference,
  (SELECT count(*)::int FROM order_lines l WHERE l.order_id = o.id) AS line_count,
  o.goods_ore, o.shipping_ore, o.net_ore, o.vat_ore, o.gross_ore,
  to_char(o.expected_dispatch_date, 'YYYY-MM-DD') AS expected_dispatch_date,
  o.quote_id, q.number AS quote_number, o.quote_revision`;
const FROM = `FROM orders o JOIN users u ON u.id = o.placed_by_user_id LEFT JOIN quotes q ON q.id = o.quote_id`;

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The history's page and count as SQL, exported for the benchmark, which times and explains
 * exactly these. The count is its own statement: a `count(*) OVER ()` would make the page
 * read, join and project every matching order (20,000 for a big customer) before its LIMIT.
 * Without a search it reads the counters the triggers keep (migration CompanyOrderCounts).
 */
export function orderPageStatements(
  scope: Scope,
  filter: OrderFilter,
  page: number,
  pageSize: number,
): { page: Statement; count: Statement } {
  const params: unknown[] = [pageSize, (page - 1) * pageSize];
  const where = `${scopeSql(scope, 'o.company_id', params)}${orderFilterSql(filter, params)}`;
  const countParams: unknown[] = [];
  const countWhere = `${scopeSql(scope, 'o.company_id', countParams)}${orderFilterSql(filter, countParams)}`;
  return {
    page: {
      sql: `SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE ${where}
            ORDER BY o.placed_at DESC, o.number DESC LIMIT $1 OFFSET $2`,
      params,
    },
    count:
      filter.q === null
        ? countedOrders(scope, filter)
        : { sql: `SELECT count(*)::int AS count FROM orders o WHERE ${countWhere}`, params: countParams },
  };
}

/**
 * How many orders the scope has (of one status), from the per-company counters the triggers keep
 * (migration CompanyOrderCounts): a company's row or eight; for the shop, the rows of every
 * company (a few thousand), since a shop-wide counter row would make every checkout wait for
 * the one before it to commit. The desk's count leaves out orders awaiting approval, as its list does.
 */
export function countedOrders(scope: Scope, filter: Pick<OrderFilter, 'status' | 'hideAwaitingApproval'>): Statement {
  const params: unknown[] = [];
  const statusSql = filter.status === null ? '' : ` AND o.status = $${params.push(filter.status)}`;
  const awaitingSql = filter.hideAwaitingApproval ? ` AND o.status <> $${params.push(AWAITING_APPROVAL)}` : '';
  return {
    sql: `SELECT coalesce(sum(o.count), 0)::int AS count FROM company_order_counts o
          WHERE ${scopeSql(scope, 'o.company_id', params)}${statusSql}${awaitingSql}`,
    params,
  };
}

/**
 * Reads orders for the order history and the order page, through the caller's Scope: the
 * shop's staff see every company's; a customer only ever sees its own company's orders —
 * another company's order is "not found", exactly like a missing one.
 */
@Injectable()
export class OrderReadQuery {
  /** One page of the history, newest first, and how many orders the filter finds: two statements. */
  async page(
    manager: EntityManager,
    scope: Scope,
    filter: OrderFilter,
    page: number,
    pageSize: number,
  ): Promise<OrderPage> {
    const statements = orderPageStatements(scope, filter, page, pageSize);
    const [rows, [{ count }]]: [OrderRow[], { count: number }[]] = await Promise.all([
      manager.query(statements.page.sql, statements.page.params),
      manager.query(statements.count.sql, statements.count.params),
    ]);
    return { items: rows.map(toSummary), total: count, page, pageSize };
  }

  async detail(manager: EntityManager, scope: Scope, orderId: string): Promise<OrderDetail> {
    const params: unknown[] = [orderId];
    const [row]: OrderDetailRow[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS}, o.delivery_address, o.billing_address, o.shipping_method,
              o.standard_fee_ore, o.express_surcharge_ore, o.bulky_surcharge_ore, o.partial_delivery,
              to_char(o.desired_delivery_date, 'YYYY-MM-DD') AS desired_delivery_date,
              to_char(o.earliest_delivery_date, 'YYYY-MM-DD') AS earliest_delivery_date,
              to_char(o.latest_delivery_date, 'YYYY-MM-DD') AS latest_delivery_date,
              o.payment_method, o.payment_terms_days
       ${FROM}
       WHERE o.id = $1 AND ${scopeSql(scope, 'o.company_id', params)}`,
      params,
    );
    if (!row) throw AppError.notFound('Order');
    const lines: OrderLine[] = await manager.query(
      `SELECT id, position, product_id AS "productId", sku, name, quantity,
              unit_price_ore AS "unitPriceOre", line_total_ore AS "lineTotalOre",
              stock_status AS "stockStatusAtOrder"
       FROM order_lines WHERE order_id = $1 ORDER BY position`,
      [orderId],
    );
    return {
      ...toSummary(row),
      lines,
      deliveryAddress: row.delivery_address,
      billingAddress: row.billing_address,
      shippingMethod: row.shipping_method,
      shippingCharges: {
        standardFeeOre: row.standard_fee_ore,
        expressSurchargeOre: row.express_surcharge_ore,
        bulkySurchargeOre: row.bulky_surcharge_ore,
        totalOre: row.shipping_ore,
        freeStandardShipping: row.standard_fee_ore === 0,
      },
      partialDelivery: row.partial_delivery,
      desiredDeliveryDate: row.desired_delivery_date,
      earliestDeliveryDate: row.earliest_delivery_date,
      latestDeliveryDate: row.latest_delivery_date,
      paymentMethod: row.payment_method,
      paymentTermsDays: row.payment_terms_days,
    };
  }
}

function toSummary(row: OrderRow): OrderSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    placedAt: new Date(row.placed_at).toISOString(),
    placedBy: row.placed_by,
    purchaseOrderReference: row.purchase_order_reference,
    lineCount: row.line_count,
    totals: {
      goodsOre: row.goods_ore,
      shippingOre: row.shipping_ore,
      netOre: row.net_ore,
      vatOre: row.vat_ore,
      grossOre: row.gross_ore,
    },
    expectedDispatchDate: row.expected_dispatch_date,
    quote:
      row.quote_id && row.quote_number !== null && row.quote_revision !== null
        ? {
            id: row.quote_id,
            number: row.quote_number,
            displayNumber: quoteNumber(row.quote_number),
            revision: row.quote_revision,
          }
        : null,
  };
}
