import type { QuickOrderReport } from '@lumen/shared/contracts';
import { csvFile, insertProducts } from './quick-order-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('quick order over HTTP', () => {
  let t: TestApp;
  let purchaser: string;

  beforeAll(async () => {
    t = await startTestApp();
    await insertProducts(t, [
      { sku: 'QO-OK-1', listPriceOre: 10_000 },
      { sku: 'QO-NET-1', listPriceOre: 5_000, netPriced: true, stockStatus: 'remote_warehouse' },
      { sku: '00123', listPriceOre: 1_999 },
      { sku: 'QO-NEW-1', listPriceOre: 20_000 },
      { sku: 'QO-EOL-1', listPriceOre: 15_000, lifecycle: 'end_of_life', replacementSku: 'QO-NEW-1' },
      { sku: 'QO-DEAD-1', listPriceOre: 15_000, lifecycle: 'end_of_life' },
    ]);
    purchaser = await t.http.tokenFor('purchaser@nordlys.test');
  });
  afterAll(() => t.close());

  const mixedFile =
    '\ufeffArtikkelnummer;Antall\r\n' +
    'QO-OK-1;2\r\n' + // 2 ok
    '\r\n' + // 3 blank, ignored
    'qo-ok-1 ;3\r\n' + // 4 same SKU, summed into line 2
    'QO-OK-2;1\r\n' + // 5 typo: unknown, QO-OK-1 suggested
    'QO-NET-1;1,5\r\n' + // 6 invalid quantity
    'QO-EOL-1;4\r\n' + // 7 end of life, replacement offered
    'QO-DEAD-1;1\r\n' + // 8 end of life without replacement: not orderable
    ';7\r\n' + // 9 no article number
    '00123;10\r\n' + // 10 leading zeros kept
    '"QO-NET-1";"1"\r\n'; // 11 quoted

  it('explains every line of a file that mixes every case', async () => {
    const response = await t.http.post<QuickOrderReport>('/quick-order/check', csvFile(mixedFile), {
      token: purchaser,
    });
    expect(response.status).toBe(200);
    const report = response.body;
    const product = (sku: string) => report.products.find((p) => p.sku === sku);
    const byLine = Object.fromEntries(report.lines.map((line) => [line.line, line]));
    expect(report.lines.map((line) => [line.line, line.status])).toEqual([
      [2, 'ok'],
      [4, 'ok'],
      [5, 'unknown_sku'],
      [6, 'invalid_quantity'],
      [7, 'end_of_life'],
      [8, 'not_orderable'],
      [9, 'missing_sku'],
      [10, 'ok'],
      [11, 'ok'],
    ]);
    expect(byLine[2]).toMatchObject({ sku: 'QO-OK-1', quantity: 2, summedQuantity: 5 });
    expect(byLine[4]).toMatchObject({ sku: 'QO-OK-1', quantity: 3, summedIntoLine: 2 });
    expect(byLine[5].suggestions?.[0]).toBe('QO-OK-1');
    expect(byLine[5].suggestions?.length).toBeLessThanOrEqual(3);
    expect(byLine[6]).toMatchObject({ quantityProblem: 'not_a_whole_number', quantity: null });
    expect(byLine[7].replacementSku).toBe('QO-NEW-1');
    expect(byLine[10].sku).toBe('00123');
    // Nordlys is gold: 10 % off list, none on a net-priced product; stock state reported.
    expect(product('QO-OK-1')?.price).toMatchObject({ unitPriceOre: 9_000, tier: 'gold' });
    expect(product('QO-NET-1')?.price.unitPriceOre).toBe(5_000);
    expect(product('QO-NET-1')?.stockStatus).toBe('remote_warehouse');
    expect(product('QO-NEW-1')?.price.unitPriceOre).toBe(18_000);
    expect(report.orderable).toEqual([
      { sku: 'QO-OK-1', quantity: 5, lines: [2, 4] },
      { sku: '00123', quantity: 10, lines: [10] },
      { sku: 'QO-NET-1', quantity: 1, lines: [11] },
    ]);
    expect(report.summary).toMatchObject({
      lines: 9,
      ok: 4,
      unknown_sku: 1,
      invalid_quantity: 1,
      end_of_life: 1,
      not_orderable: 1,
      missing_sku: 1,
      summedLines: 1,
      orderableTotalOre: 5 * 9_000 + 10 * 1_799 + 5_000,
    });
  });

  it('takes typed rows as JSON, row n reported as line n', async () => {
    const response = await t.http.post<QuickOrderReport>(
      '/quick-order/check',
      { lines: [{ sku: 'QO-OK-1', quantity: 1 }, { sku: 'QO-EOL-1', quantity: '2' }, { sku: 'NOPE-1', quantity: '0' }] },
      { token: purchaser },
    );
    expect(response.status).toBe(200);
    expect(response.body.lines.map((line) => [line.line, line.status])).toEqual([
      [1, 'ok'],
      [2, 'end_of_life'],
      [3, 'invalid_quantity'],
    ]);
  });

  it('downloads the report as formula-safe CSV', async () => {
    const response = await t.http.post(
      '/quick-order/check?format=csv',
      csvFile('sku,quantity\n=HYPERLINK("http://evil.test"),1\n+QO-OK-1,1\nQO-OK-1,2\n'),
      { token: purchaser },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const rows = response.text.replace(/^\ufeff/, '').split('\r\n');
    expect(rows[0]).toMatch(/^line;sku;quantity;status/);
    expect(rows[1]).toContain(`;"'=HYPERLINK(""HTTP://EVIL.TEST"")";`);
    expect(rows[2]).toContain(`;"'+QO-OK-1";`);
    expect(rows[3]).toMatch(/^4;QO-OK-1;2;ok;OK;Test QO-OK-1;90\.00;180\.00;in_stock;/);
  });

  it('refuses a malformed file with 422 naming the line, never a 500', async () => {
    const response = await t.http.post('/quick-order/check', csvFile('sku;antall\nQO-OK-1;1\n"QO-OK-1;2\n'), {
      token: purchaser,
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'malformed_csv', details: [{ line: 3 }] });
    expect(response.body.message).toMatch(/Line 3/);
  });

  it('refuses more than 100,000 lines with 413', async () => {
    const rows = Array.from({ length: 100_001 }, () => 'QO-OK-1;1').join('\n');
    const response = await t.http.post('/quick-order/check', csvFile(rows), { token: purchaser });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('too_many_lines');
  });

  it('refuses a file over 10 MB with 413 and a message', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41);
    const response = await t.http.post('/quick-order/check', csvFile(big), { token: purchaser });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'file_too_large' });
    expect(response.body.message).toMatch(/10 MB/);
  });

  it('asks for lines or a file', async () => {
    const response = await t.http.post('/quick-order/check', {}, { token: purchaser });
    expect(response.status).toBe(400);
    expect(response.body.details[0].field).toBe('lines');
  });

  it('adds the chosen lines to the cart, summing with what is there', async () => {
    const add = await t.http.post(
      '/quick-order/cart',
      { items: [{ sku: 'QO-OK-1', quantity: 5 }, { sku: '00123', quantity: 10 }] },
      { token: purchaser },
    );
    expect(add.status).toBe(200);
    expect(add.body).toEqual({ added: 2, cartItemCount: 2 });
    await t.http.post('/quick-order/cart', { items: [{ sku: 'QO-OK-1', quantity: 1 }] }, { token: purchaser });
    const cart = await t.http.get('/cart', { token: purchaser });
    // Lines added together are listed by article number.
    expect(cart.body.items.map((item: { product: { sku: string }; quantity: number }) => [item.product.sku, item.quantity])).toEqual([
      ['00123', 10],
      ['QO-OK-1', 6],
    ]);
  });

  it('adds nothing when any chosen line is unknown or end of life', async () => {
    const buyer = await t.http.tokenFor('buyer@nordlys.test');
    const add = await t.http.post(
      '/quick-order/cart',
      { items: [{ sku: 'QO-OK-1', quantity: 1 }, { sku: 'QO-EOL-1', quantity: 1 }, { sku: 'NOPE-9', quantity: 1 }] },
      { token: buyer },
    );
    expect(add.status).toBe(422);
    expect(add.body.details.map((d: { code: string }) => d.code)).toEqual(['end_of_life', 'unknown_sku']);
    const cart = await t.http.get('/cart', { token: buyer });
    expect(cart.body.items).toEqual([]);
  });

  it('is not for viewers, staff or visitors', async () => {
    const viewer = await t.http.tokenFor('viewer@nordlys.test');
    const consultant = await t.http.tokenFor('consultant@lumen.test');
    const body = { lines: [{ sku: 'QO-OK-1', quantity: 1 }] };
    expect((await t.http.post('/quick-order/check', body, { token: viewer })).status).toBe(403);
    expect((await t.http.post('/quick-order/check', body, { token: consultant })).status).toBe(403);
    expect((await t.http.post('/quick-order/check', body)).status).toBe(401);
  });
});
