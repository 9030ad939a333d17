import { CheckoutCalculator, type PricedLine, ShippingSettingsService } from '@lumen/api/checkout/calculator';
import type { CompanyScope } from '@lumen/api/core';
import type { PurchasingControls } from '@lumen/api/purchasing';
import type { StockStatus } from '@lumen/shared/contracts';
import { lineTotal } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

const DAY = 86_400_000;
/** The demo rule's amount: purchasers' orders above NOK 20,000 excl. VAT need the admin. */
const LARGE_ORDER_ORE = 2_000_000;

interface SourceLine extends Omit<PricedLine, 'stockStatus'> {
  position: number;
  stockStatus: StockStatus;
}

/**
 * The demo's purchasing controls (PRODUCT.md §12, §17) on Nordlys: the rule "purchaser orders
 * above NOK 20,000 need the admin", a monthly company budget, and one large order of the
 * purchaser's, placed yesterday, waiting for the admin's approval. The order is made from the
 * lines of Nordlys's newest demo order, enough of each to pass the rule's amount, priced and
 * dated by the checkout's calculator; the rule and budget decide its approval as at checkout, and
 * the admin's approval request goes to the outbox. Runs after `seedDemoOrders`; does nothing when
 * Nordlys or its orders are not there.
 */
export async function seedDemoPurchasing(
  manager: EntityManager,
  controls: PurchasingControls,
  now = new Date(),
): Promise<void> {
  const [nordlys]: { company_id: string; purchaser_id: string; source_id: string; country: string }[] =
    await manager.query(
      `SELECT c.id AS company_id, p.id AS purchaser_id, o.id AS source_id, o.delivery_address->>'country' AS country
       FROM companies c
       JOIN users p ON p.company_id = c.id AND p.email = 'purchaser@nordlys.test'
       JOIN LATERAL (SELECT id, delivery_address FROM orders WHERE company_id = c.id
                     ORDER BY placed_at DESC, number DESC LIMIT 1) o ON true
       WHERE c.name = 'Nordlys Elektro AS'`,
    );
  if (!nordlys) return;
  await manager.query(
    `INSERT INTO approval_rules (company_id, name, applies_to_role_ids, above_net_ore, approver_role_id)
     SELECT $1, 'Store innkjøp', ARRAY[(SELECT id FROM roles WHERE built_in_key = 'purchaser')], $2,
            (SELECT id FROM roles WHERE built_in_key = 'admin')`,
    [nordlys.company_id, LARGE_ORDER_ORE],
  );
  await manager.query(
    `INSERT INTO budgets (company_id, period, amount_ore, over_budget) VALUES ($1, 'month', 50000000, 'needs_approval')`,
    [nordlys.company_id],
  );

  const source: SourceLine[] = await manager.query(
    `SELECT l.position, l.product_id AS "productId", l.sku, l.name, l.quantity, l.list_price_ore AS "listPriceOre",
            l.unit_price_ore AS "unitPriceOre", l.line_total_ore AS "lineTotalOre", l.stock_status AS "stockStatus",
            to_char(p.stock_date, 'YYYY-MM-DD') AS "stockDate", l.bulky
     FROM order_lines l JOIN products p ON p.id = l.product_id WHERE l.order_id = $1 ORDER BY l.position`,
    [nordlys.source_id],
  );
  const goods = source.reduce((sum, line) => sum + line.lineTotalOre, 0);
  if (goods === 0) return;
  const times = Math.ceil((LARGE_ORDER_ORE + 1) / goods);
  const lines = source.map((line) => {
    const quantity = line.quantity * times;
    return { ...line, quantity, lineTotalOre: lineTotal(line.unitPriceOre, quantity) };
  });
  const placedAt = new Date(now.getTime() - DAY);
  const figures = new CheckoutCalculator().figures({
    lines,
    country: nordlys.country,
    method: 'standard',
    partialDelivery: false,
    placedAt,
    settings: await new ShippingSettingsService().load(manager),
  });
  const scope: CompanyScope = { kind: 'company', companyId: nordlys.company_id, userId: nordlys.purchaser_id };
  const [{ delivery_address_id }]: { delivery_address_id: string }[] = await manager.query(
    `SELECT delivery_address_id FROM orders WHERE id = $1`,
    [nordlys.source_id],
  );
  const verdict = await controls.check(
    manager,
    scope,
    { netOre: figures.totals.netOre, deliveryAddressId: delivery_address_id, placedAt },
    { lock: false },
  );
  if (verdict.holds.length === 0) return;
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO orders (company_id, placed_by_user_id, placed_at, status, approval_pending, tier,
       purchase_order_reference, payment_method, payment_terms_days, shipping_method, partial_delivery,
       expected_dispatch_date, earliest_delivery_date, latest_delivery_date, delivery_address_id, delivery_address,
       billing_address, delivery_access, goods_ore, standard_fee_ore, express_surcharge_ore, bulky_surcharge_ore,
       shipping_ore, net_ore, vat_ore, gross_ore)
     SELECT company_id, $2, $3, 'awaiting_approval', true, tier, 'Lager Q1', payment_method, payment_terms_days,
            'standard', false, $4, $5, $6, delivery_address_id, delivery_address, billing_address,
            CASE WHEN $7::boolean THEN 'street_level' END, $8, $9, $10, $11, $12, $13, $14, $15
     FROM orders WHERE id = $1 RETURNING id`,
    [
      nordlys.source_id,
      nordlys.purchaser_id,
      placedAt,
      figures.plan.dispatchDate,
      figures.plan.earliestDelivery,
      figures.plan.latestDelivery,
      lines.some((line) => line.bulky),
      figures.totals.goodsOre,
      figures.charges.standardFeeOre,
      figures.charges.expressSurchargeOre,
      figures.charges.bulkySurchargeOre,
      figures.charges.totalOre,
      figures.totals.netOre,
      figures.totals.vatOre,
      figures.totals.grossOre,
    ],
  );
  await manager.query(
    `INSERT INTO order_lines (order_id, position, product_id, sku, name, quantity, list_price_ore, unit_price_ore,
       line_total_ore, stock_status, bulky)
     SELECT $1, l.position, l."productId", l.sku, l.name, l.quantity, l."listPriceOre", l."unitPriceOre",
            l."lineTotalOre", l."stockStatus", l.bulky
     FROM jsonb_to_recordset($2::jsonb) AS l(position int, "productId" uuid, sku text, name text, quantity int,
       "listPriceOre" bigint, "unitPriceOre" bigint, "lineTotalOre" bigint, "stockStatus" text, bulky boolean)`,
    [id, JSON.stringify(lines)],
  );
  await controls.hold(manager, scope, { id, placedAt }, verdict.holds);
}
