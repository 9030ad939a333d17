import { Injectable } from '@nestjs/common';
import type {
  DeliveryAccess,
  LoyaltyTier,
  OrderAddress,
  OrderStatus,
  PaymentMethod,
  ShippingMethod,
  StockStatus,
} from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';

/** A row of `orders` as checkout writes it, keyed by column; the database adds id and number. */
export interface NewOrderRow {
  company_id: string;
  placed_by_user_id: string;
  placed_at: Date;
  /** `placed`, or `awaiting_approval` when a purchasing rule or budget holds it. */
  status: Extract<OrderStatus, 'placed' | 'awaiting_approval'>;
  approval_pending: boolean;
  tier: LoyaltyTier;
  quote_id: string | null;
  quote_revision: number | null;
  purchase_order_reference: string | null;
  payment_method: PaymentMethod;
  payment_terms_days: number;
  shipping_method: ShippingMethod;
  partial_delivery: boolean;
  desired_delivery_date: string | null;
  expected_dispatch_date: string;
  earliest_delivery_date: string;
  latest_delivery_date: string;
  delivery_address_id: string;
  delivery_address: OrderAddress;
  billing_address: OrderAddress;
  delivery_access: DeliveryAccess | null;
  access_note: string | null;
  goods_ore: number;
  standard_fee_ore: number;
  express_surcharge_ore: number;
  bulky_surcharge_ore: number;
  shipping_ore: number;
  net_ore: number;
  vat_ore: number;
  gross_ore: number;
}

/** A row of `order_lines`, keyed by column, without the order it belongs to. */
export interface NewOrderLineRow {
  position: number;
  product_id: string;
  sku: string;
  name: string;
  quantity: number;
  list_price_ore: number;
  unit_price_ore: number;
  line_total_ore: number;
  stock_status: StockStatus;
  bulky: boolean;
}

/**
 * Writes an order and its lines in one statement, whatever the number of lines. The rows travel
 * as two jsonb parameters and become rows of the tables' own types (`jsonb_populate_record(NULL::
 * orders, …)`), so each value meets its column by name and takes the column's type; the column
 * lists are the keys of the typed rows. Answers the new order's id.
 */
@Injectable()
export class OrderInsertQuery {
  async insert(manager: EntityManager, order: NewOrderRow, lines: readonly NewOrderLineRow[]): Promise<string> {
    // Unreachable from checkout (an empty cart is refused, a quote is published with lines); the
    // lines' column list is read from the first line.
    if (lines.length === 0) throw new Error('An order has at least one line');
    const orderColumns = Object.keys(order).join(', ');
    const lineColumns = Object.keys(lines[0]);
    const [placed]: { id: string }[] = await manager.query(
      // A data-modifying WITH runs whether or not the final SELECT reads it.
      `WITH placed AS (
         INSERT INTO orders (${orderColumns})
         SELECT ${orderColumns} FROM jsonb_populate_record(NULL::orders, $1::jsonb)
         RETURNING id
       ), lines AS (
         INSERT INTO order_lines (order_id, ${lineColumns.join(', ')})
         SELECT placed.id, ${lineColumns.map((column) => `l.${column}`).join(', ')}
         FROM placed, jsonb_populate_recordset(NULL::order_lines, $2::jsonb) AS l
       )
       SELECT id FROM placed`,
      [JSON.stringify(order), JSON.stringify(lines)],
    );
    return placed.id;
  }
}
