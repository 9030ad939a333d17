import type { ProductPage, StaffCategoryNode, StaffProduct } from '@lumen/shared/contracts';
import sharp from 'sharp';
import { statementsDuring } from './support/sql-statements';
import { startTestApp, type TestApp } from './support/test-app';

/** The catalog back office over HTTP: the product editor and the category tree (issue 14). */
describe('catalog back office: products and categories', () => {
  let t: TestApp;
  let admin: string;
  let consultant: string;
  let buyer: string;
  let downlights: { id: string; slug: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.http.tokenFor('admin@lumen.test');
    consultant = await t.http.tokenFor('consultant@lumen.test');
    buyer = await t.http.tokenFor('buyer@nordlys.test');
    [downlights] = await t.sql<{ id: string; slug: string }>(
      `SELECT id, slug FROM categories WHERE slug = 'downlights'`,
    );
  });
  afterAll(() => t.close());

  const newProduct = (sku: string, changes: Record<string, unknown> = {}) => ({
    sku,
    name: `Testlight ${sku}`,
    categoryId: downlights.id,
    brand: 'Lumen',
    listPriceOre: 12_990,
    stockStatus: 'in_stock',
    lighting: { wattage: 7.5, lumen: 650, colourTemperatureK: 3000, ipRating: 'IP44' },
    keywords: ['spot', 'innfelt'],
    ...changes,
  });
  const create = (sku: string, changes: Record<string, unknown> = {}) =>
    t.http.post('/staff/products', newProduct(sku, changes), { token: admin });
  const auditRows = (id: string) =>
    t.sql<{ action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
      `SELECT action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY created_at, id`,
      [id],
    );

  describe('products', () => {
    it('creates a product with every field, audited, and found by search and the product page at once', async () => {
      // Searched before, so the ranking is cached: the create must empty that cache.
      expect((await t.http.get<ProductPage>('/products?q=zebralight')).body.total).toBe(0);
      const created = await create('lt-90001', { name: 'Zebralight 7W', description: 'Innfelt', lumen: undefined });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        sku: 'LT-90001',
        name: 'Zebralight 7W',
        keywords: ['spot', 'innfelt'],
        category: { slug: 'downlights' },
        lighting: { wattage: 7.5, lumen: 650, colourTemperatureK: 3000, cri: null, ipRating: 'IP44' },
        lifecycle: 'active',
        image: null,
        datasheetUrl: null,
        version: 1,
      });
      const search = await t.http.get<ProductPage>('/products?q=zebralight', { token: buyer });
      expect(search.body.items.map((item) => item.sku)).toEqual(['LT-90001']);
      expect(search.body.items[0].price?.listPriceOre).toBe(12_990);
      const audit = await auditRows(created.body.id);
      expect(audit).toEqual([expect.objectContaining({ action: 'product.created', before: null })]);
      expect(audit[0].after).toMatchObject({ sku: 'LT-90001', listPriceOre: 12_990 });
    });

    it('refuses a taken SKU whatever its case, and every broken rule by field', async () => {
      await create('LT-90002');
      const taken = await create('lt-90002');
      expect(taken.status).toBe(409);
      expect(taken.body.code).toBe('sku_taken');

      const broken = await create('LT 90003', {
        listPriceOre: 5,
        lighting: { colourTemperatureK: 20_000, cri: 101, beamAngle: 0, ipRating: 'IP4' },
        stockStatus: 'supplier_date_confirmed',
      });
      expect(broken.status).toBe(400);
      expect(broken.body.code).toBe('validation_failed');
      expect(broken.body.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`).sort()).toEqual([
        'lighting.beamAngle:out_of_range',
        'lighting.colourTemperatureK:out_of_range',
        'lighting.cri:out_of_range',
        'lighting.ipRating:invalid_value',
        'sku:invalid_sku',
        'stockDate:stock_date_mismatch',
      ]);
      const negative = await create('LT-90004', { listPriceOre: -1 });
      expect(negative.status).toBe(400);
      expect(negative.body.details[0].field).toBe('listPriceOre');
      const unknownCategory = await create('LT-90005', { categoryId: '00000000-0000-4000-8000-000000000000' });
      expect(unknownCategory.status).toBe(422);
      expect(unknownCategory.body.code).toBe('category_not_found');
    });

    it('marks a product end-of-life with an active replacement; refuses a missing, end-of-life or looping one', async () => {
      const old = (await create('LT-90010')).body;
      const next = (await create('LT-90011')).body;
      const retired = await t.http.patch<StaffProduct>(
        `/staff/products/${old.id}`,
        { lifecycle: 'end_of_life', replacementSku: 'lt-90011' },
        { token: admin },
      );
      expect(retired.status).toBe(200);
      expect(retired.body).toMatchObject({ lifecycle: 'end_of_life', replacementSku: 'LT-90011', version: 2 });
      const page = await t.http.get('/products/LT-90010', { token: buyer });
      expect(page.body.replacement.sku).toBe('LT-90011');

      const missing = await t.http.patch(
        `/staff/products/${next.id}`,
        { lifecycle: 'end_of_life', replacementSku: 'LT-NOPE' },
        { token: admin },
      );
      expect([missing.status, missing.body.code]).toEqual([422, 'replacement_not_found']);
      // LT-90011 is LT-90010's replacement: pointing it back would be a loop, retiring it a chain to end-of-life.
      const loop = await t.http.patch(
        `/staff/products/${next.id}`,
        { lifecycle: 'end_of_life', replacementSku: 'LT-90010' },
        { token: admin },
      );
      expect([loop.status, loop.body.code]).toEqual([422, 'replacement_cycle']);
      const inUse = await t.http.patch(`/staff/products/${next.id}`, { lifecycle: 'end_of_life' }, { token: admin });
      expect([inUse.status, inUse.body.code]).toEqual([409, 'conflict']);
      const third = (await create('LT-90012')).body;
      const toEol = await t.http.patch(
        `/staff/products/${third.id}`,
        { lifecycle: 'end_of_life', replacementSku: 'LT-90010' },
        { token: admin },
      );
      expect([toEol.status, toEol.body.code]).toEqual([422, 'replacement_not_active']);
      const onActive = await t.http.patch(
        `/staff/products/${third.id}`,
        { replacementSku: 'LT-90011' },
        { token: admin },
      );
      expect(onActive.status).toBe(400);
      expect(onActive.body.details[0]).toMatchObject({ field: 'replacementSku', code: 'replacement_not_end_of_life' });
    });

    it('records both of two concurrent edits, the second with the state the first left, and refuses a stale version', async () => {
      const product = (await create('LT-90020')).body;
      const edits = await Promise.all(
        [11_000, 12_000, 13_000, 14_000].map((listPriceOre) =>
          t.http.patch<StaffProduct>(`/staff/products/${product.id}`, { listPriceOre }, { token: admin }),
        ),
      );
      expect(edits.map((edit) => edit.status)).toEqual([200, 200, 200, 200]);
      const audit = (await auditRows(product.id))
        .filter((row) => row.action === 'product.updated')
        .sort((a, b) => Number(a.before?.['version']) - Number(b.before?.['version']));
      expect(audit).toHaveLength(4);
      // A chain: each edit's "before" is the previous edit's "after", the first's the created price.
      expect(audit[0].before).toEqual({ listPriceOre: 12_990, version: 1 });
      for (let i = 1; i < audit.length; i++) expect(audit[i].before).toEqual(audit[i - 1].after);
      const [stored] = await t.sql<{ list_price_ore: number; version: number }>(
        `SELECT list_price_ore, version FROM products WHERE id = $1`,
        [product.id],
      );
      expect(stored).toEqual({ list_price_ore: audit[3].after?.['listPriceOre'], version: 5 });

      const stale = await t.http.patch(
        `/staff/products/${product.id}`,
        { listPriceOre: 1, version: 2 },
        { token: admin },
      );
      expect([stale.status, stale.body.code]).toEqual([409, 'conflict']);
      const current = await t.http.patch<StaffProduct>(
        `/staff/products/${product.id}`,
        { listPriceOre: 1, version: 5 },
        { token: admin },
      );
      expect(current.body).toMatchObject({ listPriceOre: 1, version: 6 });
    });

    it('lists for staff with filters and a total; consultants read but cannot write', async () => {
      const list = await t.http.get(`/staff/products?q=LT-9001&lifecycle=end_of_life`, { token: consultant });
      expect(list.status).toBe(200);
      expect(list.body.items.map((item: StaffProduct) => item.sku)).toEqual(['LT-90010']);
      expect(list.body.total).toBe(1);
      const byCategory = await t.http.get(`/staff/products?category=downlights&pageSize=5&page=1000`, {
        token: consultant,
      });
      expect(byCategory.body.items).toEqual([]);
      expect(byCategory.body.total).toBeGreaterThan(5);
      const one = await t.http.get(`/staff/products/${list.body.items[0].id}`, { token: consultant });
      expect(one.body.sku).toBe('LT-90010');
      const write = await t.http.patch(
        `/staff/products/${list.body.items[0].id}`,
        { name: 'x' },
        { token: consultant },
      );
      expect(write.status).toBe(403);
    });
  });

  describe('search that forgives typos', () => {
    it('finds downlights for "downlite" and says "did you mean", in the same 3 statements', async () => {
      const statements = await statementsDuring(async () => {
        const page = await t.http.get<ProductPage>('/products?q=downlite&pageSize=24', { token: buyer });
        expect(page.body.didYouMean).toBe('downlight');
        expect(page.body.total).toBeGreaterThan(10);
        expect(page.body.items.every((item) => /downlight/i.test(`${item.name} ${item.category.nameEn}`))).toBe(true);
      });
      expect(statements.length).toBeLessThanOrEqual(3);
      const correct = await t.http.get<ProductPage>('/products?q=downlight&pageSize=24', { token: buyer });
      expect(correct.body.didYouMean).toBeUndefined();
      expect(correct.body.total).toBe((await t.http.get<ProductPage>('/products?q=downlite&pageSize=24')).body.total);
    });

    it('corrects only the misspelt word of several, keeps the filters, and gives up on nonsense', async () => {
      const two = await t.http.get<ProductPage>('/products?q=downlite%20ip44&pageSize=100');
      expect(two.body.didYouMean).toBe('downlight ip44');
      expect(two.body.items.every((item) => item.lighting.ipRating === 'IP44')).toBe(true);
      const filtered = await t.http.get<ProductPage>('/products?q=downlite&dimmable=true&pageSize=100');
      expect(filtered.body.items.every((item) => item.lighting.dimmable === true)).toBe(true);
      const nonsense = await t.http.get<ProductPage>('/products?q=qqqzzzxxx');
      expect(nonsense.body).toMatchObject({ total: 0, items: [] });
      expect(nonsense.body.didYouMean).toBeUndefined();
    });
  });

  describe('media', () => {
    const upload = (bytes: Uint8Array, name: string) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)]), name);
      return form;
    };

    it('resizes an image to WebP thumbnail and detail, shown on catalog cards and pages, cached a year', async () => {
      const product = (await create('LT-90040', { name: 'Bildelight' })).body as StaffProduct;
      const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#f80' } })
        .jpeg()
        .toBuffer();
      const set = await t.http.post<StaffProduct>(`/staff/products/${product.id}/image`, upload(photo, 'foto.jpg'), {
        token: admin,
      });
      expect(set.status).toBe(201);
      const image = set.body.image;
      if (!image) throw new Error('the upload answered no image');
      expect(image.thumbnailUrl).toMatch(/^\/api\/media\/[0-9a-f]{64}-thumbnail\.webp$/);
      const card = (await t.http.get<ProductPage>('/products?q=bildelight')).body.items[0];
      expect(card.image).toEqual(image);
      expect((await t.http.get('/products/LT-90040')).body.image).toEqual(image);

      for (const [url, size] of [
        [image.thumbnailUrl, 320],
        [image.detailUrl, 1200],
      ] as const) {
        const served = await fetch(`${t.http.baseUrl}${url.slice('/api'.length)}`);
        expect(served.status).toBe(200);
        expect(served.headers.get('content-type')).toBe('image/webp');
        expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual(['webp', size, Math.round((size * 2) / 3)]);
      }
      const audit = await auditRows(product.id);
      expect(audit.at(-1)).toMatchObject({ action: 'product.image_changed', before: { image: null } });

      const removed = await t.http.delete<StaffProduct>(`/staff/products/${product.id}/image`, { token: admin });
      expect(removed.body.image).toBeNull();
      expect((await fetch(`${t.http.baseUrl}${image.thumbnailUrl.slice('/api'.length)}`)).status).toBe(404);
    });

    it('refuses a renamed executable as an image, an image as a datasheet; takes a PDF datasheet', async () => {
      const product = (await create('LT-90041')).body as StaffProduct;
      const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
      const refused = await t.http.post(`/staff/products/${product.id}/image`, upload(exe, 'photo.jpg'), {
        token: admin,
      });
      expect([refused.status, refused.body.code, refused.body.details[0].field]).toEqual([
        422,
        'file_type_not_allowed',
        'file',
      ]);
      // A JPEG header on bytes that are not a picture.
      const fake = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
      const broken = await t.http.post(`/staff/products/${product.id}/image`, upload(fake, 'photo.jpg'), {
        token: admin,
      });
      expect([broken.status, broken.body.code]).toEqual([422, 'file_type_not_allowed']);
      const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
        .png()
        .toBuffer();
      const notPdf = await t.http.post(`/staff/products/${product.id}/datasheet`, upload(png, 'ark.pdf'), {
        token: admin,
      });
      expect([notPdf.status, notPdf.body.code]).toEqual([422, 'file_type_not_allowed']);
      const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
      const sheet = await t.http.post<StaffProduct>(`/staff/products/${product.id}/datasheet`, upload(pdf, 'ark.pdf'), {
        token: admin,
      });
      expect(sheet.body.datasheetUrl).toMatch(/^\/api\/media\/[0-9a-f]{64}\.pdf$/);
      expect((await t.http.get('/products/LT-90041')).body.datasheetUrl).toBe(sheet.body.datasheetUrl);
      const served = await fetch(`${t.http.baseUrl}${(sheet.body.datasheetUrl ?? '').slice('/api'.length)}`);
      expect(served.headers.get('content-type')).toBe('application/pdf');
      expect((await t.http.get('/media/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
      expect(
        (await t.http.post(`/staff/products/${product.id}/datasheet`, upload(pdf, 'ark.pdf'), { token: consultant }))
          .status,
      ).toBe(403);
    });
  });

  describe('categories', () => {
    const tree = async () => (await t.http.get<StaffCategoryNode[]>('/staff/categories', { token: consultant })).body;
    const find = (nodes: StaffCategoryNode[], id: string): StaffCategoryNode | undefined =>
      nodes.flatMap((node) => (node.id === id ? [node] : [find(node.children, id)].filter((n) => n !== undefined)))[0];

    it('creates, renames, moves and reorders, keeping siblings 0, 1, 2…; refuses a move below itself', async () => {
      const root = (await t.http.post('/staff/categories', { name: 'Testrot', nameEn: 'Test root' }, { token: admin }))
        .body;
      expect(root).toMatchObject({ slug: 'test-root', parentId: null });
      const a = (
        await t.http.post('/staff/categories', { name: 'A', nameEn: 'Alpha', parentId: root.id }, { token: admin })
      ).body;
      const b = (
        await t.http.post('/staff/categories', { name: 'B', nameEn: 'Beta', parentId: root.id }, { token: admin })
      ).body;
      const c = (
        await t.http.post(
          '/staff/categories',
          { name: 'C', nameEn: 'Gamma', parentId: root.id, position: 0 },
          { token: admin },
        )
      ).body;
      expect(find(await tree(), root.id)?.children.map((node) => [node.nameEn, node.position])).toEqual([
        ['Gamma', 0],
        ['Alpha', 1],
        ['Beta', 2],
      ]);
      const renamed = await t.http.patch(
        `/staff/categories/${a.id}`,
        { name: 'Alfa', nameEn: 'Alpha 2', position: 2 },
        { token: admin },
      );
      expect(renamed.body).toMatchObject({ name: 'Alfa', nameEn: 'Alpha 2', position: 2 });
      expect(find(await tree(), root.id)?.children.map((node) => node.name)).toEqual(['C', 'B', 'Alfa']);

      const moved = await t.http.patch(`/staff/categories/${b.id}`, { parentId: c.id }, { token: admin });
      expect(moved.body).toMatchObject({ parentId: c.id, position: 0 });
      expect(find(await tree(), root.id)?.children.map((node) => [node.name, node.position])).toEqual([
        ['C', 0],
        ['Alfa', 1],
      ]);
      for (const parentId of [b.id, c.id, root.id === c.id ? b.id : b.id]) {
        const cycle = await t.http.patch(`/staff/categories/${c.id}`, { parentId }, { token: admin });
        expect([cycle.status, cycle.body.code]).toEqual([422, 'category_cycle']);
      }
      const underRoot = await t.http.patch(`/staff/categories/${root.id}`, { parentId: b.id }, { token: admin });
      expect(underRoot.body.code).toBe('category_cycle');
    });

    it('deletes an empty category only; the public tree shows the change at once', async () => {
      const parent = (await t.http.post('/staff/categories', { name: 'Tom', nameEn: 'Empty one' }, { token: admin }))
        .body;
      expect((await t.http.get('/categories')).body.some((node: { id: string }) => node.id === parent.id)).toBe(true);
      await t.http.post('/staff/products', newProduct('LT-90030', { categoryId: parent.id }), { token: admin });
      const held = await t.http.delete(`/staff/categories/${parent.id}`, { token: admin });
      expect([held.status, held.body.code]).toEqual([409, 'category_not_empty']);
      const [product] = await t.sql<{ id: string }>(`SELECT id FROM products WHERE sku = 'LT-90030'`);
      await t.http.patch(`/staff/products/${product.id}`, { categoryId: downlights.id }, { token: admin });
      const gone = await t.http.delete(`/staff/categories/${parent.id}`, { token: admin });
      expect(gone.status).toBe(204);
      expect((await t.http.get('/categories')).body.some((node: { id: string }) => node.id === parent.id)).toBe(false);
      expect(await t.sql(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at`, [parent.id])).toEqual(
        [{ action: 'category.created' }, { action: 'category.deleted' }],
      );
    });
  });
});
