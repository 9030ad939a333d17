import { insertProducts } from './quick-order-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('cart over HTTP', () => {
  let t: TestApp;
  let buyer: string;

  beforeAll(async () => {
    t = await startTestApp();
    await insertProducts(t, [
      { sku: 'CA-A-1', listPriceOre: 10_000 },
      { sku: 'CA-EOL-1', listPriceOre: 10_000, lifecycle: 'end_of_life' },
    ]);
    buyer = await t.http.tokenFor('buyer@nordlys.test');
  });
  afterAll(() => t.close());

  it('adds by article number, raises the quantity on a second add, shows tier prices, VAT and a shipping estimate', async () => {
    await t.http.post('/cart/items', { sku: 'ca-a-1', quantity: 2 }, { token: buyer });
    const response = await t.http.post('/cart/items', { sku: 'CA-A-1', quantity: 3 }, { token: buyer });
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(1);
    expect(response.body.items[0]).toMatchObject({ quantity: 5, lineTotalOre: 5 * 9_000 });
    expect(response.body.items[0].product.price).toMatchObject({ tier: 'gold', unitPriceOre: 9_000 });
    expect(response.body.shippingEstimate).toMatchObject({ standardFeeOre: 14_900, totalOre: 14_900 });
    expect(response.body.totals).toEqual({
      goodsOre: 45_000,
      shippingOre: 14_900,
      netOre: 59_900,
      vatOre: 14_975,
      grossOre: 74_875,
    });
  });

  it('reads the shipping amounts from the shop’s settings', async () => {
    await t.sql(`UPDATE shipping_settings SET standard_fee_ore = 9900, free_shipping_threshold_ore = 40000`);
    const cheap = await t.http.get('/cart', { token: buyer });
    // Goods 450 kr ≥ 400 kr: free now.
    expect(cheap.body.shippingEstimate).toMatchObject({ standardFeeOre: 0, freeStandardShipping: true });
    expect(cheap.body.freeShippingThresholdOre).toBe(40_000);
    await t.sql(`UPDATE shipping_settings SET free_shipping_threshold_ore = 167500`);
    expect((await t.http.get('/cart', { token: buyer })).body.shippingEstimate.standardFeeOre).toBe(9_900);
    await t.sql(`UPDATE shipping_settings SET standard_fee_ore = 14900`);
  });

  it('refuses unknown and end-of-life products', async () => {
    expect((await t.http.post('/cart/items', { sku: 'NOPE-1', quantity: 1 }, { token: buyer })).body.details[0]).toMatchObject({
      field: 'sku',
      code: 'unknown_sku',
    });
    expect((await t.http.post('/cart/items', { sku: 'CA-EOL-1', quantity: 1 }, { token: buyer })).status).toBe(422);
  });

  it('changes and removes only the caller’s own items', async () => {
    const cart = await t.http.get('/cart', { token: buyer });
    const itemId = cart.body.items[0].id;
    const purchaser = await t.http.tokenFor('purchaser@nordlys.test');
    expect((await t.http.patch(`/cart/items/${itemId}`, { quantity: 1 }, { token: purchaser })).status).toBe(404);
    expect((await t.http.delete(`/cart/items/${itemId}`, { token: purchaser })).status).toBe(404);
    const changed = await t.http.patch(`/cart/items/${itemId}`, { quantity: 7 }, { token: buyer });
    expect(changed.body.items[0].quantity).toBe(7);
    expect((await t.http.patch(`/cart/items/${itemId}`, { quantity: 0 }, { token: buyer })).status).toBe(400);
    const removed = await t.http.delete(`/cart/items/${itemId}`, { token: buyer });
    expect(removed.body.items).toEqual([]);
  });

  it('moves a whole project list into the cart, leaving end-of-life items out and naming them', async () => {
    const [list] = await t.sql<{ id: string; company_id: string }>(
      `SELECT l.id, l.company_id FROM project_lists l JOIN companies c ON c.id = l.company_id
       WHERE c.name = 'Nordlys Elektro AS' ORDER BY l.created_at LIMIT 1`,
    );
    await t.sql(
      `INSERT INTO project_list_items (list_id, product_id, quantity)
       SELECT $1, id, 2 FROM products WHERE sku = 'CA-EOL-1'`,
      [list.id],
    );
    const items = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM project_list_items WHERE list_id = $1`, [list.id]);
    const response = await t.http.post(`/cart/from-project-list/${list.id}`, undefined, { token: buyer });
    expect(response.status).toBe(200);
    expect(response.body.skippedEndOfLife).toEqual(['CA-EOL-1']);
    expect(response.body.added).toBe(Number(items[0].n) - 1);
    expect(response.body.cart.items).toHaveLength(Number(items[0].n) - 1);
    const other = await t.http.tokenFor('admin@fjordbygg.test');
    expect((await t.http.post(`/cart/from-project-list/${list.id}`, undefined, { token: other })).status).toBe(404);
  });

  it('offers standard and express to a delivery address with dates', async () => {
    const response = await t.http.get('/cart/shipping-options', { token: buyer });
    expect(response.status).toBe(200);
    expect(response.body.options.map((o: { method: string }) => o.method)).toEqual(['standard', 'express']);
    const [standard, express] = response.body.options;
    expect(express.charges.expressSurchargeOre).toBe(19_900);
    expect(express.earliestDeliveryDate < standard.earliestDeliveryDate).toBe(true);
  });

  it('is not for viewers or staff', async () => {
    const viewer = await t.http.tokenFor('viewer@nordlys.test');
    const consultant = await t.http.tokenFor('consultant@lumen.test');
    expect((await t.http.get('/cart', { token: viewer })).status).toBe(403);
    expect((await t.http.get('/cart', { token: consultant })).status).toBe(403);
  });
});
