import { randomUUID } from 'node:crypto';
import { PAYMENT_TERMS_DAYS } from '@lumen/api/checkout';
import { CheckoutCalculator, type PricedLine, ShippingSettingsService } from '@lumen/api/checkout/calculator';
import { CompanyAddresses } from '@lumen/api/companies';
import type { OrderAddress, OrderStatus, ShippingMethod, StockStatus } from '@lumen/shared/contracts';
import { lineTotal, type PriceTier, priceView } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

interface DemoOrder {
  placedByEmail: string;
  /** Calendar days before the seeding that the order was placed (at 08:30 UTC, before the dispatch cut-off). */
  daysAgo: number;
  status: OrderStatus;
  shippingMethod: ShippingMethod;
  purchaseOrderReference: string | null;
  /** [index into the demo order products, quantity]. */
  lines: Array<[number, number]>;
}

/**
 * An order history that reads like a few weeks of trade: old orders delivered, a recent one
 * on its way, yesterday's confirmed. Oldest first, so the order numbers follow the dates.
 */
const NORDLYS_ORDERS: DemoOrder[] = [
  {
    placedByEmail: 'buyer@nordlys.test',
    daysAgo: 24,
    status: 'delivered',
    shippingMethod: 'standard',
    purchaseOrderReference: 'P-2026-097',
    lines: [[0, 40], [1, 12], [2, 6]],
  },
  {
    placedByEmail: 'purchaser@nordlys.test',
    daysAgo: 12,
    status: 'delivered',
    shippingMethod: 'express',
    purchaseOrderReference: null,
    lines: [[3, 2]],
  },
  {
    placedByEmail: 'buyer@nordlys.test',
    daysAgo: 6,
    status: 'shipped',
    shippingMethod: 'standard',
    purchaseOrderReference: 'P-2026-114',
    lines: [[4, 10], [5, 25], [0, 8]],
  },
  {
    placedByEmail: 'purchaser@nordlys.test',
    daysAgo: 1,
    status: 'confirmed',
    shippingMethod: 'standard',
    purchaseOrderReference: null,
    lines: [[6, 3], [7, 1]],
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

/**
 * Demo orders for Nordlys Elektro (PRODUCT.md §12), priced and planned by the checkout's own
 * calculator at the company's tier, with the billing and default delivery addresses copied as
 * the checkout copies them. Runs after the accounts and quotes in the seeding transaction;
 * one INSERT for the orders and one for their lines. No confirmation e-mails: nobody ordered.
 */
export async function seedDemoOrders(manager: EntityManager, now = new Date()): Promise<void> {
  const [company]: { id: string; tier: PriceTier }[] = await manager.query(
    `SELECT id, tier FROM companies WHERE name = 'Nordlys Elektro AS'`,
  );
  if (!company) return;
  const users: { id: string; email: string }[] = await manager.query(
    `SELECT id, email FROM users WHERE company_id = $1`,
    [company.id],
  );
  const [{ discount_percent: discount }]: { discount_percent: string }[] = await manager.query(
    `SELECT discount_percent FROM tier_discounts WHERE tier = $1`,
    [company.tier],
  );
  // In stock: the delivery dates the calculator plans then fit the statuses we give the orders.
  const products: ProductRow[] = await manager.query(
    `SELECT id, sku, name, list_price_ore, net_priced, stock_status,
            to_char(stock_date, 'YYYY-MM-DD') AS stock_date, bulky
     FROM products WHERE lifecycle = 'active' AND stock_status = 'in_stock'
     ORDER BY sku OFFSET $1 LIMIT $2`,
    [PRODUCT_OFFSET, PRODUCT_COUNT],
  );
  const addresses = new CompanyAddresses();
  const delivery = await addresses.delivery(manager, company.id);
  const billing = await addresses.billing(manager, company.id);
  if (products.length < PRODUCT_COUNT || !delivery || !billing) return;
  // The order keeps its own copies of the addresses, exactly the fields the checkout copies.
  const copyOf = ({ label, line1, line2, postalCode, city, country }: OrderAddress): OrderAddress => ({
    label,
    line1,
    line2,
    postalCode,
    city,
    country,
  });
  const settings = await new ShippingSettingsService().load(manager);
  const calculator = new CheckoutCalculator();

  const orders = NORDLYS_ORDERS.flatMap((demo) => {
    const placedBy = users.find((user) => user.email === demo.placedByEmail);
    if (!placedBy) return [];
    const day = new Date(now.getTime() - demo.daysAgo * DAY);
    const placedAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 8, 30));
    const lines = demo.lines.map(([index, quantity]) => tierPricedLine(products[index], quantity, company.tier, Number(discount)));
    const figures = calculator.figures({
      lines,
      country: delivery.country,
      method: demo.shippingMethod,
      partialDelivery: false,
      placedAt,
      settings,
    });
    return [{ id: randomUUID(), demo, placedBy: placedBy.id, placedAt, lines, figures }];
  });
  if (orders.length === 0) return;

  await manager.query(
    `INSERT INTO orders (id, company_id, placed_by_user_id, placed_at, status, tier, purchase_order_reference,
       payment_method, payment_terms_days, shipping_method, partial_delivery, expected_dispatch_date,
       earliest_delivery_date, latest_delivery_date, delivery_address_id, delivery_address, billing_address,
       goods_ore, standard_fee_ore, express_surcharge_ore, bulky_surcharge_ore, shipping_ore, net_ore, vat_ore,
       gross_ore)
     SELECT t.id, $1, t.placed_by, t.placed_at, t.status, $2, t.reference, 'invoice_30_days', $3, t.method, false,
            t.dispatch, t.earliest, t.latest, $4, $5::jsonb, $6::jsonb, t.goods, t.standard_fee, t.express,
            t.bulky, t.shipping, t.net, t.vat, t.gross
     FROM unnest($7::uuid[], $8::uuid[], $9::timestamptz[], $10::text[], $11::text[], $12::text[], $13::date[],
                 $14::date[], $15::date[], $16::bigint[], $17::bigint[], $18::bigint[], $19::bigint[],
                 $20::bigint[], $21::bigint[], $22::bigint[], $23::bigint[]) WITH ORDINALITY
       AS t(id, placed_by, placed_at, status, reference, method, dispatch, earliest, latest, goods,
            standard_fee, express, bulky, shipping, net, vat, gross, ord)
     ORDER BY t.ord`,
    [
      company.id,
      company.tier,
      PAYMENT_TERMS_DAYS,
      delivery.id,
      JSON.stringify(copyOf(delivery)),
      JSON.stringify(copyOf(billing)),
      orders.map((o) => o.id),
      orders.map((o) => o.placedBy),
      orders.map((o) => o.placedAt),
      orders.map((o) => o.demo.status),
      orders.map((o) => o.demo.purchaseOrderReference),
      orders.map((o) => o.demo.shippingMethod),
      orders.map((o) => o.figures.plan.dispatchDate),
      orders.map((o) => o.figures.plan.earliestDelivery),
      orders.map((o) => o.figures.plan.latestDelivery),
      orders.map((o) => o.figures.totals.goodsOre),
      orders.map((o) => o.figures.charges.standardFeeOre),
      orders.map((o) => o.figures.charges.expressSurchargeOre),
      orders.map((o) => o.figures.charges.bulkySurchargeOre),
      orders.map((o) => o.figures.charges.totalOre),
      orders.map((o) => o.figures.totals.netOre),
      orders.map((o) => o.figures.totals.vatOre),
      orders.map((o) => o.figures.totals.grossOre),
    ],
  );
  const lines = orders.flatMap((order) => order.lines.map((line, index) => ({ orderId: order.id, position: index + 1, line })));
  await manager.query(
    `INSERT INTO order_lines (order_id, position, product_id, sku, name, quantity, list_price_ore,
       unit_price_ore, line_total_ore, stock_status, bulky)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::bigint[],
                          $8::bigint[], $9::bigint[], $10::text[], $11::boolean[])`,
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
