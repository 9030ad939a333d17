import { Injectable } from '@nestjs/common';
import { AppError, type Scope, scopeSql } from '@lumen/api/core';
import type { OrderStatus } from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';

/** The order as every after-sales step needs it. */
export interface AfterSalesOrder {
  id: string;
  number: number;
  companyId: string;
  status: OrderStatus;
  preparationStartedAt: Date | null;
  paymentMethod: string;
  /** When the last shipment of goods sold was delivered (replacements aside); null until one is. */
  deliveredAt: Date | null;
}

/** One line with its counts: what was ordered, cancelled, asked to be cancelled, shipped, delivered, returned. */
export interface AfterSalesLine {
  id: string;
  position: number;
  sku: string;
  name: string;
  quantity: number;
  cancelledQuantity: number;
  /** Units in cancellation requests staff have not decided yet. */
  requestedCancelQuantity: number;
  shippedQuantity: number;
  deliveredQuantity: number;
  /** Units in returns not refused (the line's counter the database caps at the shipped quantity). */
  returnedQuantity: number;
  unitPriceOre: number;
  /** The line's (latest) delivery: its warranty and damage windows run from it. */
  deliveredAt: Date | null;
}

interface OrderRow {
  id: string;
  number: string;
  company_id: string;
  status: OrderStatus;
  preparation_started_at: Date | null;
  payment_method: string;
  delivered_at: Date | null;
}

interface LineRow {
  id: string;
  position: number;
  sku: string;
  name: string;
  quantity: number;
  cancelled_quantity: number;
  requested_cancel_quantity: number;
  shipped_quantity: number;
  delivered_quantity: number;
  returned_quantity: number;
  unit_price_ore: number;
  delivered_at: Date | null;
}

const ORDER_COLUMNS = `o.id, o.number, o.company_id, o.status, o.preparation_started_at, o.payment_method,
  (SELECT max(s.delivered_at) FROM shipments s
   WHERE s.order_id = o.id AND s.replacement_for_claim_id IS NULL) AS delivered_at`;

/**
 * The order and its lines as after-sales reads them. Every write starts with `lock`: the order
 * row FOR UPDATE, the same lock the order desk's moves take, so a cancellation, a return and a
 * shipment of one order run one after the other and each sees the counts the one before left.
 */
@Injectable()
export class AfterSalesOrdersQuery {
  /** The order in the caller's scope, locked until the transaction ends; another company's is a 404. */
  async lock(manager: EntityManager, scope: Scope, orderId: string): Promise<AfterSalesOrder> {
    const params: unknown[] = [orderId];
    const [row]: OrderRow[] = await manager.query(
      `SELECT ${ORDER_COLUMNS} FROM orders o WHERE o.id = $1 AND ${scopeSql(scope, 'o.company_id', params)}
       FOR UPDATE OF o`,
      params,
    );
    if (!row) throw AppError.notFound('Order');
    return toOrder(row);
  }

  /** The order in the caller's scope, unlocked (the read routes). */
  async find(manager: EntityManager, scope: Scope, orderId: string): Promise<AfterSalesOrder> {
    const params: unknown[] = [orderId];
    const [row]: OrderRow[] = await manager.query(
      `SELECT ${ORDER_COLUMNS} FROM orders o WHERE o.id = $1 AND ${scopeSql(scope, 'o.company_id', params)}`,
      params,
    );
    if (!row) throw AppError.notFound('Order');
    return toOrder(row);
  }

  /** Every line of the order with its counts, in one statement. */
  async lines(manager: EntityManager, orderId: string): Promise<AfterSalesLine[]> {
    const rows: LineRow[] = await manager.query(
      `SELECT l.id, l.position, l.sku, l.name, l.quantity, l.cancelled_quantity, l.shipped_quantity,
              l.returned_quantity, l.unit_price_ore,
              COALESCE(d.quantity, 0)::int AS delivered_quantity, d.delivered_at,
              COALESCE((SELECT sum(c.quantity) FROM cancellations c
                        WHERE c.order_line_id = l.id AND c.status = 'requested'), 0)::int AS requested_cancel_quantity
       FROM order_lines l
       LEFT JOIN LATERAL (
         SELECT sum(sl.quantity) AS quantity, max(s.delivered_at) AS delivered_at
         FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id
         WHERE sl.order_line_id = l.id AND s.delivered_at IS NOT NULL) d ON true
       WHERE l.order_id = $1 ORDER BY l.position`,
      [orderId],
    );
    return rows.map((row) => ({
      id: row.id,
      position: row.position,
      sku: row.sku,
      name: row.name,
      quantity: row.quantity,
      cancelledQuantity: row.cancelled_quantity,
      requestedCancelQuantity: row.requested_cancel_quantity,
      shippedQuantity: row.shipped_quantity,
      deliveredQuantity: row.delivered_quantity,
      returnedQuantity: row.returned_quantity,
      unitPriceOre: Number(row.unit_price_ore),
      deliveredAt: row.delivered_at,
    }));
  }
}

function toOrder(row: OrderRow): AfterSalesOrder {
  return {
    id: row.id,
    number: Number(row.number),
    companyId: row.company_id,
    status: row.status,
    preparationStartedAt: row.preparation_started_at,
    paymentMethod: row.payment_method,
    deliveredAt: row.delivered_at,
  };
}

/** Units of a line still open: not shipped, not cancelled, not in a cancellation request. */
export const openQuantity = (line: AfterSalesLine): number =>
  line.quantity - line.cancelledQuantity - line.shippedQuantity - line.requestedCancelQuantity;

/** Units of a line that may still go back: delivered and not in a return (refused lines aside). */
export const returnableQuantity = (line: AfterSalesLine): number =>
  Math.max(0, line.deliveredQuantity - line.returnedQuantity);

/**
 * An order awaiting its company's approval is not the shop's yet: its approver rejects it, or it
 * expires, but neither the customer's cancel nor the shop's desk touches its lines.
 */
export const cancellableQuantity = (order: AfterSalesOrder, line: AfterSalesLine): number =>
  order.status === 'awaiting_approval' ? 0 : openQuantity(line);

/** Before preparation a cancel takes effect at once; from then on staff must check the packing first. */
export const cancelNeedsApproval = (order: AfterSalesOrder): boolean =>
  !(order.preparationStartedAt === null && (['placed', 'confirmed'] as readonly OrderStatus[]).includes(order.status));
