import type { CatalogImportReport, ProductPage, StockFeedResult } from '@lumen/shared/contracts';
import { Workbook } from 'exceljs';
import { statementsDuring } from './support/sql-statements';
import { startTestApp, type TestApp } from './support/test-app';

/** Import, stock feed and export of the catalog back office over HTTP (issue 14). */
describe('catalog back office: import, stock feed, export', () => {
  let t: TestApp;
  let admin: string;
  let consultant: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.http.tokenFor('admin@lumen.test');
    consultant = await t.http.tokenFor('consultant@lumen.test');
  });
  afterAll(() => t.close());

  const HEADER = 'sku;name;category;brand;list_price_ore;stock_status;expected_date;lifecycle;replacement_sku';
  const csv = (...lines: string[]) => [HEADER, ...lines].join('\r\n');
  const upload = (bytes: string | Uint8Array, name = 'catalog.csv') => {
    const form = new FormData();
    form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
    return form;
  };
  const importFile = (mode: 'dry-run' | 'apply', bytes: string | Uint8Array, token = admin) =>
    t.http.post(`/staff/products/import?mode=${mode}`, upload(bytes), { token });
  const products = () => t.sql<{ sku: string; version: number }>(`SELECT sku, version FROM products ORDER BY sku`);

  /** A demo product to change and one (active) to replace with. */
  let existing: { sku: string; name: string; brand: string; list_price_ore: number; slug: string };
  let active: string;
  let endOfLife: string;
  beforeAll(async () => {
    [existing] = await t.sql(
      `SELECT p.sku, p.name, p.brand, p.list_price_ore, c.slug FROM products p JOIN categories c ON c.id = p.category_id
       WHERE p.lifecycle = 'active' AND p.stock_status = 'in_stock' AND NOT EXISTS (SELECT 1 FROM products r WHERE r.replacement_sku = p.sku)
       ORDER BY p.sku LIMIT 1`,
    );
    [{ sku: active }] = await t.sql(
      `SELECT sku FROM products WHERE lifecycle = 'active' AND sku > $1 ORDER BY sku LIMIT 1`,
      [existing.sku],
    );
    [{ sku: endOfLife }] = await t.sql(`SELECT sku FROM products WHERE lifecycle = 'end_of_life' ORDER BY sku LIMIT 1`);
  });

  it('dry-runs a file with every kind of refusal: line, field and reason each; nothing changes', async () => {
    const before = await products();
    const file = csv(
      `LT-80001;Ny downlight;downlights;Lumen;12990;in_stock;;active;`, // 2 created
      `${existing.sku};${existing.name} v2;${existing.slug};${existing.brand};${existing.list_price_ore};in_stock;;;`, // 3 changed
      `LT-80002;Dobbel;downlights;Lumen;100;in_stock;;;`, // 4 duplicate of 5
      `lt-80002;Dobbel;downlights;Lumen;100;in_stock;;;`, // 5 duplicate of 4 (case-insensitive)
      `LT-80003;Uten erstatning;downlights;Lumen;100;in_stock;;end_of_life;LT-NOPE`, // 6 replacement missing
      `LT-80004;Til utgått;downlights;Lumen;100;in_stock;;end_of_life;${endOfLife}`, // 7 replacement end-of-life
      `LT-80005;Sløyfe A;downlights;Lumen;100;in_stock;;end_of_life;LT-80006`, // 8 cycle
      `LT-80006;Sløyfe B;downlights;Lumen;100;in_stock;;end_of_life;LT-80005`, // 9 cycle
      `LT-80007;Negativ;downlights;Lumen;-5;in_stock;;;`, // 10 negative price
      `LT-80008;Ukjent kategori;nowhere;Lumen;100;in_stock;;;`, // 11 unknown category
      `LT-80009;=HYPERLINK("http://x");downlights;Lumen;100;in_stock;;;`, // 12 formula
      `LT-80010;Uten pris;downlights;Lumen;;in_stock;;;`, // 13 price required to create
      `LT-80011;Dato uten status;downlights;Lumen;100;in_stock;2027-01-04;;`, // 14 stock date mismatch
      `LT-80012;Feil dato;downlights;Lumen;100;supplier_date_confirmed;31.02.2027;;`, // 15 not a calendar day
      `lt 80013;Feil SKU;downlights;Lumen;100;in_stock;;;`, // 16 invalid SKU
      `LT-80014;Aktiv med erstatning;downlights;Lumen;100;in_stock;;active;${active}`, // 17 replacement on active
    );
    const response = await importFile('dry-run', file);
    expect(response.status).toBe(200);
    const report: CatalogImportReport = response.body;
    expect(report).toMatchObject({ mode: 'dry-run', applied: false, fileName: 'catalog.csv', view: 'all', total: 16 });
    expect(report.summary).toEqual({ lines: 16, created: 1, changed: 1, unchanged: 0, refused: 14 });
    const byLine = Object.fromEntries(
      report.lines.map((line) => [
        line.line,
        line.status === 'refused'
          ? line.problems?.map((problem) => `${problem.field}:${problem.code}`).join(',')
          : `${line.status}${line.changedFields ? `:${line.changedFields.join('+')}` : ''}`,
      ]),
    );
    expect(byLine).toEqual({
      2: 'created',
      3: 'changed:name',
      4: 'sku:duplicate_sku',
      5: 'sku:duplicate_sku',
      6: 'replacementSku:replacement_not_found',
      7: 'replacementSku:replacement_not_active',
      8: 'replacementSku:replacement_cycle',
      9: 'replacementSku:replacement_cycle',
      10: 'listPriceOre:out_of_range',
      11: 'category:unknown_category',
      12: 'name:formula',
      13: 'listPriceOre:required',
      14: 'stockDate:stock_date_mismatch',
      15: 'stockDate:invalid_date',
      16: 'sku:invalid_sku',
      17: 'replacementSku:replacement_not_end_of_life',
    });
    expect(report.lines.find((line) => line.line === 4)?.problems?.[0].message).toBe('LT-80002 is also on line 5');

    // Paged like quick order: the refused lines only, five at a time.
    const page = await t.http.get(`/staff/product-imports/${report.id}?view=problems&page=3&pageSize=5`, {
      token: consultant,
    });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ view: 'problems', total: 14, page: 3, pageSize: 5 });
    expect(page.body.lines.map((line: { line: number }) => line.line)).toEqual([14, 15, 16, 17]);
    expect(await products()).toEqual(before);

    // An apply of the same file changes nothing at all, and says where to page its report.
    const apply = await importFile('apply', file);
    expect(apply.status).toBe(422);
    expect(apply.body.code).toBe('import_has_refusals');
    expect(apply.body.details.summary.refused).toBe(14);
    expect(apply.body.details.refused[0]).toMatchObject({ line: 4, status: 'refused' });
    const stored = await t.http.get(`/staff/product-imports/${apply.body.details.importId}?view=problems`, {
      token: admin,
    });
    expect(stored.body).toMatchObject({ mode: 'apply', applied: false, total: 14 });
    expect(await products()).toEqual(before);
    expect(await t.sql(`SELECT 1 FROM audit_log WHERE action = 'catalog.imported'`)).toEqual([]);
  });

  it('applies a clean file in one transaction, audited once with counts, searchable at once; re-applying changes nothing', async () => {
    // A cached search that the apply must make stale.
    expect((await t.http.get<ProductPage>('/products?q=kvasirlight')).body.total).toBe(0);
    const file = csv(
      `LT-81001;Kvasirlight 10W;downlights;Lumen;15990;in_stock;;active;`,
      `LT-81002;Kvasirlight gammel;downlights;Lumen;9990;supplier_date_confirmed;04.01.2027;end_of_life;LT-81001`,
      `${existing.sku};${existing.name} (ny);${existing.slug};${existing.brand};${existing.list_price_ore + 100};in_stock;;;`,
    );
    const applied = await importFile('apply', file);
    expect([applied.status, applied.body.message]).toEqual([200, undefined]);
    expect(applied.body).toMatchObject({ mode: 'apply', applied: true });
    expect(applied.body.summary).toEqual({ lines: 3, created: 2, changed: 1, unchanged: 0, refused: 0 });
    const search = await t.http.get<ProductPage>('/products?q=kvasirlight');
    expect(search.body.items.map((item) => item.sku).sort()).toEqual(['LT-81001', 'LT-81002']);
    const page = await t.http.get('/products/LT-81002');
    expect(page.body).toMatchObject({
      stockDate: '2027-01-04',
      lifecycle: 'end_of_life',
      replacement: { sku: 'LT-81001' },
    });
    const audit = await t.sql<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_log WHERE action = 'catalog.imported'`,
    );
    expect(audit).toEqual([
      { after: { fileName: 'catalog.csv', lines: 3, created: 2, changed: 1, unchanged: 0, refused: 0 } },
    ]);

    // search_text follows a rename (a trigger keeps it, for the SKU, name, brand and keywords only).
    const [renamed] = await t.sql<{ search_text: string }>(`SELECT search_text FROM products WHERE sku = $1`, [
      existing.sku,
    ]);
    expect(renamed.search_text).toContain(`${existing.name} (ny)`.toLowerCase());

    const versions = await products();
    const again = await importFile('apply', file);
    expect(again.body.summary).toEqual({ lines: 3, created: 0, changed: 0, unchanged: 3, refused: 0 });
    expect(await products()).toEqual(versions);
  });

  it('reads nb headers in any order, partial columns, and .xlsx; refuses an XLSX formula by line and field', async () => {
    const nb = ['artikkelnummer;listepris_ore', `LT-81001;16990`].join('\n');
    const report = (await importFile('dry-run', nb)).body;
    expect(report.lines).toEqual([{ line: 2, sku: 'LT-81001', status: 'changed', changedFields: ['listPriceOre'] }]);

    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Produkter');
    sheet.addRow(['Artikkelnummer', 'Navn', 'Listepris_ore']);
    sheet.addRow(['LT-81001', 'Kvasirlight 10W', 15990]);
    sheet.addRow(['LT-81002', 'Kvasirlight gammel', { formula: '100*2', result: 200 }]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const fromXlsx = (
      await t.http.post('/staff/products/import?mode=dry-run', upload(xlsx, 'katalog.xlsx'), { token: admin })
    ).body;
    expect(fromXlsx.lines).toEqual([
      { line: 2, sku: 'LT-81001', status: 'unchanged' },
      {
        line: 3,
        sku: 'LT-81002',
        status: 'refused',
        problems: [expect.objectContaining({ field: 'listPriceOre', code: 'formula' })],
      },
    ]);
  });

  it('refuses a file whole: an unknown column, 100,001 lines, a 50 MB file, a binary', async () => {
    const unknown = await importFile('dry-run', 'sku;pris\nLT-81001;100');
    expect([unknown.status, unknown.body.code]).toEqual([422, 'malformed_csv']);
    expect(unknown.body.message).toContain('"pris"');
    const noSku = await importFile('dry-run', 'name\nX');
    expect([noSku.status, noSku.body.code]).toEqual([422, 'csv_missing_column']);

    const lines = Array.from({ length: 100_001 }, (_, i) => `LT-${7_000_000 + i};100`);
    const tooMany = await importFile('dry-run', ['sku;list_price_ore', ...lines].join('\n'));
    expect([tooMany.status, tooMany.body.code]).toEqual([413, 'too_many_lines']);
    const huge = await importFile('dry-run', 'sku\n' + 'x'.repeat(50 * 1024 * 1024));
    expect([huge.status, huge.body.code]).toEqual([413, 'file_too_large']);
    const binary = await importFile(
      'dry-run',
      new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 1, 2]),
    );
    expect(binary.status).toBe(415);
    expect((await importFile('dry-run', 'sku;name', consultant)).status).toBe(403);
  });

  it('feeds stock only, all lines or none, in a fixed number of statements', async () => {
    const [before] = await t.sql<{ name: string; list_price_ore: number }>(
      `SELECT name, list_price_ore FROM products WHERE sku = 'LT-81001'`,
    );
    const feed = (text: string) =>
      t.http.post<StockFeedResult>('/staff/stock-feed', upload(text, 'lager.csv'), { token: admin });
    const refused = await feed(
      'sku;stock_status;expected_date\nLT-81001;remote_warehouse;\nLT-NOPE;in_stock;\nLT-81002;supplier_date_confirmed;',
    );
    expect(refused.status).toBe(422);
    expect(
      (
        refused.body as never as { details: { refused: { line: number; problems: { code: string }[] }[] } }
      ).details.refused.map((line) => [line.line, line.problems[0].code]),
    ).toEqual([
      [3, 'unknown_sku'],
      [4, 'stock_date_mismatch'],
    ]);
    const [unchanged] = await t.sql(`SELECT stock_status FROM products WHERE sku = 'LT-81001'`);
    expect(unchanged).toEqual({ stock_status: 'in_stock' });

    const small =
      'artikkelnummer;lagerstatus;forventet_dato\nLT-81001;remote_warehouse;\nLT-81002;supplier_date_confirmed;2027-02-01';
    let answer: StockFeedResult | undefined;
    const statements = await statementsDuring(async () => {
      answer = (await feed(small)).body;
    });
    expect(answer).toEqual({ lines: 2, changed: 2, unchanged: 0 });
    const [after] = await t.sql(`SELECT name, list_price_ore, stock_status FROM products WHERE sku = 'LT-81001'`);
    expect(after).toEqual({ ...before, stock_status: 'remote_warehouse' });
    const skus = (await t.sql<{ sku: string }>(`SELECT sku FROM products ORDER BY sku LIMIT 1000`)).map(
      (row) => row.sku,
    );
    const large = ['sku;stock_status;expected_date', ...skus.map((sku) => `${sku};order_from_supplier;`)].join('\n');
    // Every row stays on its page (a HOT update: no index written), with room kept for it.
    const pages = () =>
      t.sql<{ sku: string; page: string }>(
        `SELECT sku, (ctid::text::point)[0]::text AS page FROM products WHERE sku = ANY($1) ORDER BY sku`,
        [skus],
      );
    const pagesBefore = await pages();
    let status = 0;
    const many = await statementsDuring(async () => {
      status = (await feed(large)).status;
    });
    expect(status).toBe(200);
    expect(many.length).toBe(statements.length);
    const [{ stale }] = await t.sql<{ stale: number }>(
      `SELECT count(*)::int AS stale FROM products WHERE sku = ANY($1) AND stock_status <> 'order_from_supplier'`,
      [skus],
    );
    expect(stale).toBe(0);
    expect(await pages()).toEqual(pagesBefore);
  });

  it('writes an import of most of the catalog with its indexes and keys made after it: the same ones, search current at once', async () => {
    const indexes = () =>
      t.sql(
        `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'products'
         UNION ALL SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'products'::regclass
         ORDER BY name`,
      );
    const indexesBefore = await indexes();
    const [{ count }] = await t.sql<{ count: number }>(`SELECT count(*)::int AS count FROM products`);
    const lines = Array.from(
      { length: count + 10 },
      (_, i) => `BULK-${String(i).padStart(6, '0')};Bulkalux ${i};downlights;Lumen;${100 + i};in_stock;;;`,
    );
    let applied: { status: number; body: CatalogImportReport } | undefined;
    const statements = await statementsDuring(async () => {
      applied = await importFile('apply', csv(...lines));
    });
    expect(applied?.status).toBe(200);
    expect(applied?.body.summary).toMatchObject({ created: count + 10, refused: 0 });
    expect(statements.filter((statement) => statement.includes('DROP INDEX'))).toHaveLength(1);
    expect(await indexes()).toEqual(indexesBefore);
    const search = await t.http.get<ProductPage>('/products?q=bulkalux&pageSize=1');
    expect(search.body.total).toBe(count + 10);
  });

  it('exports every product as CSV and XLSX in the import columns; the CSV imports back unchanged', async () => {
    const exported = await t.http.get('/staff/products/export.csv', { token: consultant });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('text/csv');
    // The byte-order mark Excel needs (fetch's text() drops it).
    const raw = await fetch(`${t.http.baseUrl}/staff/products/export.csv`, {
      headers: { authorization: `Bearer ${consultant}` },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = exported.text.split('\r\n');
    expect(lines[0]).toBe(
      'sku;name;description;keywords;category;brand;list_price_ore;wattage;lumen;colour_temperature_k;cri;ip_rating;beam_angle;dimmable;stock_status;expected_date;bulky;net_priced;lifecycle;replacement_sku',
    );
    const [{ count }] = await t.sql<{ count: number }>(`SELECT count(*)::int AS count FROM products`);
    expect(lines).toHaveLength(count + 1);
    const back = await importFile('dry-run', exported.text);
    expect(back.body.summary).toEqual({ lines: count, created: 0, changed: 0, unchanged: count, refused: 0 });

    const xlsx = await fetch(`${t.http.baseUrl}/staff/products/export.xlsx?headers=nb`, {
      headers: { authorization: `Bearer ${consultant}` },
    });
    const workbook = new Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(count + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('artikkelnummer');
  });
});
