import type { QuickOrderReport } from '@lumen/shared/contracts';
import { insertProducts } from './quick-order-fixtures';
import { statementsDuring } from './support/sql-statements';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * An unknown article number gets the closest orderable ones, also when it shares neither its
 * start nor its end with any SKU (a digit too few: LT-9999 where the catalog runs LT-10000…).
 */
describe('quick order suggestions for an unknown article number', () => {
  let t: TestApp;
  let purchaser: string;

  beforeAll(async () => {
    t = await startTestApp();
    await insertProducts(t, [
      { sku: 'ZQ-10000', listPriceOre: 10_000 },
      { sku: 'ZQ-10999', listPriceOre: 10_000 },
      { sku: 'ZQ-11999', listPriceOre: 10_000 },
      { sku: 'ZQ-12999', listPriceOre: 10_000, lifecycle: 'end_of_life' },
      { sku: 'ZQ-20001', listPriceOre: 10_000 },
    ]);
    purchaser = await t.http.tokenFor('purchaser@nordlys.test');
  });
  afterAll(() => t.close());

  const check = async (...skus: string[]) => {
    const response = await t.http.post<QuickOrderReport>(
      '/quick-order/check',
      { lines: skus.map((sku) => ({ sku, quantity: '1' })) },
      { token: purchaser },
    );
    expect(response.status).toBe(200);
    return response.body;
  };

  it('suggests the SKUs ending like it and its neighbours in order, closest first, never an end-of-life one', async () => {
    const report = await check('ZQ-9999');
    const [line] = report.lines;
    expect(line.status).toBe('unknown_sku');
    // ZQ-10999 and ZQ-11999 share "999" (most trigrams); ZQ-20001 sorts right after ZQ-9999's
    // neighbours but shares only the letters; ZQ-12999 is end of life.
    expect(line.suggestions?.slice(0, 2)).toEqual(['ZQ-10999', 'ZQ-11999']);
    expect(line.suggestions).not.toContain('ZQ-12999');
    expect(line.suggestions?.length).toBeLessThanOrEqual(3);
    // The report carries what the picker shows of each suggestion: name, price, stock.
    expect(report.products.find((product) => product.sku === 'ZQ-10999')).toMatchObject({
      name: 'Test ZQ-10999',
      stockStatus: 'in_stock',
      price: { unitPriceOre: 9_000 },
    });
  });

  it('finds the demo catalogue’s neighbours of LT-9999, in the same number of statements as a known SKU', async () => {
    let report: QuickOrderReport | undefined;
    const unknown = await statementsDuring(async () => {
      report = await check('LT-9999');
    });
    expect(report?.lines[0].suggestions?.length).toBeGreaterThan(0);
    expect(report?.lines[0].suggestions?.every((sku) => sku.startsWith('LT-1'))).toBe(true);
    const known = await statementsDuring(() => check('LT-10000'));
    expect(unknown.length).toBe(known.length);
  });
});
