import { Injectable } from '@nestjs/common';
import { AppError, type Scope, scopeSql } from '@lumen/api/core';
import type {
  AccessNotes,
  Carrier,
  FulfilmentLine,
  FulfilmentSettings,
  OrderAddress,
  OrderDeskDetail,
  OrderStatus,
  Shipment,
} from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { trackingUrl } from './fulfilment-settings.service';

interface DeskOrderRow {
  id: string;
  number: string;
  status: OrderStatus;
  company_id: string;
  company_name: string;
  organisation_number: string;
  placed_at: Date;
  placed_by: string;
  purchase_order_reference: string | null;
  partial_delivery: boolean;
  desired_delivery_date: string | null;
  expected_dispatch_date: string;
  delivery_address: OrderAddress;
  delivery_access: AccessNotes['access'] | null;
  access_note: string | null;
  confirmed_at: Date | null;
  preparation_started_at: Date | null;
  goods_ore: string;
  shipping_ore: string;
  net_ore: string;
  vat_ore: string;
  gross_ore: string;
}

interface ShipmentRow {
  id: string;
  order_id: string;
  number: number;
  carrier: Carrier;
  tracking_number: string;
  shipped_at: Date;
  delivered_at: Date | null;
  lines: { orderLineId: string; sku: string; name: string; quantity: number }[];
  invoice_id: string | null;
  invoice_number: string | null;
  replacement_claim_id: string | null;
  replacement_claim_kind: 'warranty' | 'damage' | null;
}

/**
 * Reads an order as the desk works it — lines with their shipped, cancelled and open quantities,
 * shipments with tracking links and invoices — in a fixed number of statements whatever the
 * order's size. Customers read the same shipments through their Scope (the order page).
 */
@Injectable()
export class OrderDeskQuery {
  async detail(
    manager: EntityManager,
    scope: Scope,
    orderId: string,
    settings: FulfilmentSettings,
  ): Promise<OrderDeskDetail> {
    const params: unknown[] = [orderId];
    const [row]: DeskOrderRow[] = await manager.query(
      `SELECT o.id, o.number, o.status, o.company_id, c.name AS company_name, c.organisation_number,
              o.placed_at, u.name AS placed_by, o.purchase_order_reference, o.partial_delivery,
              to_char(o.desired_delivery_date, 'YYYY-MM-DD') AS desired_delivery_date,
              to_char(o.expected_dispatch_date, 'YYYY-MM-DD') AS expected_dispatch_date,
              o.delivery_address, o.delivery_access, o.access_note, o.confirmed_at, o.preparation_started_at,
              o.goods_ore, o.shipping_ore, o.net_ore, o.vat_ore, o.gross_ore
       FROM orders o JOIN companies c ON c.id = o.company_id JOIN users u ON u.id = o.placed_by_user_id
       WHERE o.id = $1 AND ${scopeSql(scope, 'o.company_id', params)}`,
      params,
    );
    if (!row) throw AppError.notFound('Order');
    const lines: FulfilmentLine[] = await manager.query(
      `SELECT id AS "orderLineId", position, sku, name, quantity, cancelled_quantity AS "cancelledQuantity",
              shipped_quantity AS "shippedQuantity", quantity - cancelled_quantity - shipped_quantity AS "openQuantity",
              bulky, stock_status AS "stockStatus"
       FROM order_lines WHERE order_id = $1 ORDER BY position`,
      [orderId],
    );
    return {
      id: row.id,
      number: Number(row.number),
      status: row.status,
      company: { id: row.company_id, name: row.company_name, organisationNumber: row.organisation_number },
      placedAt: row.placed_at.toISOString(),
      placedBy: row.placed_by,
      purchaseOrderReference: row.purchase_order_reference,
      partialDelivery: row.partial_delivery,
      desiredDeliveryDate: row.desired_delivery_date,
      expectedDispatchDate: row.expected_dispatch_date,
      deliveryAddress: row.delivery_address,
      accessNotes: row.delivery_access ? { access: row.delivery_access, note: row.access_note } : null,
      confirmedAt: row.confirmed_at?.toISOString() ?? null,
      preparationStartedAt: row.preparation_started_at?.toISOString() ?? null,
      totals: {
        goodsOre: Number(row.goods_ore),
        shippingOre: Number(row.shipping_ore),
        netOre: Number(row.net_ore),
        vatOre: Number(row.vat_ore),
        grossOre: Number(row.gross_ore),
      },
      lines,
      shipments: await this.shipments(manager, orderId, settings),
    };
  }

  /** The shipments of an order the scope may see; another company's order is a 404. */
  async shipmentsOf(
    manager: EntityManager,
    scope: Scope,
    orderId: string,
    settings: FulfilmentSettings,
  ): Promise<Shipment[]> {
    const params: unknown[] = [orderId];
    const [order] = await manager.query(
      `SELECT 1 FROM orders o WHERE o.id = $1 AND ${scopeSql(scope, 'o.company_id', params)}`,
      params,
    );
    if (!order) throw AppError.notFound('Order');
    return this.shipments(manager, orderId, settings);
  }

  /** The order a shipment belongs to, or a 404. */
  async orderOfShipment(manager: EntityManager, shipmentId: string): Promise<string> {
    const [row]: { order_id: string }[] = await manager.query(`SELECT order_id FROM shipments WHERE id = $1`, [
      shipmentId,
    ]);
    if (!row) throw AppError.notFound('Shipment');
    return row.order_id;
  }

  private async shipments(manager: EntityManager, orderId: string, settings: FulfilmentSettings): Promise<Shipment[]> {
    const rows: ShipmentRow[] = await manager.query(
      `SELECT s.id, s.order_id, s.number, s.carrier, s.tracking_number, s.shipped_at, s.delivered_at,
              i.id AS invoice_id, i.number AS invoice_number,
              c.id AS replacement_claim_id, c.kind AS replacement_claim_kind,
              -- A replacement ships the claimed units without shipment lines (they would count as
              -- shipped twice): its lines are the claim's.
              COALESCE(
                (SELECT json_agg(json_build_object('orderLineId', l.id, 'sku', l.sku, 'name', l.name,
                                                   'quantity', sl.quantity) ORDER BY l.position)
                 FROM shipment_lines sl JOIN order_lines l ON l.id = sl.order_line_id
                 WHERE sl.shipment_id = s.id),
                (SELECT json_build_array(json_build_object('orderLineId', l.id, 'sku', l.sku, 'name', l.name,
                                                           'quantity', c.quantity))
                 FROM order_lines l WHERE l.id = c.order_line_id),
                '[]'::json) AS lines
       FROM shipments s LEFT JOIN invoices i ON i.shipment_id = s.id
       LEFT JOIN claims c ON c.id = s.replacement_for_claim_id
       WHERE s.order_id = $1 ORDER BY s.number`,
      [orderId],
    );
    return rows.map((s) => ({
      id: s.id,
      number: s.number,
      carrier: s.carrier,
      trackingNumber: s.tracking_number,
      trackingUrl: trackingUrl(settings, s.carrier, s.tracking_number),
      shippedAt: s.shipped_at.toISOString(),
      deliveredAt: s.delivered_at?.toISOString() ?? null,
      lines: s.lines,
      invoice: s.invoice_id && s.invoice_number ? { id: s.invoice_id, number: Number(s.invoice_number) } : null,
      replacementFor:
        s.replacement_claim_id && s.replacement_claim_kind
          ? { claimId: s.replacement_claim_id, kind: s.replacement_claim_kind }
          : null,
    }));
  }
}
