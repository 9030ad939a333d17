import type { ProjectListDetail, ProjectListSummary } from '@lumen/shared/contracts';
import { startTestApp, type TestApp } from './support/test-app';

/** Products of our own with round prices, so the tier arithmetic is visible in the test. */
async function arrangeProducts(t: TestApp): Promise<void> {
  await t.sql(`INSERT INTO categories (slug, name, name_en) VALUES ('pl-test', 'Testlys', 'Test lights')`);
  await t.sql(
    `INSERT INTO products (sku, name, category_id, brand, list_price_ore, stock_status, net_priced)
     SELECT v.sku, v.name, c.id, 'Lumen', v.price, 'in_stock', v.net
     FROM categories c, (VALUES ('PL-0001', 'Downlight 10 W', 10000, false),
                                ('PL-0002', 'Driver 350 mA', 2345, false),
                                ('PL-0003', 'Netto-skinne', 5000, true)) AS v(sku, name, price, net)
     WHERE c.slug = 'pl-test'`,
  );
}

describe('project lists over HTTP', () => {
  let t: TestApp;
  let buyer: string;
  let viewer: string;
  let purchaser: string;
  let otherCompany: string;
  let consultant: string;

  beforeAll(async () => {
    t = await startTestApp();
    await arrangeProducts(t);
    [buyer, viewer, purchaser, otherCompany, consultant] = await Promise.all(
      [
        'buyer@nordlys.test',
        'viewer@nordlys.test',
        'purchaser@nordlys.test',
        'admin@fjordbygg.test',
        'consultant@lumen.test',
      ].map((email) => t.http.tokenFor(email)),
    );
  });
  afterAll(() => t.close());

  async function newList(name = 'Skole Tromsø'): Promise<string> {
    const created = await t.http.post('/project-lists', { name, projectReference: 'P-77' }, { token: buyer });
    expect(created.status).toBe(201);
    return created.body.id;
  }

  it('prices lines at the company tier (Nordlys is gold, 10 %) and raises the quantity of a product added again', async () => {
    const id = await newList();
    await t.http.post(`/project-lists/${id}/items`, { sku: 'PL-0001', quantity: 2 }, { token: buyer });
    await t.http.post(`/project-lists/${id}/items`, { sku: 'PL-0003', quantity: 1 }, { token: buyer });
    const again = await t.http.post<ProjectListDetail>(
      `/project-lists/${id}/items`,
      { sku: 'PL-0001', quantity: 3, note: 'Gang 2. etg' },
      { token: buyer },
    );
    expect(again.status).toBe(201);
    expect(again.body.items).toHaveLength(2);
    const downlight = again.body.items.find((line) => line.product.sku === 'PL-0001');
    expect(downlight).toMatchObject({ quantity: 5, note: 'Gang 2. etg', lineTotalOre: 45000 });
    expect(downlight?.product.price).toMatchObject({ tier: 'gold', unitPriceOre: 9000 });
    // Net-priced products take no tier discount.
    expect(again.body.totalOre).toBe(45000 + 5000);
    expect(again.body.totalInclVatOre).toBe(62500);
    expect(again.body).toMatchObject({ itemCount: 2, totalQuantity: 6 });

    const lists = await t.http.get<ProjectListSummary[]>('/project-lists', { token: viewer });
    expect(lists.status).toBe(200);
    expect(lists.body.find((list) => list.id === id)).toMatchObject({ totalOre: 50000, itemCount: 2 });
  });

  it('edits and removes items, and edits and deletes the list', async () => {
    const id = await newList('Rediger meg');
    // Typed as a person types it: lower case, with blanks. The cart always took this; lists refused it.
    const added = await t.http.post(`/project-lists/${id}/items`, { sku: ' pl-0002 ', quantity: 4 }, { token: buyer });
    expect(added.body.items[0]).toMatchObject({ product: { sku: 'PL-0002' }, quantity: 4 });
    const itemId = added.body.items[0].id;
    const patched = await t.http.patch(`/project-lists/${id}/items/${itemId}`, { quantity: 7 }, { token: buyer });
    expect(patched.body.items[0]).toMatchObject({ quantity: 7, lineTotalOre: 7 * 2111 });
    const renamed = await t.http.patch(`/project-lists/${id}`, { name: 'Nytt navn', description: 'Fase 2' }, { token: buyer });
    expect(renamed.body).toMatchObject({ name: 'Nytt navn', description: 'Fase 2', projectReference: 'P-77' });
    const removed = await t.http.delete(`/project-lists/${id}/items/${itemId}`, { token: buyer });
    expect(removed.body.items).toEqual([]);
    expect((await t.http.delete(`/project-lists/${id}`, { token: buyer })).status).toBe(204);
    expect((await t.http.get(`/project-lists/${id}`, { token: buyer })).status).toBe(404);
  });

  it('copies a list with its items; the copy changes on its own', async () => {
    const id = await newList('Original');
    await t.http.post(`/project-lists/${id}/items`, { sku: 'PL-0001', quantity: 2 }, { token: buyer });
    const copy = await t.http.post(`/project-lists/${id}/copy`, {}, { token: buyer });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ name: 'Original (copy)', projectReference: 'P-77', totalOre: 18000 });
    await t.http.post(`/project-lists/${copy.body.id}/items`, { sku: 'PL-0001', quantity: 1 }, { token: buyer });
    const original = await t.http.get(`/project-lists/${id}`, { token: buyer });
    expect(original.body.items[0].quantity).toBe(2);
  });

  it('exports CSV for Norwegian Excel: BOM, semicolons, decimal comma, formulas neutralised', async () => {
    const id = await newList('Eksport; "sitat"');
    await t.http.post(
      `/project-lists/${id}/items`,
      { sku: 'PL-0002', quantity: 3, note: '=HYPERLINK("http://evil","klikk")' },
      { token: buyer },
    );
    const csv = await t.http.get(`/project-lists/${id}/export.csv`, { token: viewer });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('.csv');
    const bytes = Buffer.from(await (await fetch(`${t.http.baseUrl}/project-lists/${id}/export.csv`, {
      headers: { authorization: `Bearer ${viewer}` },
    })).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('sku;quantity;name;unit_price_nok;line_total_nok;note');
    // 2345 øre less 10 % = 2110.5 → 2111 øre (half up); × 3 = 6333.
    expect(lines[1]).toBe(`PL-0002;3;Driver 350 mA;21,11;63,33;"'=HYPERLINK(""http://evil"",""klikk"")"`);
  });

  it('answers bad input with a field error, never a 500', async () => {
    const id = await newList();
    const unknown = await t.http.post(`/project-lists/${id}/items`, { sku: 'NOPE-1', quantity: 1 }, { token: buyer });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0]).toMatchObject({ field: 'sku', code: 'unknown_sku' });
    const zero = await t.http.post(`/project-lists/${id}/items`, { sku: 'PL-0001', quantity: 0 }, { token: buyer });
    expect(zero.status).toBe(400);
    expect(zero.body.details[0].field).toBe('quantity');
    const noName = await t.http.post('/project-lists', { name: '  ' }, { token: buyer });
    expect(noName.status).toBe(400);
    // A malformed id is the same 404 as a missing one (issue 10), not a 400 about its form.
    expect((await t.http.get('/project-lists/not-a-uuid', { token: buyer })).status).toBe(404);
  });

  it('lets everyone in the company read but only projectLists.manage edit', async () => {
    const id = await newList();
    expect((await t.http.get(`/project-lists/${id}`, { token: viewer })).status).toBe(200);
    expect((await t.http.get(`/project-lists/${id}`, { token: purchaser })).status).toBe(200);
    expect((await t.http.post('/project-lists', { name: 'x' }, { token: viewer })).status).toBe(403);
    expect((await t.http.post('/project-lists', { name: 'x' }, { token: purchaser })).status).toBe(403);
    expect(
      (await t.http.post(`/project-lists/${id}/items`, { sku: 'PL-0001', quantity: 1 }, { token: viewer })).status,
    ).toBe(403);
    expect((await t.http.delete(`/project-lists/${id}`, { token: purchaser })).status).toBe(403);
  });

  it("keeps every company's lists to itself: another company's list is 404, as a missing one", async () => {
    const id = await newList('Hemmelig');
    const other = { token: otherCompany };
    expect((await t.http.get(`/project-lists/${id}`, other)).status).toBe(404);
    expect((await t.http.get(`/project-lists/${id}/export.csv`, other)).status).toBe(404);
    expect((await t.http.patch(`/project-lists/${id}`, { name: 'x' }, other)).status).toBe(404);
    expect((await t.http.delete(`/project-lists/${id}`, other)).status).toBe(404);
    expect((await t.http.post(`/project-lists/${id}/items`, { sku: 'PL-0001', quantity: 1 }, other)).status).toBe(404);
    expect((await t.http.post(`/project-lists/${id}/copy`, {}, other)).status).toBe(404);
    expect((await t.http.post(`/project-lists/${id}/quote-requests`, {}, other)).status).toBe(404);
    const theirs = await t.http.get<ProjectListSummary[]>('/project-lists', other);
    expect(theirs.body.map((list) => list.id)).not.toContain(id);
    expect((await t.http.get(`/project-lists/${id}`, { token: buyer })).body.name).toBe('Hemmelig');
  });

  it('refuses staff on the customer routes with 403 rather than failing', async () => {
    const response = await t.http.get('/project-lists', { token: consultant });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('customer_only');
    // A shop admin may "manage all", yet a customer route refuses it before reading the body.
    const shopAdmin = await t.http.tokenFor('admin@lumen.test');
    const write = await t.http.post('/project-lists', { unexpected: true }, { token: shopAdmin });
    expect(write.status).toBe(403);
    const quote = await t.http.post(`/quotes/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/comments`, { x: 1 }, { token: shopAdmin });
    expect(quote.status).toBe(403);
  });
});
