import type { ProductDetail, ProductPage, ProductSummary } from '@lumen/shared/contracts';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Loyalty prices as each kind of caller sees them. Two products get known list prices so
 * the expected figures are plain numbers: 100.01 kr (ordinary) and 99.95 kr (net-priced).
 */
describe('loyalty pricing over HTTP', () => {
  let t: TestApp;
  let tokens: Record<'buyer' | 'fjord' | 'consultant' | 'admin', string>;
  let nordlysId: string;
  const ORDINARY = 'LT-10000';
  const NET = 'LT-10001';

  beforeAll(async () => {
    t = await startTestApp();
    await t.sql(`UPDATE products SET list_price_ore = 10001, net_priced = false WHERE sku = $1`, [ORDINARY]);
    await t.sql(`UPDATE products SET list_price_ore = 9995, net_priced = true WHERE sku = $1`, [NET]);
    tokens = {
      buyer: await t.http.tokenFor('buyer@nordlys.test'),
      fjord: await t.http.tokenFor('admin@fjordbygg.test'),
      consultant: await t.http.tokenFor('consultant@lumen.test'),
      admin: await t.http.tokenFor('admin@lumen.test'),
    };
    [{ id: nordlysId }] = await t.sql<{ id: string }>(`SELECT id FROM companies WHERE name = 'Nordlys Elektro AS'`);
  });
  afterAll(() => t.close());

  async function pricesOf(token?: string): Promise<Record<string, ProductSummary>> {
    const response = await t.http.get<ProductPage>(`/products?q=LT-1000&sort=sku&pageSize=10`, { token });
    expect(response.status).toBe(200);
    return Object.fromEntries(response.body.items.map((item) => [item.sku, item]));
  }

  it('gives visitors no price field at all, on lists and product pages', async () => {
    const page = await t.http.get<ProductPage>('/products?pageSize=100');
    expect(page.body.items).toHaveLength(100);
    expect(page.text).not.toMatch(/price|Ore"/i);
    const detail = await t.http.get<ProductDetail>(`/products/${ORDINARY}`);
    expect(detail.text).not.toMatch(/price|Ore"/i);
    // A broken or expired token is a visitor too, not an error.
    const forged = await t.http.get('/products?pageSize=5', {
      token: 'not-a-jwt',
    });
    expect(forged.status).toBe(200);
    expect(forged.text).not.toMatch(/price/i);
  });

  it('gives a gold customer 10 % off, half-up to the øre, with VAT', async () => {
    const prices = await pricesOf(tokens.buyer);
    expect(prices[ORDINARY].price).toEqual({
      listPriceOre: 10001,
      tier: 'gold',
      discountPercent: 10,
      netPriced: false,
      unitPriceOre: 9001, // 9000.9 → 9001
      unitPriceInclVatOre: 11251, // + 2250.25 → 2250
    });
  });

  it('gives a silver customer 5 %', async () => {
    const prices = await pricesOf(tokens.fjord);
    expect(prices[ORDINARY].price).toMatchObject({
      tier: 'silver',
      discountPercent: 5,
      unitPriceOre: 9501,
    });
  });

  it('takes no discount on net-priced products', async () => {
    const prices = await pricesOf(tokens.buyer);
    expect(prices[NET].price).toEqual({
      listPriceOre: 9995,
      tier: 'gold',
      discountPercent: 0,
      netPriced: true,
      unitPriceOre: 9995,
      unitPriceInclVatOre: 12494, // 9995 + 2498.75 → 2499
    });
  });

  it('shows staff the list price', async () => {
    for (const token of [tokens.consultant, tokens.admin]) {
      const prices = await pricesOf(token);
      expect(prices[ORDINARY].price).toMatchObject({
        tier: null,
        discountPercent: 0,
        unitPriceOre: 10001,
        unitPriceInclVatOre: 12501,
      });
    }
  });

  it('prices the product page and every item on a page of 100', async () => {
    const detail = await t.http.get<ProductDetail>(`/products/${ORDINARY}`, {
      token: tokens.buyer,
    });
    expect(detail.body.price?.unitPriceOre).toBe(9001);
    const page = await t.http.get<ProductPage>('/products?pageSize=100', {
      token: tokens.buyer,
    });
    expect(page.body.items.every((item) => item.price?.tier === 'gold')).toBe(true);
  });

  it('tells silver and gold customers what the next tier would save them on a product page', async () => {
    const detail = (token?: string, sku = ORDINARY) =>
      t.http.get<ProductDetail>(`/products/${sku}`, { token }).then((response) => response.body);
    // 10001 øre: silver 9501, gold 9001, platinum 8501 (8500.85 half-up).
    expect((await detail(tokens.fjord)).nextTier).toEqual({ tier: 'gold', unitPriceOre: 9001, savingOre: 500 });
    expect((await detail(tokens.buyer)).nextTier).toEqual({ tier: 'platinum', unitPriceOre: 8501, savingOre: 500 });
    // Nothing to gain on net-priced products, nothing to tell visitors or staff.
    expect((await detail(tokens.buyer, NET)).nextTier).toBeUndefined();
    expect((await detail()).nextTier).toBeUndefined();
    expect((await detail(tokens.consultant)).nextTier).toBeUndefined();
  });

  describe('changing a company tier', () => {
    afterAll(() => t.sql(`UPDATE companies SET tier = 'gold' WHERE id = $1`, [nordlysId]));

    it('takes effect on the next request, is audited and e-mailed to the company admins', async () => {
      const response = await t.http.patch(
        `/staff/companies/${nordlysId}/tier`,
        { tier: 'platinum', reason: 'Rammeavtale 2027' },
        { token: tokens.consultant },
      );
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        companyId: nordlysId,
        previousTier: 'gold',
        tier: 'platinum',
      });

      // Same access token as before: the tier is read per request, never baked into the token.
      const prices = await pricesOf(tokens.buyer);
      expect(prices[ORDINARY].price).toMatchObject({
        tier: 'platinum',
        discountPercent: 15,
        unitPriceOre: 8501,
      });
      // Platinum is the top: no "would save you" hint any more.
      const detail = await t.http.get<ProductDetail>(`/products/${ORDINARY}`, { token: tokens.buyer });
      expect(detail.body.nextTier).toBeUndefined();

      const audit = await t.sql(
        `SELECT a.action, a.before, a.after, a.reason, u.email AS actor
         FROM audit_log a JOIN users u ON u.id = a.actor_user_id
         WHERE a.company_id = $1 AND a.action = 'company.tier_changed'`,
        [nordlysId],
      );
      expect(audit).toEqual([
        {
          action: 'company.tier_changed',
          before: { tier: 'gold' },
          after: { tier: 'platinum' },
          reason: 'Rammeavtale 2027',
          actor: 'consultant@lumen.test',
        },
      ]);
      const mail = await t.sql<{
        recipient: string;
        subject: string;
        body: string;
      }>(`SELECT recipient, subject, body FROM outbox_messages WHERE kind = 'company.tier_changed'`);
      // Only company admins are told; the buyer is not an admin.
      expect(mail.map((m) => m.recipient)).toEqual(['admin@nordlys.test']);
      expect(mail[0].subject).toContain('platina');
      expect(mail[0].body).toContain('15 %');
    });

    it('lets a shop admin change it too, and does nothing when the tier is the same', async () => {
      const response = await t.http.patch(
        `/staff/companies/${nordlysId}/tier`,
        { tier: 'platinum', reason: 'Ingen endring' },
        { token: tokens.admin },
      );
      expect(response.status).toBe(200);
      expect(response.body.previousTier).toBe('platinum');
      const [{ count }] = await t.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM audit_log WHERE action = 'company.tier_changed'`,
      );
      expect(count).toBe(1);
    });

    it('is refused to customers, and for bad input', async () => {
      const asBuyer = await t.http.patch(
        `/staff/companies/${nordlysId}/tier`,
        { tier: 'platinum', reason: 'Jeg vil ha rabatt' },
        { token: tokens.buyer },
      );
      expect(asBuyer.status).toBe(403);
      const noReason = await t.http.patch(
        `/staff/companies/${nordlysId}/tier`,
        { tier: 'silver' },
        { token: tokens.consultant },
      );
      expect(noReason.status).toBe(400);
      expect(noReason.body.details.map((d: { field: string }) => d.field)).toContain('reason');
      const badTier = await t.http.patch(
        `/staff/companies/${nordlysId}/tier`,
        { tier: 'diamond', reason: 'Test' },
        { token: tokens.consultant },
      );
      expect(badTier.status).toBe(400);
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        const missing = await t.http.patch(
          `/staff/companies/${id}/tier`,
          { tier: 'silver', reason: 'Test' },
          { token: tokens.consultant },
        );
        expect(missing.status).toBe(404);
      }
    });
  });

  describe('tier percentages', () => {
    it('are read by staff and set by the shop admin only, effective at once', async () => {
      const read = await t.http.get('/staff/pricing/tiers', {
        token: tokens.consultant,
      });
      expect(read.body).toEqual({ silver: 5, gold: 10, platinum: 15 });
      expect((await t.http.get('/staff/pricing/tiers', { token: tokens.buyer })).status).toBe(403);
      const byConsultant = await t.http.put(
        '/staff/pricing/tiers',
        { silver: 5, gold: 10, platinum: 20 },
        { token: tokens.consultant },
      );
      expect(byConsultant.status).toBe(403);

      const update = await t.http.put(
        '/staff/pricing/tiers',
        { silver: 4, gold: 12.5, platinum: 20 },
        { token: tokens.admin },
      );
      expect(update.status).toBe(200);
      expect(update.body).toEqual({ silver: 4, gold: 12.5, platinum: 20 });
      const prices = await pricesOf(tokens.buyer);
      // 10001 less 12.5 % = 8750.875 → 8751
      expect(prices[ORDINARY].price).toMatchObject({
        tier: 'gold',
        discountPercent: 12.5,
        unitPriceOre: 8751,
      });
      const [audit] = await t.sql(
        `SELECT before, after FROM audit_log WHERE action = 'pricing.tier_discounts_changed'`,
      );
      expect(audit).toEqual({
        before: { silver: 5, gold: 10, platinum: 15 },
        after: { silver: 4, gold: 12.5, platinum: 20 },
      });
    });

    it('refuses 100 %, negatives, three decimals and tiers out of order', async () => {
      for (const body of [
        { silver: 5, gold: 10, platinum: 100 },
        { silver: -1, gold: 10, platinum: 15 },
        { silver: 5, gold: 10.005, platinum: 15 },
        { silver: 5, gold: '10', platinum: 15 },
      ]) {
        const response = await t.http.put('/staff/pricing/tiers', body, {
          token: tokens.admin,
        });
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('validation_failed');
      }
      const order = await t.http.put(
        '/staff/pricing/tiers',
        { silver: 15, gold: 10, platinum: 5 },
        { token: tokens.admin },
      );
      expect(order.status).toBe(400);
      expect(order.body.code).toBe('tiers_out_of_order');
    });
  });
});
