import type { CategoryNode, ProductDetail, ProductPage } from '@lumen/shared/contracts';
import { statementsDuring } from './support/sql-statements';
import { startTestApp, type TestApp } from './support/test-app';

describe('catalog over HTTP', () => {
  let t: TestApp;
  let buyer: string;
  beforeAll(async () => {
    t = await startTestApp();
    buyer = await t.http.tokenFor('buyer@nordlys.test');
  });
  afterAll(() => t.close());

  const search = (query: string, token?: string) => t.http.get<ProductPage>(`/products?${query}`, { token });

  describe('demo catalog', () => {
    it('seeds 2,000 products in a category tree', async () => {
      const [{ count }] = await t.sql<{ count: number }>(`SELECT count(*)::int AS count FROM products`);
      expect(count).toBe(2000);
      const response = await t.http.get<CategoryNode[]>('/categories');
      expect(response.status).toBe(200);
      const indoor = response.body.find((node) => node.slug === 'innendors');
      expect(indoor?.name).toBe('Innendørs');
      expect(indoor?.nameEn).toBe('Indoor');
      expect(indoor?.children.map((child) => child.slug)).toContain('downlights');
      // A parent counts the products of its sub-categories.
      const childSum = indoor?.children.reduce((sum, child) => sum + child.productCount, 0);
      expect(indoor?.productCount).toBe(childSum);
      const total = response.body.reduce((sum, node) => sum + node.productCount, 0);
      expect(total).toBe(2000);
    });
  });

  describe('search', () => {
    it('pages through everything with a total', async () => {
      const first = await search('pageSize=24');
      expect(first.status).toBe(200);
      expect(first.body.total).toBe(2000);
      expect(first.body.items).toHaveLength(24);
      const last = await search('pageSize=24&page=84');
      expect(last.body.items).toHaveLength(2000 - 83 * 24);
      const beyond = await search('pageSize=24&page=200');
      expect(beyond.body).toMatchObject({ total: 2000, items: [] });
    });

    it('finds an article number exactly and by prefix, exact match first', async () => {
      const exact = await search('q=LT-10423');
      expect(exact.body.items[0].sku).toBe('LT-10423');
      const prefix = await search('q=lt-1042&sort=sku&pageSize=100');
      // LT-1042 and LT-10420…LT-10429: the prefix, case-insensitive.
      expect(prefix.body.total).toBe(10);
      expect(prefix.body.items.every((item) => item.sku.startsWith('LT-1042'))).toBe(true);
    });

    it('finds words of the name and keywords, all of them', async () => {
      const names = await search('q=downlight&pageSize=100');
      expect(names.body.total).toBeGreaterThan(50);
      expect(names.body.items.every((item) => /downlight/i.test(item.name))).toBe(true);
      // "takspot" is a keyword of downlights, not in their names.
      const keyword = await search('q=takspot');
      expect(keyword.body.total).toBe(names.body.total);
      const both = await search('q=downlight%20IP65&pageSize=100');
      expect(both.body.total).toBeGreaterThan(0);
      expect(both.body.total).toBeLessThan(names.body.total);
      expect(both.body.items.every((item) => item.lighting.ipRating === 'IP65')).toBe(true);
      const nothing = await search('q=zzzqqq');
      expect(nothing.body).toMatchObject({ total: 0, items: [] });
    });

    it('shows a product added to the catalog at once in searches and category counts, though both are cached', async () => {
      const before = await search('q=zyxlampe');
      expect(before.body.total).toBe(0);
      const downlights = async () => {
        const tree = (await t.http.get<CategoryNode[]>('/categories')).body;
        return tree.flatMap((node) => node.children).find((node) => node.slug === 'downlights')?.productCount ?? 0;
      };
      const countBefore = await downlights();
      await t.sql(
        `INSERT INTO products (sku, name, category_id, brand, list_price_ore, stock_status)
         SELECT 'LT-990001', 'Zyxlampe test', id, 'Lumen', 10000, 'in_stock' FROM categories WHERE slug = 'downlights'`,
      );
      // The trigger's NOTIFY reaches the app at commit; allow it a moment to arrive.
      let total = 0;
      for (let attempt = 0; attempt < 20 && total === 0; attempt++) {
        total = (await search('q=zyxlampe')).body.total;
        if (total === 0) await new Promise((done) => setTimeout(done, 50));
      }
      expect(total).toBe(1);
      expect(await downlights()).toBe(countBefore + 1);
      await t.sql(`DELETE FROM products WHERE sku = 'LT-990001'`);
    });

    it('treats LIKE wildcards in the search text literally', async () => {
      const response = await search('q=%25');
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(0);
    });

    it('filters by a category including its sub-categories', async () => {
      const outdoor = await search('category=utendors&pageSize=100');
      const [{ count }] = await t.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM products p JOIN categories c ON c.id = p.category_id
         JOIN categories parent ON parent.id = c.parent_id WHERE parent.slug = 'utendors'`,
      );
      expect(outdoor.body.total).toBe(count);
      expect(new Set(outdoor.body.items.map((item) => item.category.slug))).toEqual(
        new Set(['lyskastere', 'veggarmaturer-ute', 'pullerter', 'gatelys']),
      );
      const unknown = await search('category=finnes-ikke');
      expect(unknown.body.total).toBe(0);
    });

    it('filters by lighting data', async () => {
      const response = await search(
        'minWattage=10&maxWattage=20&colourTemperatureK=3000&dimmable=true&ipRating=IP44&minCri=90&pageSize=100',
      );
      expect(response.status).toBe(200);
      expect(response.body.total).toBeGreaterThan(0);
      for (const { lighting } of response.body.items) {
        expect(lighting.wattage).toBeGreaterThanOrEqual(10);
        expect(lighting.wattage).toBeLessThanOrEqual(20);
        expect(lighting.colourTemperatureK).toBe(3000);
        expect(lighting.dimmable).toBe(true);
        expect(lighting.cri).toBeGreaterThanOrEqual(90);
        const [solids, water] = [Number(lighting.ipRating?.[2]), Number(lighting.ipRating?.[3])];
        expect(solids >= 4 && water >= 4).toBe(true);
      }
      const stock = await search('stockStatus=supplier_date_confirmed&pageSize=5');
      expect(stock.body.items[0].stockDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('sorts by name and, for customers, by price', async () => {
      const byName = await search('category=drivere&sort=name&pageSize=50');
      const names = byName.body.items.map((item) => item.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const byPrice = await search('category=drivere&sort=price_desc&pageSize=50', buyer);
      const prices = byPrice.body.items.map((item) => item.price?.unitPriceOre ?? 0);
      expect(prices).toEqual([...prices].sort((a, b) => b - a));
    });

    it('refuses bad queries with a clear 400 naming the field', async () => {
      for (const query of ['pageSize=500', 'page=0', 'sort=cheapest', 'ipRating=waterproof', 'dimmable=maybe']) {
        const response = await t.http.get(`/products?${query}`);
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('validation_failed');
      }
      const field = (await t.http.get('/products?pageSize=500')).body.details[0].field;
      expect(field).toBe('pageSize');
      // Visitors see no prices, so they cannot order by them either.
      const priceSort = await t.http.get('/products?sort=price_asc');
      expect(priceSort.status).toBe(400);
      expect(priceSort.body.details[0]).toMatchObject({
        field: 'sort',
        code: 'login_required',
      });
    });
  });

  describe('product page', () => {
    it('shows lighting data, category path and stock status', async () => {
      const response = await t.http.get<ProductDetail>('/products/lt-10001');
      expect(response.status).toBe(200);
      expect(response.body.sku).toBe('LT-10001');
      expect(response.body.categoryPath.map((c) => c.slug)).toEqual(['innendors', 'spotlights']);
      expect(response.body.description).toContain(response.body.brand);
      expect(response.body.lighting.wattage).toEqual(expect.any(Number));
      expect(response.body.keywords).toContain('skinne');
    });

    it('points an end-of-life product to its replacement, priced like any other', async () => {
      const [eol] = await t.sql<{ sku: string; replacement_sku: string }>(
        `SELECT sku, replacement_sku FROM products WHERE replacement_sku IS NOT NULL ORDER BY sku LIMIT 1`,
      );
      const response = await t.http.get<ProductDetail>(`/products/${eol.sku}`, {
        token: buyer,
      });
      expect(response.body.lifecycle).toBe('end_of_life');
      expect(response.body.replacement?.sku).toBe(eol.replacement_sku);
      expect(response.body.replacement?.lifecycle).toBe('active');
      expect(response.body.replacement?.price?.tier).toBe('gold');
    });

    it('answers 404 with a code for an unknown article number', async () => {
      const response = await t.http.get('/products/LT-99999999');
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('product_not_found');
    });
  });

  describe('SQL statements per catalog request', () => {
    it.each([
      ['a visitor', undefined],
      ['a gold customer', 'buyer@nordlys.test'],
      ['a consultant', 'consultant@lumen.test'],
    ])('stays at 3 or fewer for %s, whatever the page size', async (who, email) => {
      const token = email ? await t.http.tokenFor(email) : undefined;
      // A search nobody made yet (ranked now), the same again (ranking cached), a page
      // beyond the cached ranking, and the other catalog routes.
      const fresh = `/products?pageSize=100&q=led&minLumen=${who.length}`;
      const counts: number[] = [];
      for (const path of [
        fresh,
        fresh,
        '/products?pageSize=100&page=10',
        '/products?q=downlight&pageSize=24',
        '/products?pageSize=100&category=innendors&sort=name',
        '/products/LT-10423',
        '/categories',
      ]) {
        const statements = await statementsDuring(async () => {
          const response = await t.http.get(path, { token });
          expect(response.status).toBe(200);
        });
        counts.push(statements.length);
        expect(statements.length).toBeLessThanOrEqual(3);
      }
      // The counter really counts: a fresh search is auth lookup (logged in) + ranking + page,
      // and the same search again skips the ranking.
      expect(counts.slice(0, 2)).toEqual(email ? [3, 2] : [2, 1]);
    });
  });
});
