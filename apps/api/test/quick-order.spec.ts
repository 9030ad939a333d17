import type { QuickOrderReport } from '@lumen/shared/contracts';
import { ORDER_LINE_QUANTITY_MAX, SKU_MAX_LENGTH } from '@lumen/shared/domain';
import { csvFile, insertProducts } from './quick-order-fixtures';
import { statementsDuring } from './support/sql-statements';
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

  const checkMixedFile = async (token = purchaser) => {
    const response = await t.http.post<QuickOrderReport>('/quick-order/check', csvFile(mixedFile), { token });
    expect(response.status).toBe(200);
    return response.body;
  };

  it('explains every line of a file that mixes every case', async () => {
    const report = await checkMixedFile();
    const product = (sku: string) => report.products.find((p) => p.sku === sku);
    const byLine = Object.fromEntries(report.lines.map((line) => [line.line, line]));
    expect(report).toMatchObject({ view: 'all', page: 1, pageSize: 100, total: 9 });
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
    expect(byLine[8].replacementSku).toBeUndefined();
    expect(byLine[10].sku).toBe('00123');
    // Nordlys is gold: 10 % off list, none on a net-priced product; stock state reported.
    expect(product('QO-OK-1')?.price).toMatchObject({ unitPriceOre: 9_000, tier: 'gold' });
    expect(product('QO-NET-1')?.price.unitPriceOre).toBe(5_000);
    expect(product('QO-NET-1')?.stockStatus).toBe('remote_warehouse');
    expect(product('QO-NEW-1')?.price.unitPriceOre).toBe(18_000);
    expect(report.summary).toEqual({
      lines: 9,
      ok: 4,
      unknown_sku: 1,
      invalid_quantity: 1,
      end_of_life: 1,
      not_orderable: 1,
      missing_sku: 1,
      summedLines: 1,
      // QO-OK-1 (lines 2 + 4), 00123 and QO-NET-1.
      orderableProducts: 3,
      orderableTotalOre: 5 * 9_000 + 10 * 1_799 + 5_000,
    });
  });

  it('totals each orderable line at its own tier price when many products share few prices', async () => {
    await insertProducts(t, [
      { sku: 'QO-SUM-A', listPriceOre: 1_005 },
      { sku: 'QO-SUM-B', listPriceOre: 1_005 },
      { sku: 'QO-SUM-C', listPriceOre: 1_005, netPriced: true },
    ]);
    const response = await t.http.post<QuickOrderReport>(
      '/quick-order/check',
      {
        lines: [
          { sku: 'QO-SUM-A', quantity: 3 },
          { sku: 'QO-SUM-B', quantity: 4 },
          { sku: 'QO-SUM-C', quantity: 2 },
        ],
      },
      { token: purchaser },
    );
    // Gold: 1,005 less 10 % is 904.5, rounded half-up to 905 øre per piece, then times the quantity.
    expect(response.body.summary).toMatchObject({ orderableProducts: 3, orderableTotalOre: 7 * 905 + 2 * 1_005 });
  });

  it('pages through a stored check, every line or only the problems', async () => {
    const { id } = await checkMixedFile();
    const problems = await t.http.get<QuickOrderReport>(`/quick-order/checks/${id}?view=problems&pageSize=2&page=2`, {
      token: purchaser,
    });
    expect(problems.status).toBe(200);
    expect(problems.body).toMatchObject({ id, view: 'problems', page: 2, pageSize: 2, total: 5 });
    expect(problems.body.lines.map((line) => [line.line, line.status])).toEqual([
      [7, 'end_of_life'],
      [8, 'not_orderable'],
    ]);
    // The page's products come with it: the replacement, at today's price.
    expect(problems.body.products.map((p) => p.sku).sort()).toEqual(['QO-DEAD-1', 'QO-EOL-1', 'QO-NEW-1']);
    expect(problems.body.summary.lines).toBe(9);
    const all = await t.http.get<QuickOrderReport>(`/quick-order/checks/${id}?page=3&pageSize=4`, { token: purchaser });
    expect(all.body.lines.map((line) => line.line)).toEqual([11]);
    const bad = await t.http.get(`/quick-order/checks/${id}?view=everything&pageSize=101`, { token: purchaser });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['pageSize', 'view']);
  });

  it("keeps a check to its user for a day: another user's, an expired or a made-up one is a 404", async () => {
    const { id } = await checkMixedFile();
    const buyer = await t.http.tokenFor('buyer@nordlys.test');
    const fjord = await t.http.tokenFor('admin@fjordbygg.test');
    expect((await t.http.get(`/quick-order/checks/${id}`, { token: buyer })).status).toBe(404);
    expect((await t.http.get(`/quick-order/checks/${id}/report.csv`, { token: fjord })).status).toBe(404);
    expect((await t.http.post(`/quick-order/checks/${id}/cart`, {}, { token: buyer })).status).toBe(404);
    expect((await t.http.get('/quick-order/checks/not-a-uuid', { token: purchaser })).body.code).toBe('not_found');
    expect((await t.http.get(`/quick-order/checks/${id}`, { token: purchaser })).status).toBe(200);
    await t.sql(`UPDATE quick_order_checks SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    const expired = await t.http.get(`/quick-order/checks/${id}`, { token: purchaser });
    expect(expired.status).toBe(404);
    // The next check clears expired ones away.
    await checkMixedFile();
    expect(await t.sql(`SELECT id FROM quick_order_checks WHERE id = $1`, [id])).toEqual([]);
  });

  it('checks 3 or 3,000 lines and adds them to the cart in the same number of SQL statements', async () => {
    const admin = await t.http.tokenFor('admin@nordlys.test');
    const skus = ['QO-OK-1', 'QO-NET-1', '00123', 'QO-EOL-1', 'QO-DEAD-1', 'QO-TYPO-1'];
    const fileOf = (lines: number) =>
      csvFile(Array.from({ length: lines }, (_, i) => `${skus[i % skus.length]};${(i % 7) + 1}`).join('\n'));
    const counts: number[][] = [];
    for (const lines of [3, 3_000]) {
      let id = '';
      const check = await statementsDuring(async () => {
        const response = await t.http.post<QuickOrderReport>('/quick-order/check', fileOf(lines), { token: admin });
        expect(response.body.summary.lines).toBe(lines);
        id = response.body.id;
      });
      const add = await statementsDuring(async () => {
        const response = await t.http.post(`/quick-order/checks/${id}/cart`, {}, { token: admin });
        expect(response.status).toBe(200);
      });
      counts.push([check.length, add.length]);
    }
    // Check: the caller, the verdicts, storing the check, the first page's products.
    // Add: the caller, the check, then one transaction (begin, products, insert, count, commit).
    expect(counts).toEqual([
      [4, 7],
      [4, 7],
    ]);
    await t.sql(`DELETE FROM carts WHERE user_id = (SELECT id FROM users WHERE email = 'admin@nordlys.test')`);
  });

  it('downloads the report as formula-safe CSV', async () => {
    const check = await t.http.post<QuickOrderReport>(
      '/quick-order/check',
      csvFile('sku,quantity\n=HYPERLINK("http://evil.test"),1\n+QO-OK-1,1\nQO-OK-1,2\n'),
      { token: purchaser },
    );
    const response = await t.http.get(`/quick-order/checks/${check.body.id}/report.csv`, { token: purchaser });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const rows = response.text.replace(/^\ufeff/, '').split('\r\n');
    expect(rows[0]).toMatch(/^line;sku;quantity;status/);
    expect(rows[1]).toContain(`;"'=HYPERLINK(""HTTP://EVIL.TEST"")";`);
    expect(rows[2]).toContain(`;"'+QO-OK-1";`);
    // Kroner as every CSV of ours writes them: a decimal comma, which Norwegian Excel reads as a number.
    expect(rows[3]).toMatch(/^4;QO-OK-1;2;ok;OK;Test QO-OK-1;90,00;180,00;in_stock;/);
  });

  it('adds every orderable line of a check and the replacement taken, in one go', async () => {
    const admin = await t.http.tokenFor('admin@nordlys.test');
    const { id } = await checkMixedFile(admin);
    const add = await t.http.post(
      `/quick-order/checks/${id}/cart`,
      { take: [{ line: 7, sku: 'QO-NEW-1' }] },
      { token: admin },
    );
    expect(add.status).toBe(200);
    expect(add.body).toEqual({ added: 4, cartItemCount: 4 });
    const cart = await t.http.get('/cart', { token: admin });
    const quantities = Object.fromEntries(
      cart.body.items.map((item: { product: { sku: string }; quantity: number }) => [item.product.sku, item.quantity]),
    );
    expect(quantities).toEqual({ 'QO-OK-1': 5, '00123': 10, 'QO-NET-1': 1, 'QO-NEW-1': 4 });
  });

  it('adds nothing from a check when a taken line had nothing to replace or the taken SKU is not sold', async () => {
    const buyer = await t.http.tokenFor('buyer@nordlys.test');
    const { id } = await checkMixedFile(buyer);
    const okLine = await t.http.post(
      `/quick-order/checks/${id}/cart`,
      { take: [{ line: 2, sku: 'QO-NEW-1' }] },
      { token: buyer },
    );
    expect(okLine.status).toBe(422);
    expect(okLine.body.details).toEqual([expect.objectContaining({ field: 'take.0.line', code: 'nothing_to_take' })]);
    const deadSku = await t.http.post(
      `/quick-order/checks/${id}/cart`,
      { take: [{ line: 5, sku: 'QO-DEAD-1' }] },
      { token: buyer },
    );
    expect(deadSku.status).toBe(422);
    expect(deadSku.body.details).toEqual([expect.objectContaining({ field: 'take.0.sku', code: 'end_of_life' })]);
    const cart = await t.http.get('/cart', { token: buyer });
    expect(cart.body.items).toEqual([]);
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
      {
        items: [
          { sku: 'QO-OK-1', quantity: 5 },
          { sku: '00123', quantity: 10 },
        ],
      },
      { token: purchaser },
    );
    expect(add.status).toBe(200);
    expect(add.body).toEqual({ added: 2, cartItemCount: 2 });
    await t.http.post('/quick-order/cart', { items: [{ sku: 'QO-OK-1', quantity: 1 }] }, { token: purchaser });
    const cart = await t.http.get('/cart', { token: purchaser });
    // Lines added together are listed by article number.
    expect(
      cart.body.items.map((item: { product: { sku: string }; quantity: number }) => [item.product.sku, item.quantity]),
    ).toEqual([
      ['00123', 10],
      ['QO-OK-1', 6],
    ]);
  });

  it('takes article numbers and quantities by the rules of every route: SKUs normalised, pieces up to a cart line', async () => {
    const fjord = await t.http.tokenFor('admin@fjordbygg.test');
    const post = (items: { sku: string; quantity: number }[]) =>
      t.http.post('/quick-order/cart', { items }, { token: fjord });
    const tooMany = await post([{ sku: 'QO-OK-1', quantity: ORDER_LINE_QUANTITY_MAX + 1 }]);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details[0].field).toBe('items.0.quantity');
    const tooLong = await post([{ sku: 'Q'.repeat(SKU_MAX_LENGTH + 1), quantity: 1 }]);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.details[0].field).toBe('items.0.sku');
    // A product of its own: the check below adds QO-OK-1 too, and a cart line holds no more.
    await insertProducts(t, [{ sku: 'LIMIT-9', listPriceOre: 100 }]);
    expect((await post([{ sku: ' limit-9 ', quantity: ORDER_LINE_QUANTITY_MAX }])).status).toBe(200);
    const { id } = await checkMixedFile(fjord);
    const take = await t.http.post(
      `/quick-order/checks/${id}/cart`,
      { take: [{ line: 7, sku: 'qo-new-1 ' }] },
      { token: fjord },
    );
    expect(take.status).toBe(200);
    const cart = await t.http.get('/cart', { token: fjord });
    expect(
      Object.fromEntries(
        cart.body.items.map((item: { product: { sku: string }; quantity: number }) => [
          item.product.sku,
          item.quantity,
        ]),
      ),
    ).toMatchObject({ 'LIMIT-9': ORDER_LINE_QUANTITY_MAX, 'QO-NEW-1': 4 });
  });

  it('adds nothing when any chosen line is unknown or end of life', async () => {
    const buyer = await t.http.tokenFor('buyer@nordlys.test');
    const add = await t.http.post(
      '/quick-order/cart',
      {
        items: [
          { sku: 'QO-OK-1', quantity: 1 },
          { sku: 'QO-EOL-1', quantity: 1 },
          { sku: 'NOPE-9', quantity: 1 },
        ],
      },
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
