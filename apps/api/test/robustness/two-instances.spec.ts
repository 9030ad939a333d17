/**
 * Two API processes on one database, as behind a load balancer (ARCHITECTURE.md "Tests"):
 * nothing may rely on memory of one process. One Idempotency-Key raced over both makes one
 * order; a quote is accepted once, and ordered once; a tier change made on one is priced by the
 * other on its next request.
 */
import { type ApiProcess, startApiProcess } from './support/api-process';
import { type RawResponse, send } from './support/raw-http';
import { accessToken, createShoppers, orderableSkus } from './support/shoppers';
import { startTestApp, type TestApp } from '../support/test-app';

describe('two API processes on one database', () => {
  let t: TestApp;
  let a: ApiProcess;
  let b: ApiProcess;

  beforeAll(async () => {
    t = await startTestApp();
    [a, b] = await Promise.all([
      startApiProcess({ databaseUrl: t.config.databaseUrl }),
      startApiProcess({ databaseUrl: t.config.databaseUrl }),
    ]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await t?.close();
  });

  const call = (api: ApiProcess, method: string, path: string, token: string, body?: unknown, key?: string) =>
    send(api.origin, {
      method,
      path: `/api${path}`,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: body === undefined ? undefined : Buffer.from(JSON.stringify(body)),
    });
  /** `n` requests at once, every other one to each process. */
  const race = (n: number, request: (api: ApiProcess, i: number) => Promise<RawResponse>) =>
    Promise.all(Array.from({ length: n }, (_, i) => request(i % 2 ? b : a, i)));
  const statuses = (responses: RawResponse[]) => responses.map((response) => response.status).sort();

  it('makes one order from one Idempotency-Key raced over both', async () => {
    const [shopper] = await createShoppers(t.sql, a.origin, 1, 'twins');
    const [sku] = await orderableSkus(t.sql, 1);
    const fill = await call(a, 'POST', '/quick-order/cart', shopper.token, { items: [{ sku, quantity: 3 }] });
    expect(fill.status).toBe(200);

    const checkout = {
      deliveryAddressId: shopper.deliveryAddressId,
      shippingMethod: 'standard',
      accessNotes: { access: 'street_level' },
    };
    const responses = await race(20, (api) => call(api, 'POST', '/orders', shopper.token, checkout, 'twins-one-key'));
    const orders = await t.sql<{ id: string }>(`SELECT id FROM orders WHERE placed_by_user_id = $1`, [shopper.userId]);
    process.stdout.write(
      `\n[two-instances] one key over both: ${statuses(responses).join(' ')}; orders made ${orders.length}\n`,
    );
    expect(statuses(responses)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((response) => JSON.parse(response.text).id))).toEqual(new Set([orders[0].id]));
    expect(orders).toHaveLength(1);
  });

  it('accepts a quote once and orders it once, whichever process each request reaches', async () => {
    const buyer = await accessToken(a.origin, 'buyer@nordlys.test');
    const [quote] = await t.sql<{ id: string }>(
      `SELECT q.id FROM quotes q JOIN companies c ON c.id = q.company_id
       WHERE c.name = 'Nordlys Elektro AS' AND q.status = 'answered' ORDER BY q.created_at LIMIT 1`,
    );
    const accepts = await race(10, (api) => call(api, 'POST', `/quotes/${quote.id}/accept`, buyer));
    const [address] = await t.sql<{ id: string }>(
      `SELECT a.id FROM addresses a JOIN users u ON u.company_id = a.company_id
       WHERE u.email = 'buyer@nordlys.test' AND a.kind = 'delivery' AND a.is_default`,
    );
    const checkout = {
      deliveryAddressId: address.id,
      shippingMethod: 'standard',
      quoteId: quote.id,
      accessNotes: { access: 'lift' },
    };
    const orders = await race(10, (api, i) => call(api, 'POST', '/orders', buyer, checkout, `twins-quote-${i}`));
    process.stdout.write(
      `[two-instances] quote accepted: ${statuses(accepts).join(' ')}; ordered: ${statuses(orders).join(' ')}\n`,
    );
    expect(accepts.filter((response) => response.status < 300)).toHaveLength(1);
    expect(accepts.filter((response) => response.status === 409)).toHaveLength(9);
    expect(orders.filter((response) => response.status === 201)).toHaveLength(1);
    expect(
      orders.filter((response) => response.status === 409).map((response) => JSON.parse(response.text).code),
    ).toEqual(Array(9).fill('quote_already_ordered'));
    const [row] = await t.sql<{ status: string; orders: number }>(
      `SELECT status, (SELECT count(*) FROM orders WHERE quote_id = $1) AS orders FROM quotes WHERE id = $1`,
      [quote.id],
    );
    expect(row).toEqual({ status: 'accepted', orders: 1 });
  });

  it('prices a tier change made on one process on the other at once', async () => {
    const [staff, buyer] = await Promise.all([
      accessToken(a.origin, 'admin@lumen.test'),
      accessToken(b.origin, 'buyer@nordlys.test'),
    ]);
    const [product] = await t.sql<{ sku: string; company: string }>(
      `SELECT p.sku, c.id AS company FROM products p, companies c
       WHERE p.lifecycle = 'active' AND NOT p.net_priced AND c.name = 'Nordlys Elektro AS' ORDER BY p.sku LIMIT 1`,
    );
    const priced = async () => JSON.parse((await call(b, 'GET', `/products/${product.sku}`, buyer)).text);
    const before = await priced();
    expect(before.price.tier).toBe('gold');
    const change = await call(a, 'PATCH', `/staff/companies/${product.company}/tier`, staff, {
      tier: 'platinum',
      reason: 'Two-instance test: the other process must price this at once',
    });
    expect(change.status).toBe(200);
    const after = await priced();
    process.stdout.write(
      `[two-instances] ${product.sku} for Nordlys via the other process: ${before.price.tier} ` +
        `${before.price.unitPriceOre} øre, then ${after.price.tier} ${after.price.unitPriceOre} øre\n`,
    );
    expect(after.price).toMatchObject({ tier: 'platinum', unitPriceOre: before.nextTier.unitPriceOre });
  });
});
