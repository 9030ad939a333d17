import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DocumentParty } from '@lumen/api/documents';
import { AppError, type Scope } from '@lumen/api/core';
import type {
  ApiErrorDetail,
  Carrier,
  CreateShipmentRequest,
  OrderAddress,
  OrderDeskDetail,
  OrderStatus,
  Shipment,
  UserLanguage,
} from '@lumen/shared/contracts';
import { osloDateTime } from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { FulfilmentMail } from './fulfilment-mail';
import { FulfilmentSettingsService, trackingUrl } from './fulfilment-settings.service';
import { InvoiceDocuments } from './invoice-documents';
import { InvoiceIssuer } from './invoice-issuer';
import { OrderDeskQuery } from './order-desk.query';
import { OrderStatusWriter } from './order-status';

const CARRIER_NAMES: Record<Carrier, string> = {
  bring: 'Bring',
  postnord: 'PostNord',
  dhl: 'DHL',
  db_schenker: 'DB Schenker',
};

/** Where a shipment may leave from: confirmed (preparation is optional), preparing, or partly shipped. */
const SHIPPABLE: readonly OrderStatus[] = ['confirmed', 'in_preparation', 'partially_shipped'];

interface LockedOrder {
  id: string;
  number: string;
  status: OrderStatus;
  company_id: string;
  partial_delivery: boolean;
  expected_dispatch_date: string;
  payment_terms_days: number;
  purchase_order_reference: string | null;
  delivery_address: OrderAddress;
  billing_address: OrderAddress;
  shipping_ore: string;
  bulky_surcharge_ore: string;
  company_name: string;
  organisation_number: string;
  placed_by_name: string;
  placed_by_email: string;
}

/** When a move happened (default: now) and whether it writes its e-mails. */
export interface MoveOptions {
  at?: Date;
  quiet?: boolean;
}

interface LineRow {
  id: string;
  position: number;
  sku: string;
  name: string;
  quantity: number;
  cancelled_quantity: number;
  shipped_quantity: number;
  unit_price_ore: string;
}

/**
 * The order desk's moves (PRODUCT.md §13): confirm → in preparation → ship (in parts where the
 * order allows it) → delivered. Every move locks the order row first (SELECT … FOR UPDATE), so
 * two shipments of one order cannot both take the same open quantity, and ends by writing the
 * status the domain rule derives. A shipment, its invoice and its e-mails are one transaction.
 */
@Injectable()
export class OrderDeskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: OrderDeskQuery,
    private readonly settings: FulfilmentSettingsService,
    private readonly status: OrderStatusWriter,
    private readonly issuer: InvoiceIssuer,
    private readonly documents: InvoiceDocuments,
    private readonly mail: FulfilmentMail,
  ) {}

  async detail(scope: Scope, orderId: string): Promise<OrderDeskDetail> {
    const manager = this.dataSource.manager;
    return this.query.detail(manager, scope, orderId, await this.settings.load(manager));
  }

  async shipmentsOf(scope: Scope, orderId: string): Promise<Shipment[]> {
    const manager = this.dataSource.manager;
    return this.query.shipmentsOf(manager, scope, orderId, await this.settings.load(manager));
  }

  confirm(scope: Scope, orderId: string): Promise<OrderDeskDetail> {
    return this.answer(scope, orderId, (manager) => this.confirmWith(manager, orderId));
  }

  prepare(scope: Scope, orderId: string): Promise<OrderDeskDetail> {
    return this.answer(scope, orderId, (manager) => this.prepareWith(manager, orderId));
  }

  ship(scope: Scope, orderId: string, request: CreateShipmentRequest): Promise<OrderDeskDetail> {
    return this.answer(scope, orderId, (manager) =>
      this.shipWith(manager, scope, orderId, request).then(() => undefined),
    );
  }

  /** The shipment is looked up once, inside the transaction that marks it. */
  delivered(scope: Scope, shipmentId: string): Promise<OrderDeskDetail> {
    return this.dataSource.transaction(async (manager) => {
      const orderId = await this.deliveredWith(manager, shipmentId);
      return this.query.detail(manager, scope, orderId, await this.settings.load(manager));
    });
  }

  /**
   * The moves inside a caller's transaction — the HTTP routes' and the demo data's, which replays
   * a past with `options.at` and writes no e-mails for it (`options.quiet`).
   */
  async confirmWith(manager: EntityManager, orderId: string, options: MoveOptions = {}): Promise<void> {
    const order = await this.lock(manager, orderId);
    if (order.status !== 'placed') throw notAllowed(order, 'confirmed');
    await manager.query(`UPDATE orders SET confirmed_at = $2 WHERE id = $1`, [orderId, options.at ?? new Date()]);
    await this.status.recompute(manager, orderId);
    if (!options.quiet)
      await this.mail.orderConfirmed(manager, orderId, Number(order.number), order.expected_dispatch_date);
  }

  async prepareWith(manager: EntityManager, orderId: string, options: MoveOptions = {}): Promise<void> {
    const order = await this.lock(manager, orderId);
    if (order.status !== 'confirmed') throw notAllowed(order, 'put in preparation');
    await manager.query(`UPDATE orders SET preparation_started_at = $2 WHERE id = $1`, [
      orderId,
      options.at ?? new Date(),
    ]);
    await this.status.recompute(manager, orderId);
  }

  /** Ships, invoices and e-mails; answers the new shipment's and its invoice's ids. */
  async shipWith(
    manager: EntityManager,
    scope: Scope,
    orderId: string,
    request: CreateShipmentRequest,
    options: MoveOptions = {},
  ): Promise<{ shipmentId: string; invoiceId: string }> {
    const order = await this.lock(manager, orderId);
    if (!SHIPPABLE.includes(order.status)) throw notAllowed(order, 'shipped');
    const lines: LineRow[] = await manager.query(
      `SELECT id, position, sku, name, quantity, cancelled_quantity, shipped_quantity, unit_price_ore
       FROM order_lines WHERE order_id = $1 ORDER BY position`,
      [orderId],
    );
    const shipped = checkShipmentLines(order, lines, request);
    const shippedAt = options.at ?? new Date();
    const [{ id: shipmentId, number }]: { id: string; number: number }[] = await manager.query(
      `INSERT INTO shipments (order_id, number, carrier, tracking_number, shipped_at, shipped_by_user_id)
       SELECT $1, COALESCE(max(number), 0) + 1, $2, $3, $4, $5 FROM shipments WHERE order_id = $1
       RETURNING id, number`,
      [orderId, request.carrier, request.trackingNumber, shippedAt, scope.userId],
    );
    await manager.query(
      `WITH t AS (SELECT * FROM unnest($2::uuid[], $3::int[]) AS t(order_line_id, quantity)),
            inserted AS (INSERT INTO shipment_lines (shipment_id, order_line_id, quantity)
                         SELECT $1, order_line_id, quantity FROM t)
       UPDATE order_lines l SET shipped_quantity = l.shipped_quantity + t.quantity, updated_at = now()
       FROM t WHERE l.id = t.order_line_id`,
      [shipmentId, shipped.map((s) => s.line.id), shipped.map((s) => s.quantity)],
    );
    await this.status.recompute(manager, orderId);

    const invoiceId = await this.issuer.issueForShipment(
      manager,
      invoicedOrder(order),
      shipmentId,
      osloDateTime(shippedAt).date,
      shipped.map(({ line, quantity }) => ({
        orderLineId: line.id,
        sku: line.sku,
        name: line.name,
        unitPriceOre: Number(line.unit_price_ore),
        quantity,
      })),
    );
    if (options.quiet) return { shipmentId, invoiceId };
    const settings = await this.settings.load(manager);
    await this.mail.shipped(manager, {
      orderId,
      orderNumber: Number(order.number),
      shipmentNumber: number,
      carrierName: CARRIER_NAMES[request.carrier],
      trackingNumber: request.trackingNumber,
      trackingUrl: trackingUrl(settings, request.carrier, request.trackingNumber),
      lines: shipped.map(({ line, quantity }) => ({ sku: line.sku, name: line.name, quantity })),
    });
    await this.sendInvoice(manager, orderId, Number(order.number), invoiceId);
    return { shipmentId, invoiceId };
  }

  /** Answers the shipment's order. */
  async deliveredWith(manager: EntityManager, shipmentId: string, options: MoveOptions = {}): Promise<string> {
    const orderId = await this.query.orderOfShipment(manager, shipmentId);
    await this.lock(manager, orderId);
    const [, count]: [unknown, number] = await manager.query(
      `UPDATE shipments SET delivered_at = $2, updated_at = now() WHERE id = $1 AND delivered_at IS NULL`,
      [shipmentId, options.at ?? new Date()],
    );
    if (count === 0)
      throw AppError.conflict('shipment_already_delivered', 'This shipment is already marked as delivered');
    await this.status.recompute(manager, orderId);
    return orderId;
  }

  /** The invoice e-mail with its PDF, in the orderer's language (the PDF too). */
  private async sendInvoice(
    manager: EntityManager,
    orderId: string,
    orderNumber: number,
    invoiceId: string,
  ): Promise<void> {
    const [invoice]: { number: string; kid: string; gross_ore: string; due_date: string; language: UserLanguage }[] =
      await manager.query(
        `SELECT i.number, i.kid, i.gross_ore, to_char(i.due_date, 'YYYY-MM-DD') AS due_date, u.language
         FROM invoices i JOIN orders o ON o.id = i.order_id JOIN users u ON u.id = o.placed_by_user_id
         WHERE i.id = $1`,
        [invoiceId],
      );
    const number = Number(invoice.number);
    await this.mail.invoiced(
      manager,
      orderId,
      {
        orderNumber,
        number,
        kid: invoice.kid,
        grossOre: Number(invoice.gross_ore),
        dueDate: invoice.due_date,
      },
      this.documents.mailedPdf({ id: invoiceId, kind: 'invoice', number }, invoice.language),
    );
  }

  /** One transaction: the move, then the order as the desk sees it after. */
  private answer(
    scope: Scope,
    orderId: string,
    work: (manager: EntityManager) => Promise<void>,
  ): Promise<OrderDeskDetail> {
    return this.dataSource.transaction(async (manager) => {
      await work(manager);
      return this.query.detail(manager, scope, orderId, await this.settings.load(manager));
    });
  }

  /** The order row, locked until the transaction ends: every move starts here. */
  private async lock(manager: EntityManager, orderId: string): Promise<LockedOrder> {
    const [order]: LockedOrder[] = await manager.query(
      `SELECT o.id, o.number, o.status, o.company_id, o.partial_delivery,
                to_char(o.expected_dispatch_date, 'YYYY-MM-DD') AS expected_dispatch_date, o.payment_terms_days,
                o.purchase_order_reference, o.delivery_address, o.billing_address, o.shipping_ore,
                o.bulky_surcharge_ore, c.name AS company_name, c.organisation_number,
                u.name AS placed_by_name, u.email AS placed_by_email
         FROM orders o JOIN companies c ON c.id = o.company_id JOIN users u ON u.id = o.placed_by_user_id
         WHERE o.id = $1 FOR UPDATE OF o`,
      [orderId],
    );
    if (!order) throw AppError.notFound('Order');
    return order;
  }
}

function notAllowed(order: LockedOrder, move: string): AppError {
  return AppError.conflict(
    'order_transition_not_allowed',
    `Order ${order.number} is ${order.status.replace('_', ' ')} and cannot be ${move}`,
  );
}

/**
 * The shipment's lines against the order's, naming every line that is wrong: unknown to the
 * order, named twice, fully cancelled, or more than its open quantity (ordered − cancelled −
 * shipped). An order without partial delivery ships complete — every open line, in full, at
 * once: a desired-date order is promised whole for that date, and an order that did not ask for
 * partial delivery did not agree to receive (and be invoiced) in parts either.
 */
function checkShipmentLines(order: LockedOrder, lines: LineRow[], request: CreateShipmentRequest) {
  const byId = new Map(lines.map((line) => [line.id, line]));
  const problems: ApiErrorDetail[] = [];
  const seen = new Set<string>();
  let code:
    'unknown_order_line' | 'duplicate_order_line' | 'order_line_cancelled' | 'shipment_exceeds_open_quantity' | null =
    null;
  const shipped = request.lines.flatMap((wanted, index) => {
    const field = `lines.${index}`;
    const line = byId.get(wanted.orderLineId);
    if (!line || seen.has(wanted.orderLineId)) {
      code ??= line ? 'duplicate_order_line' : 'unknown_order_line';
      problems.push({
        field: `${field}.orderLineId`,
        code: line ? 'duplicate_order_line' : 'unknown_order_line',
        message: line
          ? `Line ${line.position} (${line.sku}) is named twice; give each line once`
          : `Line ${index + 1} of the shipment is not a line of order ${order.number}`,
      });
      return [];
    }
    seen.add(wanted.orderLineId);
    const open = line.quantity - line.cancelled_quantity - line.shipped_quantity;
    if (line.cancelled_quantity === line.quantity) {
      code ??= 'order_line_cancelled';
      problems.push({
        field: `${field}.orderLineId`,
        code: 'order_line_cancelled',
        message: `Line ${line.position} (${line.sku}) is cancelled and cannot be shipped`,
      });
      return [];
    }
    if (wanted.quantity > open) {
      code ??= 'shipment_exceeds_open_quantity';
      problems.push({
        field: `${field}.quantity`,
        code: 'shipment_exceeds_open_quantity',
        message: `Line ${line.position} (${line.sku}) has ${open} left to ship; ${wanted.quantity} is too many`,
      });
      return [];
    }
    return [{ line, quantity: wanted.quantity }];
  });
  if (code) throw new AppError(422, code, problems[0].message, problems);
  if (!order.partial_delivery) {
    const shippedQuantity = new Map(shipped.map((s) => [s.line.id, s.quantity]));
    const short = lines.filter((line) => {
      const open = line.quantity - line.cancelled_quantity - line.shipped_quantity;
      return open > 0 && shippedQuantity.get(line.id) !== open;
    });
    if (short.length > 0)
      throw new AppError(
        422,
        'order_ships_complete',
        `Order ${order.number} ships complete: include every open line in full`,
        short.map((line) => ({
          field: 'lines',
          code: 'order_ships_complete',
          message: `Line ${line.position} (${line.sku}): ship all ${line.quantity - line.cancelled_quantity - line.shipped_quantity} open`,
        })),
      );
  }
  return shipped;
}

function invoicedOrder(order: LockedOrder) {
  const billing = order.billing_address;
  const buyer: DocumentParty = {
    name: order.company_name,
    organisationNumber: order.organisation_number,
    address: {
      line1: billing.line1,
      line2: billing.line2,
      postalCode: billing.postalCode,
      city: billing.city,
      country: billing.country,
    },
    contact: { name: order.placed_by_name, email: order.placed_by_email, phone: null },
  };
  const bulky = Number(order.bulky_surcharge_ore);
  return {
    id: order.id,
    companyId: order.company_id,
    paymentTermsDays: order.payment_terms_days,
    purchaseOrderReference: order.purchase_order_reference,
    deliveryAddress: order.delivery_address,
    shippingOre: Number(order.shipping_ore) - bulky,
    bulkySurchargeOre: bulky,
    buyer,
  };
}
