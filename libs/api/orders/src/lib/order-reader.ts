import { Injectable } from '@nestjs/common';
import { AppError, type Scope, scopeSql } from '@lumen/api/core';
import type {
  OrderAddress,
  OrderDetail,
  OrderLine,
  OrderPage,
  OrderStatus,
  OrderSummary,
  PaymentMethod,
  ShippingMethod,
  StockStatus,
} from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';

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
  total_count?: number;
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

/**
 * Reads orders for the order history and the order page, through the caller's Scope: the
 * shop's staff see every company's; a customer only ever sees its own company's orders —
 * another company's order is "not found", exactly like a missing one.
 */
@Injectable()
export class OrderReader {
  async page(manager: EntityManager, scope: Scope, page: number, pageSize: number): Promise<OrderPage> {
    const params: unknown[] = [pageSize, (page - 1) * pageSize];
    const rows: OrderRow[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS}, count(*) OVER ()::int AS total_count
       ${FROM}
       WHERE ${scopeSql(scope, 'o.company_id', params)}
       ORDER BY o.placed_at DESC, o.number DESC
       LIMIT $1 OFFSET $2`,
      params,
    );
    let total = rows[0]?.total_count ?? 0;
    if (rows.length === 0 && page > 1) {
      const countParams: unknown[] = [];
      const [{ count }] = await manager.query(
        `SELECT count(*)::int AS count FROM orders o WHERE ${scopeSql(scope, 'o.company_id', countParams)}`,
        countParams,
      );
      total = count;
    }
    return { items: rows.map(toSummary), total, page, pageSize };
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
      lines: lines.map((line) => ({
        ...line,
        unitPriceOre: Number(line.unitPriceOre),
        lineTotalOre: Number(line.lineTotalOre),
        stockStatusAtOrder: line.stockStatusAtOrder as StockStatus,
      })),
      deliveryAddress: row.delivery_address,
      billingAddress: row.billing_address,
      shippingMethod: row.shipping_method,
      shippingCharges: {
        standardFeeOre: Number(row.standard_fee_ore),
        expressSurchargeOre: Number(row.express_surcharge_ore),
        bulkySurchargeOre: Number(row.bulky_surcharge_ore),
        totalOre: Number(row.shipping_ore),
        freeStandardShipping: Number(row.standard_fee_ore) === 0,
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
    number: Number(row.number),
    status: row.status,
    placedAt: new Date(row.placed_at).toISOString(),
    placedBy: row.placed_by,
    purchaseOrderReference: row.purchase_order_reference,
    lineCount: row.line_count,
    totals: {
      goodsOre: Number(row.goods_ore),
      shippingOre: Number(row.shipping_ore),
      netOre: Number(row.net_ore),
      vatOre: Number(row.vat_ore),
      grossOre: Number(row.gross_ore),
    },
    expectedDispatchDate: row.expected_dispatch_date,
    quote:
      row.quote_id && row.quote_number !== null && row.quote_revision !== null
        ? { id: row.quote_id, number: Number(row.quote_number), revision: row.quote_revision }
        : null,
  };
}
