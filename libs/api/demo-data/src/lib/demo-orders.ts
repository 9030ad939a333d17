import { randomUUID } from 'node:crypto';
import { PAYMENT_TERMS_DAYS } from '@lumen/api/checkout';
import { CheckoutCalculator, type PricedLine, ShippingSettingsService } from '@lumen/api/checkout/calculator';
import { type AddressRecord, CompanyAddresses, orderAddressCopy } from '@lumen/api/companies';
import type { Scope } from '@lumen/api/core';
import type {
  InvoiceIssuer,
  MoveOptions,
  OrderDeskService,
  OrderStatusWriter,
  PaymentsService,
} from '@lumen/api/fulfilment';
import type { Carrier, ShippingMethod, StockStatus } from '@lumen/shared/contracts';
import { lineTotal, osloDateTime, type PriceTier, priceView } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

/** A shipment of the demo history: [line index, quantity] and what happened to it, in days after placing. */
interface DemoShipment {
  day: number;
  carrier: Carrier;
  trackingNumber: string;
  /** Omitted: every open unit of every line. */
  lines?: Array<[number, number]>;
  deliveredDay?: number;
  /** Paid in full this many days after placing; omitted: unpaid. */
  paidDay?: number;
}

interface DemoOrder {
  company: string;
  placedByEmail: string;
  /** Calendar days before the seeding that the order was placed (at 08:30 UTC, before the dispatch cut-off). */
  daysAgo: number;
  shippingMethod: ShippingMethod;
  partialDelivery?: boolean;
  purchaseOrderReference: string | null;
  /** [index into the demo order products, quantity]. */
  lines: Array<[number, number]>;
  /** What the desk did, in days after placing; the status follows from it (never given here). */
  confirmedDay?: number;
  preparedDay?: number;
  shipments?: DemoShipment[];
  /** Every line cancelled (PRODUCT.md §14's cancellation, before after-sales has a route for it). */
  cancelled?: true;
  /** A credit note of one unit of the first invoice's first line, this many days after placing. */
  creditNoteDay?: number;
}

const NORDLYS = 'Nordlys Elektro AS';

/**
 * An order history that reads like a few weeks of trade, in every state (PRODUCT.md §12): old
 * orders delivered and paid (one with a credit note), one partially shipped with two invoices —
 * the first paid, the second overdue — one on its way, one in preparation, one confirmed, one
 * just placed, one cancelled. Oldest first, so the order numbers follow the dates.
 */
const DEMO_ORDERS: DemoOrder[] = [
  {
    company: NORDLYS,
    placedByEmail: 'buyer@nordlys.test',
    daysAgo: 60,
    shippingMethod: 'standard',
    purchaseOrderReference: 'P-2026-071',
    lines: [
      [0, 20],
      [1, 6],
    ],
    confirmedDay: 0,
    shipments: [{ day: 1, carrier: 'bring', trackingNumber: '70730259912345678', deliveredDay: 3, paidDay: 25 }],
    creditNoteDay: 9,
  },
  {
    company: NORDLYS,
    placedByEmail: 'buyer@nordlys.test',
    daysAgo: 50,
    shippingMethod: 'standard',
    partialDelivery: true,
    purchaseOrderReference: 'P-2026-083',
    lines: [
      [2, 12],
      [3, 4],
      [4, 30],
    ],
    confirmedDay: 0,
    preparedDay: 1,
    shipments: [
      {
        day: 1,
        carrier: 'postnord',
        trackingNumber: '00370716481234567',
        lines: [[0, 12]],
        deliveredDay: 3,
        paidDay: 28,
      },
      { day: 12, carrier: 'db_schenker', trackingNumber: 'SCH2026114477', lines: [[1, 4]], deliveredDay: 15 },
    ],
  },
  {
    company: NORDLYS,
    placedByEmail: 'purchaser@nordlys.test',
    daysAgo: 30,
    shippingMethod: 'standard',
    purchaseOrderReference: null,
    lines: [[5, 2]],
    cancelled: true,
  },
  {
    company: NORDLYS,
    placedByEmail: 'buyer@nordlys.test',
    daysAgo: 24,
    shippingMethod: 'standard',
    purchaseOrderReference: 'P-2026-097',
    lines: [
      [0, 40],
      [1, 12],
      [2, 6],
    ],
    confirmedDay: 0,
    preparedDay: 0,
    shipments: [{ day: 1, carrier: 'bring', trackingNumber: '70730259917654321', deliveredDay: 3, paidDay: 20 }],
  },
  {
    company: NORDLYS,
    placedByEmail: 'purchaser@nordlys.test',
    daysAgo: 12,
    shippingMethod: 'express',
    purchaseOrderReference: null,
    lines: [[3, 2]],
    confirmedDay: 0,
    shipments: [{ day: 0, carrier: 'dhl', trackingNumber: '1234567890', deliveredDay: 1 }],
  },
  {
    company: NORDLYS,
    placedByEmail: 'buyer@nordlys.test',
    daysAgo: 6,
    shippingMethod: 'standard',
    purchaseOrderReference: 'P-2026-114',
    lines: [
      [4, 10],
      [5, 25],
      [0, 8],
    ],
    confirmedDay: 0,
    preparedDay: 1,
    shipments: [{ day: 2, carrier: 'bring', trackingNumber: '70730259911122233' }],
  },
  {
    company: NORDLYS,
    placedByEmail: 'buyer@nordlys.test',
    daysAgo: 3,
    shippingMethod: 'standard',
    purchaseOrderReference: 'P-2026-121',
    lines: [
      [6, 3],
      [2, 2],
    ],
    confirmedDay: 0,
    preparedDay: 1,
  },
  {
    company: NORDLYS,
    placedByEmail: 'purchaser@nordlys.test',
    daysAgo: 2,
    shippingMethod: 'standard',
    purchaseOrderReference: null,
    lines: [
      [6, 3],
      [7, 1],
    ],
    confirmedDay: 0,
  },
  {
    company: NORDLYS,
    placedByEmail: 'buyer@nordlys.test',
    daysAgo: 1,
    shippingMethod: 'standard',
    purchaseOrderReference: 'P-2026-130',
    lines: [[1, 4]],
  },
];

/** Past the products the demo lists and quotes use, so the history shows other articles. */
const PRODUCT_OFFSET = 40;
const PRODUCT_COUNT = 8;
const DAY = 86_400_000;

interface ProductRow {
  id: string;
  sku: string;
  name: string;
  list_price_ore: string;
  net_priced: boolean;
  stock_status: StockStatus;
  stock_date: string | null;
  bulky: boolean;
}

/** The desk's services the demo history is made with: the same rules and SQL as the routes. */
export interface DemoFulfilment {
  desk: OrderDeskService;
  payments: PaymentsService;
  issuer: InvoiceIssuer;
  status: OrderStatusWriter;
}

interface DemoCompany {
  id: string;
  tier: PriceTier;
  discount: number;
  users: { id: string; email: string }[];
  delivery: AddressRecord;
  billing: AddressRecord;
}

/**
 * Demo orders (PRODUCT.md §12), priced and planned by the checkout's own calculator at each
 * company's tier, with the billing and default delivery addresses copied as the checkout copies
 * them, then moved through the order desk's own services with past dates — confirmed, prepared,
 * shipped with tracking numbers, invoiced, delivered, paid, credited — so every status, invoice
 * and payment comes from the rules the routes use. Runs after the accounts and quotes in the
 * seeding transaction. No e-mails: the history happened before anyone was there to read them.
 */
export async function seedDemoOrders(
  manager: EntityManager,
  fulfilment: DemoFulfilment,
  now = new Date(),
): Promise<void> {
  // In stock: the delivery dates the calculator plans then fit the statuses we give the orders.
  const products: ProductRow[] = await manager.query(
    `SELECT id, sku, name, list_price_ore, net_priced, stock_status,
            to_char(stock_date, 'YYYY-MM-DD') AS stock_date, bulky
     FROM products WHERE lifecycle = 'active' AND stock_status = 'in_stock'
     ORDER BY sku OFFSET $1 LIMIT $2`,
    [PRODUCT_OFFSET, PRODUCT_COUNT],
  );
  if (products.length < PRODUCT_COUNT) return;
  const companies = new Map<string, DemoCompany>();
  for (const name of new Set(DEMO_ORDERS.map((demo) => demo.company))) {
    const company = await demoCompany(manager, name);
    if (company) companies.set(name, company);
  }
  const settings = await new ShippingSettingsService().load(manager);
  const calculator = new CheckoutCalculator();

  const orders = DEMO_ORDERS.flatMap((demo) => {
    const company = companies.get(demo.company);
    const placedBy = company?.users.find((user) => user.email === demo.placedByEmail);
    if (!company || !placedBy) return [];
    const day = new Date(now.getTime() - demo.daysAgo * DAY);
    const placedAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 8, 30));
    const lines = demo.lines.map(([index, quantity]) =>
      tierPricedLine(products[index], quantity, company.tier, company.discount),
    );
    const figures = calculator.figures({
      lines,
      country: company.delivery.country,
      method: demo.shippingMethod,
      partialDelivery: demo.partialDelivery ?? false,
      placedAt,
      settings,
    });
    return [{ id: randomUUID(), demo, company, placedBy: placedBy.id, placedAt, lines, figures }];
  });
  if (orders.length === 0) return;

  await manager.query(
    `INSERT INTO orders (id, company_id, placed_by_user_id, placed_at, status, tier, purchase_order_reference,
       payment_method, payment_terms_days, shipping_method, partial_delivery, expected_dispatch_date,
       earliest_delivery_date, latest_delivery_date, delivery_address_id, delivery_address, billing_address,
       goods_ore, standard_fee_ore, express_surcharge_ore, bulky_surcharge_ore, shipping_ore, net_ore, vat_ore,
       gross_ore, delivery_access)
     SELECT t.id, t.company_id, t.placed_by, t.placed_at, 'placed', t.tier, t.reference, 'invoice_30_days', $1,
            t.method, t.partial, t.dispatch, t.earliest, t.latest, t.address_id, t.delivery, t.billing, t.goods,
            t.standard_fee, t.express, t.bulky, t.shipping, t.net, t.vat, t.gross, t.access
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::text[], $7::text[], $8::text[],
                 $9::boolean[], $10::date[], $11::date[], $12::date[], $13::uuid[], $14::jsonb[], $15::jsonb[],
                 $16::bigint[], $17::bigint[], $18::bigint[], $19::bigint[], $20::bigint[], $21::bigint[],
                 $22::bigint[], $23::bigint[], $24::text[]) WITH ORDINALITY
       AS t(id, company_id, placed_by, placed_at, tier, reference, method, partial, dispatch, earliest, latest,
            address_id, delivery, billing, goods, standard_fee, express, bulky, shipping, net, vat, gross, access,
            ord)
     ORDER BY t.ord`,
    [
      PAYMENT_TERMS_DAYS,
      orders.map((o) => o.id),
      orders.map((o) => o.company.id),
      orders.map((o) => o.placedBy),
      orders.map((o) => o.placedAt),
      orders.map((o) => o.company.tier),
      orders.map((o) => o.demo.purchaseOrderReference),
      orders.map((o) => o.demo.shippingMethod),
      orders.map((o) => o.demo.partialDelivery ?? false),
      orders.map((o) => o.figures.plan.dispatchDate),
      orders.map((o) => o.figures.plan.earliestDelivery),
      orders.map((o) => o.figures.plan.latestDelivery),
      orders.map((o) => o.company.delivery.id),
      orders.map((o) => JSON.stringify(orderAddressCopy(o.company.delivery))),
      orders.map((o) => JSON.stringify(orderAddressCopy(o.company.billing))),
      orders.map((o) => o.figures.totals.goodsOre),
      orders.map((o) => o.figures.charges.standardFeeOre),
      orders.map((o) => o.figures.charges.expressSurchargeOre),
      orders.map((o) => o.figures.charges.bulkySurchargeOre),
      orders.map((o) => o.figures.charges.totalOre),
      orders.map((o) => o.figures.totals.netOre),
      orders.map((o) => o.figures.totals.vatOre),
      orders.map((o) => o.figures.totals.grossOre),
      // As checkout demands: a bulky order says how it gets in.
      orders.map((o) => (o.lines.some((line) => line.bulky) ? 'street_level' : null)),
    ],
  );
  const lines = orders.flatMap((order) =>
    order.lines.map((line, index) => ({ orderId: order.id, position: index + 1, line })),
  );
  const inserted: { id: string; order_id: string; position: number }[] = await manager.query(
    `INSERT INTO order_lines (order_id, position, product_id, sku, name, quantity, list_price_ore,
       unit_price_ore, line_total_ore, stock_status, bulky)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::bigint[],
                          $8::bigint[], $9::bigint[], $10::text[], $11::boolean[])
     RETURNING id, order_id, position`,
    [
      lines.map((l) => l.orderId),
      lines.map((l) => l.position),
      lines.map((l) => l.line.productId),
      lines.map((l) => l.line.sku),
      lines.map((l) => l.line.name),
      lines.map((l) => l.line.quantity),
      lines.map((l) => l.line.listPriceOre),
      lines.map((l) => l.line.unitPriceOre),
      lines.map((l) => l.line.lineTotalOre),
      lines.map((l) => l.line.stockStatus),
      lines.map((l) => l.line.bulky),
    ],
  );
  const lineId = (orderId: string, index: number) =>
    inserted.find((line) => line.order_id === orderId && line.position === index + 1)?.id as string;
  const [staff]: { id: string }[] = await manager.query(`SELECT id FROM users WHERE staff_role = 'shop_admin' LIMIT 1`);
  const scope: Scope = { kind: 'shop', userId: staff.id };
  for (const order of orders) await replayDesk(manager, fulfilment, scope, order, lineId);
}

/** Moves one demo order through the desk on its own past dates. */
async function replayDesk(
  manager: EntityManager,
  { desk, payments, issuer, status }: DemoFulfilment,
  scope: Scope,
  order: { id: string; demo: DemoOrder; placedAt: Date; lines: PricedLine[] },
  lineId: (orderId: string, index: number) => string,
): Promise<void> {
  const { demo } = order;
  // Events happen in the working day, four hours after the hour the order was placed.
  const on = (day: number) =>
    ({ at: new Date(order.placedAt.getTime() + day * DAY + 4 * 3_600_000), quiet: true }) satisfies MoveOptions;
  if (demo.cancelled) {
    await manager.query(`UPDATE order_lines SET cancelled_quantity = quantity WHERE order_id = $1`, [order.id]);
    await status.recompute(manager, order.id);
    return;
  }
  if (demo.confirmedDay !== undefined) await desk.confirmWith(manager, order.id, on(demo.confirmedDay));
  if (demo.preparedDay !== undefined) await desk.prepareWith(manager, order.id, on(demo.preparedDay));
  let firstInvoice: string | null = null;
  for (const shipment of demo.shipments ?? []) {
    const shipped = shipment.lines ?? order.lines.map((line, index): [number, number] => [index, line.quantity]);
    const { shipmentId, invoiceId } = await desk.shipWith(
      manager,
      scope,
      order.id,
      {
        carrier: shipment.carrier,
        trackingNumber: shipment.trackingNumber,
        lines: shipped.map(([index, quantity]) => ({ orderLineId: lineId(order.id, index), quantity })),
      },
      on(shipment.day),
    );
    firstInvoice ??= invoiceId;
    if (shipment.deliveredDay !== undefined) await desk.deliveredWith(manager, shipmentId, on(shipment.deliveredDay));
    if (shipment.paidDay !== undefined) {
      const [invoice]: { kid: string; gross_ore: string }[] = await manager.query(
        `SELECT kid, gross_ore FROM invoices WHERE id = $1`,
        [invoiceId],
      );
      await payments.recordWith(manager, scope, 'bank_file', [
        { line: 1, kid: invoice.kid, amountOre: Number(invoice.gross_ore), paidOn: isoDate(on(shipment.paidDay).at) },
      ]);
    }
  }
  if (demo.creditNoteDay !== undefined && firstInvoice)
    await issuer.issueCreditNote(
      manager,
      firstInvoice,
      isoDate(on(demo.creditNoteDay).at),
      [{ position: 1, quantity: 1 }],
      'Reklamasjon: én enhet skadet i transport / One unit damaged in transit',
    );
}

const isoDate = (instant: Date) => osloDateTime(instant).date;

async function demoCompany(manager: EntityManager, name: string): Promise<DemoCompany | null> {
  const [company]: { id: string; tier: PriceTier }[] = await manager.query(
    `SELECT id, tier FROM companies WHERE name = $1`,
    [name],
  );
  if (!company) return null;
  const users: { id: string; email: string }[] = await manager.query(
    `SELECT id, email FROM users WHERE company_id = $1`,
    [company.id],
  );
  const [{ discount_percent: discount }]: { discount_percent: string }[] = await manager.query(
    `SELECT discount_percent FROM tier_discounts WHERE tier = $1`,
    [company.tier],
  );
  const addresses = new CompanyAddresses();
  const delivery = await addresses.delivery(manager, company.id);
  const billing = await addresses.billing(manager, company.id);
  if (!delivery || !billing) return null;
  return { ...company, discount: Number(discount), users, delivery, billing };
}

/** A product at the company's tier price: the price rule the catalog and the checkout apply. */
function tierPricedLine(product: ProductRow, quantity: number, tier: PriceTier, discountPercent: number): PricedLine {
  const price = priceView(Number(product.list_price_ore), product.net_priced, tier, discountPercent);
  return {
    productId: product.id,
    sku: product.sku,
    name: product.name,
    quantity,
    listPriceOre: price.listPriceOre,
    unitPriceOre: price.unitPriceOre,
    lineTotalOre: lineTotal(price.unitPriceOre, quantity),
    stockStatus: product.stock_status,
    stockDate: product.stock_date,
    bulky: product.bulky,
  };
}
