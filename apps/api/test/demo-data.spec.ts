import { ORDER_HISTORY_STATUSES, type OrderDetail, type OrderPage } from '@lumen/shared/contracts';
import { isBusinessDay } from '@lumen/shared/domain';
import { startTestApp, type TestApp } from './support/test-app';

/** The seeded demo data of PRODUCT.md §12, as the demo logins see it over HTTP. */
describe('demo data: orders', () => {
  let t: TestApp;
  let buyer: string;
  let page: OrderPage;

  beforeAll(async () => {
    t = await startTestApp();
    buyer = await t.http.tokenFor('buyer@nordlys.test');
    const response = await t.http.get<OrderPage>('/orders', { token: buyer });
    expect(response.status).toBe(200);
    page = response.body;
  });
  afterAll(() => t.close());

  const detail = async (id: string, token = buyer) => t.http.get<OrderDetail>(`/orders/${id}`, { token });

  it('gives Nordlys Elektro a history of orders in every state, placed in the past by its buyers', async () => {
    // Every state the customer's history knows, the one awaiting the admin's approval included.
    expect(new Set(page.items.map((order) => order.status))).toEqual(new Set(ORDER_HISTORY_STATUSES));
    expect(new Set(page.items.map((order) => order.placedBy))).toEqual(new Set(['Bjørn Innkjøper', 'Per Bestiller']));
    const today = new Date().toISOString().slice(0, 10);
    for (const order of page.items) {
      expect(order.placedAt < new Date(Date.now() - 3_600_000).toISOString()).toBe(true);
      expect(order.expectedDispatchDate >= order.placedAt.slice(0, 10)).toBe(true);
      if (order.status === 'delivered' || order.status === 'shipped')
        expect(order.expectedDispatchDate <= today).toBe(true);
    }
    // No confirmation e-mails went out for orders nobody placed.
    const mails = await t.sql(`SELECT 1 FROM outbox_messages WHERE kind = 'order_confirmation'`);
    expect(mails).toHaveLength(0);
  });

  it('prices every line at the gold tier and totals lines + shipping with VAT on the total', async () => {
    expect(page.items).not.toHaveLength(0);
    const [{ discount }] = await t.sql<{ discount: string }>(
      `SELECT discount_percent AS discount FROM tier_discounts WHERE tier = 'gold'`,
    );
    for (const summary of page.items) {
      const response = await detail(summary.id);
      expect(response.status).toBe(200);
      const order = response.body;
      expect(order.lines).toHaveLength(summary.lineCount);
      const catalog = await t.sql<{ id: string; list: string; net_priced: boolean }>(
        `SELECT id, list_price_ore AS list, net_priced FROM products WHERE id = ANY($1::uuid[])`,
        [order.lines.map((line) => line.productId)],
      );
      for (const line of order.lines) {
        const product = catalog.find((p) => p.id === line.productId);
        const list = Number(product?.list);
        const expected = product?.net_priced ? list : Math.floor((list * (100 - Number(discount)) + 50) / 100);
        expect({ sku: line.sku, unit: line.unitPriceOre }).toEqual({ sku: line.sku, unit: expected });
        expect(line.lineTotalOre).toBe(line.unitPriceOre * line.quantity);
      }
      const goods = order.lines.reduce((sum, line) => sum + line.lineTotalOre, 0);
      const charges = order.shippingCharges;
      expect(order.totals.goodsOre).toBe(goods);
      expect(charges.standardFeeOre).toBe(goods >= 167_500 ? 0 : 14_900);
      expect(charges.expressSurchargeOre).toBe(order.shippingMethod === 'express' ? 19_900 : 0);
      expect(charges.totalOre).toBe(charges.standardFeeOre + charges.expressSurchargeOre + charges.bulkySurchargeOre);
      expect(order.totals.shippingOre).toBe(charges.totalOre);
      expect(order.totals.netOre).toBe(goods + charges.totalOre);
      expect(order.totals.vatOre).toBe(Math.floor((order.totals.netOre * 25 + 50) / 100));
      expect(order.totals.grossOre).toBe(order.totals.netOre + order.totals.vatOre);
      expect(order.totals).toEqual(summary.totals);
      // Dates as the checkout plans them: business days, transit by shipping method.
      expect(
        [order.expectedDispatchDate, order.earliestDeliveryDate, order.latestDeliveryDate].every(isBusinessDay),
      ).toBe(true);
      expect(order.earliestDeliveryDate > order.expectedDispatchDate).toBe(true);
      expect(order.latestDeliveryDate >= order.earliestDeliveryDate).toBe(true);
      expect(order.paymentTermsDays).toBe(30);
    }
  });

  it('copies the billing and the default delivery address into each order', async () => {
    expect(page.items).not.toHaveLength(0);
    const [billing] = await t.sql(
      `SELECT a.line1, a.postal_code AS "postalCode", a.city FROM addresses a JOIN companies c ON c.id = a.company_id
       WHERE c.name = 'Nordlys Elektro AS' AND a.kind = 'billing'`,
    );
    const [delivery] = await t.sql(
      `SELECT a.label, a.line1, a.postal_code AS "postalCode", a.city FROM addresses a JOIN companies c ON c.id = a.company_id
       WHERE c.name = 'Nordlys Elektro AS' AND a.kind = 'delivery' AND a.is_default`,
    );
    for (const summary of page.items) {
      const order = (await detail(summary.id)).body;
      expect(order.billingAddress).toMatchObject({ ...billing, country: 'NO' });
      expect(order.deliveryAddress).toMatchObject({ ...delivery, country: 'NO' });
    }
  });

  it('shows none of them to another company', async () => {
    expect(page.items).not.toHaveLength(0);
    const fjord = await t.http.tokenFor('admin@fjordbygg.test');
    expect((await t.http.get<OrderPage>('/orders', { token: fjord })).body.total).toBe(0);
    for (const order of page.items) expect((await detail(order.id, fjord)).status).toBe(404);
  });

  it('promises no more warranty in a product description than the shop gives: 12 months', async () => {
    const [{ other, total }] = await t.sql<{ other: number; total: number }>(
      `SELECT count(*) FILTER (WHERE description ~* 'garanti' AND description !~ '12 måneders garanti')::int AS other,
              count(*)::int AS total FROM products`,
    );
    expect(total).toBeGreaterThan(0);
    expect(other).toBe(0);
  });
});
