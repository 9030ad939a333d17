import type { ApiErrorDetail, OrderDetail } from '@lumen/shared/contracts';
import { isBusinessDay } from '@lumen/shared/domain';
import { insertProducts } from './quick-order-fixtures';
import { statementsDuring } from './support/sql-statements';
import { startTestApp, type TestApp } from './support/test-app';

describe('checkout and orders over HTTP', () => {
  let t: TestApp;
  let purchaser: string;
  let addressId: string;
  let companyId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await insertProducts(t, [
      { sku: 'OR-A-1', listPriceOre: 100_000 },
      { sku: 'OR-B-1', listPriceOre: 5_000, bulky: true },
      { sku: 'OR-EOL-1', listPriceOre: 1_000 },
    ]);
    purchaser = await t.http.tokenFor('purchaser@nordlys.test');
    [{ id: companyId }] = await t.sql<{ id: string }>(`SELECT id FROM companies WHERE name = 'Nordlys Elektro AS'`);
    [{ id: addressId }] = await t.sql<{ id: string }>(
      `SELECT id FROM addresses WHERE company_id = $1 AND kind = 'delivery' AND is_default`,
      [companyId],
    );
  });
  afterAll(() => t.close());

  const fill = async (token: string, items: { sku: string; quantity: number }[]) => {
    const response = await t.http.post('/quick-order/cart', { items }, { token });
    expect(response.status).toBe(200);
  };
  const checkout = (token: string, key: string | null, body: object) =>
    t.http.post<OrderDetail & { code?: string; details?: ApiErrorDetail[] }>('/orders', body, {
      token,
      headers: key ? { 'idempotency-key': key } : {},
    });
  const orderCount = async () => Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM orders`))[0].n);

  it('needs an Idempotency-Key', async () => {
    const response = await checkout(purchaser, null, { deliveryAddressId: addressId, shippingMethod: 'standard' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('idempotency_key_required');
  });

  it('refuses an order with bulky lines without access notes, naming them; the cart stays', async () => {
    await fill(purchaser, [
      { sku: 'OR-A-1', quantity: 1 },
      { sku: 'OR-B-1', quantity: 1 },
    ]);
    const before = await orderCount();
    const response = await checkout(purchaser, 'bulky-no-access', {
      deliveryAddressId: addressId,
      shippingMethod: 'standard',
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('access_notes_required');
    expect(response.body.details).toEqual([expect.objectContaining({ field: 'accessNotes' })]);
    expect(response.body.details?.[0].message).toContain('OR-B-1');
    expect(await orderCount()).toBe(before);
    const cart = await t.http.get<{ items: { id: string }[] }>('/cart', { token: purchaser });
    expect(cart.body.items).toHaveLength(2);
    for (const item of cart.body.items) await t.http.delete(`/cart/items/${item.id}`, { token: purchaser });
  });

  it('makes exactly one order from 50 concurrent requests with one key, all answering the same body', async () => {
    await fill(purchaser, [
      { sku: 'OR-A-1', quantity: 2 },
      { sku: 'OR-B-1', quantity: 3 },
    ]);
    const before = await orderCount();
    const body = {
      deliveryAddressId: addressId,
      shippingMethod: 'express',
      purchaseOrderReference: 'PO-4711',
      accessNotes: { access: 'lift' },
    };
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => checkout(purchaser, 'same-key-50-concurrent', body)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(new Set(responses.map((r) => r.text)).size).toBe(1);
    expect(await orderCount()).toBe(before + 1);

    const order = responses[0].body;
    // Gold tier: 10 % off. Goods 2 × 900 + 3 × 45 = 1,935 kr ≥ 1,675: standard free; express and bulky charged.
    expect(order.totals.goodsOre).toBe(2 * 90_000 + 3 * 4_500);
    expect(order.shippingCharges).toEqual({
      standardFeeOre: 0,
      expressSurchargeOre: 19_900,
      bulkySurchargeOre: 35_000,
      totalOre: 54_900,
      freeStandardShipping: true,
    });
    expect(order.totals.vatOre).toBe(Math.round((order.totals.goodsOre + 54_900) * 0.25));
    expect(order).toMatchObject({
      status: 'placed',
      purchaseOrderReference: 'PO-4711',
      paymentMethod: 'invoice_30_days',
      paymentTermsDays: 30,
      shippingMethod: 'express',
      deliveryAddress: { line1: 'Alnabruveien 40', city: 'Oslo', country: 'NO' },
      billingAddress: { line1: 'Storgata 12', city: 'Oslo' },
    });
    expect(isBusinessDay(order.expectedDispatchDate)).toBe(true);
    expect(order.earliestDeliveryDate > order.expectedDispatchDate).toBe(true);
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPriceOre])).toEqual([
      ['OR-A-1', 2, 90_000],
      ['OR-B-1', 3, 4_500],
    ]);
    // The cart is emptied and one confirmation is in the outbox.
    expect((await t.http.get('/cart', { token: purchaser })).body.items).toEqual([]);
    const mails = await t.sql(`SELECT subject FROM outbox_messages WHERE kind = 'order_confirmation'`);
    expect(mails).toHaveLength(1);
  });

  it('answers a retry with the first order and refuses the key for a different body', async () => {
    const replay = await checkout(purchaser, 'same-key-50-concurrent', {
      accessNotes: { access: 'lift' },
      shippingMethod: 'express',
      purchaseOrderReference: 'PO-4711',
      deliveryAddressId: addressId,
    });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const other = await checkout(purchaser, 'same-key-50-concurrent', {
      deliveryAddressId: addressId,
      shippingMethod: 'standard',
    });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
  });

  it('forgets a key after 24 hours: the same key may then place a new order', async () => {
    const [key] = await t.sql<{ hours: number }>(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours
       FROM idempotency_keys WHERE key = 'same-key-50-concurrent'`,
    );
    expect(key.hours).toBe(24);
    await t.sql(
      `UPDATE idempotency_keys SET created_at = now() - interval '25 hours', expires_at = now() - interval '1 hour'
       WHERE key = 'same-key-50-concurrent'`,
    );
    await fill(purchaser, [{ sku: 'OR-A-1', quantity: 1 }]);
    const before = await orderCount();
    const again = await checkout(purchaser, 'same-key-50-concurrent', {
      deliveryAddressId: addressId,
      shippingMethod: 'standard',
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(await orderCount()).toBe(before + 1);
  });

  it('places an order of 1 or 40 lines in the same number of SQL statements', async () => {
    await insertProducts(
      t,
      Array.from({ length: 40 }, (_, i) => ({ sku: `OR-N-${i + 1}`, listPriceOre: 1_000 + i })),
    );
    const counts: number[] = [];
    for (const lines of [1, 40]) {
      await fill(
        purchaser,
        Array.from({ length: lines }, (_, i) => ({ sku: `OR-N-${i + 1}`, quantity: i + 1 })),
      );
      const statements = await statementsDuring(async () => {
        const response = await checkout(purchaser, `statement-count-${lines}`, {
          deliveryAddressId: addressId,
          shippingMethod: 'standard',
        });
        expect(response.status).toBe(201);
        expect(response.body.lines).toHaveLength(lines);
      });
      counts.push(statements.length);
    }
    // The caller; then one transaction: begin, claim the key, delivery and billing address, the cart
    // (lock, items, prices), shipping settings, the purchasing controls (the budgets locked, then
    // their spending; the rules with the orderer's roles), the order with its lines, empty the
    // cart, read the order back (order, lines), the orderer's address and language, the e-mail,
    // complete the key, purge expired keys, commit. The same for 1 and 40 lines: no statement per line.
    expect(counts).toEqual([20, 20]);
  });

  it('keeps the copied addresses when the address book changes', async () => {
    const [{ id }] = await t.sql<{ id: string }>(`SELECT id FROM orders ORDER BY placed_at DESC LIMIT 1`);
    await t.sql(`UPDATE addresses SET line1 = 'Ny vei 1' WHERE id = $1`, [addressId]);
    const order = await t.http.get<OrderDetail>(`/orders/${id}`, { token: purchaser });
    expect(order.body.deliveryAddress.line1).toBe('Alnabruveien 40');
    await t.sql(`UPDATE addresses SET line1 = 'Alnabruveien 40' WHERE id = $1`, [addressId]);
  });

  it('fails whole when any line is invalid: no order, no lines, cart untouched', async () => {
    await fill(purchaser, [
      { sku: 'OR-A-1', quantity: 1 },
      { sku: 'OR-EOL-1', quantity: 1 },
    ]);
    await t.sql(`UPDATE products SET lifecycle = 'end_of_life' WHERE sku = 'OR-EOL-1'`);
    const before = await orderCount();
    const lineCount = await t.sql(`SELECT count(*) FROM order_lines`);
    const response = await checkout(purchaser, 'invalid-line-key', {
      deliveryAddressId: addressId,
      shippingMethod: 'standard',
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'order_has_invalid_lines',
      details: [{ field: 'OR-EOL-1', code: 'end_of_life' }],
    });
    expect(await orderCount()).toBe(before);
    expect(await t.sql(`SELECT count(*) FROM order_lines`)).toEqual(lineCount);
    expect((await t.http.get('/cart', { token: purchaser })).body.items).toHaveLength(2);
    // The key went with the failed transaction: once the cart is fixed, the same key orders.
    const eolItem = (await t.http.get('/cart', { token: purchaser })).body.items.find(
      (item: { product: { sku: string } }) => item.product.sku === 'OR-EOL-1',
    );
    await t.http.delete(`/cart/items/${eolItem.id}`, { token: purchaser });
    const retry = await checkout(purchaser, 'invalid-line-key', {
      deliveryAddressId: addressId,
      shippingMethod: 'standard',
    });
    expect(retry.status).toBe(201);
  });

  it('takes a desired delivery date only on a business day no earlier than possible', async () => {
    await fill(purchaser, [{ sku: 'OR-A-1', quantity: 1 }]);
    const options = await t.http.get(`/cart/shipping-options?deliveryAddressId=${addressId}`, { token: purchaser });
    expect(options.status).toBe(200);
    const standard = options.body.options.find((o: { method: string }) => o.method === 'standard');
    const earliest: string = standard.earliestDeliveryDate;
    const dayBefore = new Date(Date.parse(earliest) - 86_400_000).toISOString().slice(0, 10);
    const tooEarly = await checkout(purchaser, 'desired-1', {
      deliveryAddressId: addressId,
      shippingMethod: 'standard',
      desiredDeliveryDate: dayBefore,
    });
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.details?.[0]).toMatchObject({ field: 'desiredDeliveryDate', code: 'before_earliest' });

    let saturday = earliest;
    while (new Date(saturday).getUTCDay() !== 6)
      saturday = new Date(Date.parse(saturday) + 86_400_000).toISOString().slice(0, 10);
    const weekend = await checkout(purchaser, 'desired-2', {
      deliveryAddressId: addressId,
      shippingMethod: 'standard',
      desiredDeliveryDate: saturday,
    });
    expect(weekend.body.details?.[0].code).toBe('not_a_business_day');

    const both = await checkout(purchaser, 'desired-3', {
      deliveryAddressId: addressId,
      shippingMethod: 'standard',
      desiredDeliveryDate: earliest,
      partialDelivery: true,
    });
    expect(both.status).toBe(400);

    const ok = await checkout(purchaser, 'desired-4', {
      deliveryAddressId: addressId,
      shippingMethod: 'standard',
      desiredDeliveryDate: earliest,
    });
    expect(ok.status).toBe(201);
    expect(ok.body.desiredDeliveryDate).toBe(earliest);
    // Goods 900 kr < 1,675 kr: the standard fee applies.
    expect(ok.body.shippingCharges.standardFeeOre).toBe(14_900);
  });

  it('refuses an empty cart and another company’s delivery address', async () => {
    const empty = await checkout(purchaser, 'empty-cart', { deliveryAddressId: addressId, shippingMethod: 'standard' });
    expect(empty.status).toBe(422);
    expect(empty.body.code).toBe('cart_empty');
    await fill(purchaser, [{ sku: 'OR-A-1', quantity: 1 }]);
    const [{ id: foreign }] = await t.sql<{ id: string }>(
      `SELECT a.id FROM addresses a JOIN companies c ON c.id = a.company_id
       WHERE c.name = 'Fjord Bygg AS' AND a.kind = 'delivery' LIMIT 1`,
    );
    const response = await checkout(purchaser, 'foreign-address', {
      deliveryAddressId: foreign,
      shippingMethod: 'standard',
    });
    expect(response.status).toBe(400);
    expect(response.body.details?.[0]).toMatchObject({ field: 'deliveryAddressId', code: 'unknown_address' });
  });

  it('delivers only to a live delivery address of the book: not a deleted one, not the billing address', async () => {
    await fill(purchaser, [{ sku: 'OR-A-1', quantity: 1 }]);
    const [{ id: deleted }] = await t.sql<{ id: string }>(
      `INSERT INTO addresses (company_id, kind, line1, postal_code, city, country, deleted_at)
       VALUES ($1, 'delivery', 'Revet vei 1', '0150', 'Oslo', 'NO', now()) RETURNING id`,
      [companyId],
    );
    const [{ id: billing }] = await t.sql<{ id: string }>(
      `SELECT id FROM addresses WHERE company_id = $1 AND kind = 'billing'`,
      [companyId],
    );
    for (const id of [deleted, billing]) {
      const response = await checkout(purchaser, `not-a-delivery-address-${id}`, {
        deliveryAddressId: id,
        shippingMethod: 'standard',
      });
      expect(response.status).toBe(400);
      expect(response.body.details?.[0]).toMatchObject({ field: 'deliveryAddressId', code: 'unknown_address' });
      const options = await t.http.get(`/cart/shipping-options?deliveryAddressId=${id}`, { token: purchaser });
      expect(options.status).toBe(404);
    }
  });

  it('refuses users without orders.place and companies pending verification', async () => {
    const viewer = await t.http.tokenFor('viewer@nordlys.test');
    const body = { deliveryAddressId: addressId, shippingMethod: 'standard' };
    expect((await checkout(viewer, 'viewer-key-1', body)).status).toBe(403);
    await t.sql(`UPDATE companies SET status = 'pending_verification' WHERE id = $1`, [companyId]);
    const pending = await t.http.tokenFor('purchaser@nordlys.test');
    expect((await checkout(pending, 'pending-key-1', body)).status).toBe(403);
    await t.sql(`UPDATE companies SET status = 'active' WHERE id = $1`, [companyId]);
  });

  it('lists the company’s orders and hides them from another company', async () => {
    const list = await t.http.get('/orders', { token: purchaser });
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThanOrEqual(3);
    expect(list.body.items[0]).toMatchObject({ status: 'placed', totals: expect.any(Object) });
    const viewer = await t.http.tokenFor('viewer@nordlys.test');
    expect((await t.http.get(`/orders/${list.body.items[0].id}`, { token: viewer })).status).toBe(200);
    const other = await t.http.tokenFor('admin@fjordbygg.test');
    expect((await t.http.get('/orders', { token: other })).body.total).toBe(0);
    expect((await t.http.get(`/orders/${list.body.items[0].id}`, { token: other })).status).toBe(404);
  });

  it("counts a page past the end within the caller's scope: the company's orders, or every company's for staff", async () => {
    const [{ all, own }] = await t.sql<{ all: number; own: number }>(
      `SELECT count(*)::int AS all, (count(*) FILTER (WHERE company_id = $1))::int AS own FROM orders`,
      [companyId],
    );
    expect(all).toBeGreaterThan(0);
    const beyond = (token: string) => t.http.get('/orders?page=1000&pageSize=10', { token });
    expect((await beyond(purchaser)).body).toMatchObject({ items: [], total: own, page: 1000 });
    expect((await beyond(await t.http.tokenFor('admin@fjordbygg.test'))).body).toMatchObject({ items: [], total: 0 });
    expect((await beyond(await t.http.tokenFor('consultant@lumen.test'))).body).toMatchObject({
      items: [],
      total: all,
    });
  });

  describe('from an accepted quote', () => {
    let quoteId: string;
    beforeAll(async () => {
      const [buyer] = await t.sql<{ id: string }>(`SELECT id FROM users WHERE email = 'buyer@nordlys.test'`);
      const [consultant] = await t.sql<{ id: string }>(`SELECT id FROM users WHERE email = 'consultant@lumen.test'`);
      const products = await t.sql<{ id: string; sku: string }>(
        `SELECT id, sku FROM products WHERE sku IN ('OR-A-1', 'OR-B-1') ORDER BY sku`,
      );
      [{ id: quoteId }] = await t.sql<{ id: string }>(
        `INSERT INTO quotes (company_id, project_list_name, requested_by_user_id, status, requested_at, due_at,
           current_revision, valid_until, accepted_revision, accepted_by_user_id, accepted_at)
         VALUES ($1, 'Bjørvika', $2, 'accepted', now(), now() + interval '1 day', 2, now() + interval '30 days', 2, $2, now())
         RETURNING id`,
        [companyId, buyer.id],
      );
      for (const revision of [1, 2]) {
        const [{ id: revisionId }] = await t.sql<{ id: string }>(
          `INSERT INTO quote_revisions (quote_id, number, published_at, published_by_user_id, valid_until,
             cycle_started_at, due_at, total_ore)
           VALUES ($1, $2, now(), $3, now() + interval '30 days', now(), now(), 0) RETURNING id`,
          [quoteId, revision, consultant.id],
        );
        // Revision 1 offered 50,000 øre; the accepted revision 2 offers 70,000 øre for OR-A-1, 10 pieces.
        await t.sql(
          `INSERT INTO quote_revision_lines (revision_id, product_id, sku, name, quantity, list_price_ore,
             tier_unit_price_ore, unit_price_ore, line_total_ore, position)
           VALUES ($1, $2, 'OR-A-1', 'Test OR-A-1', 10, 100000, 90000, $3, $4, 1)`,
          [revisionId, products[0].id, revision === 1 ? 50_000 : 70_000, revision === 1 ? 500_000 : 700_000],
        );
        if (revision === 2)
          await t.sql(
            `INSERT INTO quote_revision_lines (revision_id, product_id, sku, name, quantity, list_price_ore,
               tier_unit_price_ore, unit_price_ore, line_total_ore, position)
             VALUES ($1, $2, 'OR-B-1', 'Test OR-B-1', 4, 5000, 4500, 4000, 16000, 2)`,
            [revisionId, products[1].id],
          );
      }
    });

    it("offers the shipping options of the quote's lines, not of the cart", async () => {
      const buyer = await t.http.tokenFor('buyer@nordlys.test');
      // OR-A-1 in the quote comes in from the supplier in three weeks; the buyer's cart is empty.
      const comesIn = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
      await t.sql(
        `UPDATE products SET stock_status = 'supplier_date_confirmed', stock_date = $1 WHERE sku = 'OR-A-1'`,
        [comesIn],
      );
      try {
        const earliest = async (query: string) => {
          const response = await t.http.get(`/cart/shipping-options?deliveryAddressId=${addressId}${query}`, {
            token: buyer,
          });
          expect(response.status).toBe(200);
          return response.body.options.find((o: { method: string }) => o.method === 'standard')
            .earliestDeliveryDate as string;
        };
        expect((await earliest('')) < comesIn).toBe(true);
        expect((await earliest(`&quoteId=${quoteId}`)) > comesIn).toBe(true);
        const other = await t.http.tokenFor('admin@fjordbygg.test');
        const [fjordAddress] = await t.sql<{ id: string }>(
          `SELECT a.id FROM addresses a JOIN companies c ON c.id = a.company_id
           WHERE c.name = 'Fjord Bygg AS' AND a.kind = 'delivery' ORDER BY a.created_at LIMIT 1`,
        );
        const foreign = await t.http.get(
          `/cart/shipping-options?deliveryAddressId=${fjordAddress.id}&quoteId=${quoteId}`,
          {
            token: other,
          },
        );
        expect(foreign.status).toBe(404);
      } finally {
        await t.sql(`UPDATE products SET stock_status = 'in_stock', stock_date = NULL WHERE sku = 'OR-A-1'`);
      }
    });

    it('orders exactly the accepted revision at its prices, once', async () => {
      const buyer = await t.http.tokenFor('buyer@nordlys.test');
      const bare = { deliveryAddressId: addressId, shippingMethod: 'standard', quoteId };
      // The accepted revision has a bulky line: a quote checkout asks how it gets in, too.
      const refused = await checkout(buyer, 'quote-key-0', bare);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('access_notes_required');
      const body = { ...bare, accessNotes: { access: 'street_level', note: 'Port 3' } };
      const [first, second] = await Promise.all([
        checkout(buyer, 'quote-key-1', body),
        checkout(buyer, 'quote-key-2', body),
      ]);
      const statuses = [first.status, second.status].sort();
      expect(statuses).toEqual([201, 409]);
      const order = first.status === 201 ? first.body : second.body;
      expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPriceOre])).toEqual([
        ['OR-A-1', 10, 70_000],
        ['OR-B-1', 4, 4_000],
      ]);
      expect(order.quote).toMatchObject({ id: quoteId, revision: 2 });
      expect(order.totals.goodsOre).toBe(700_000 + 16_000);
      const again = await checkout(buyer, 'quote-key-3', body);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('quote_already_ordered');
    });
  });
});
