import type { QuickOrderReport } from '@lumen/shared/contracts';
import { csvFile, insertProducts } from './quick-order-fixtures';
import { statementsDuring } from './support/sql-statements';
import { startTestApp, type TestApp } from './support/test-app';

/** More lines than one chunk of the streamed report (CSV_BATCH_LINES is 2,000). */
const PRODUCTS = 4_500;
const sku = (n: number) => `QR-${String(n).padStart(4, '0')}`;

describe('quick-order report CSV, streamed', () => {
  let t: TestApp;
  let purchaser: string;

  beforeAll(async () => {
    t = await startTestApp();
    await insertProducts(t, [
      ...Array.from({ length: PRODUCTS }, (_, i) => ({ sku: sku(i + 1), listPriceOre: 10_000 })),
      { sku: 'QR-EOL-1', listPriceOre: 15_000, lifecycle: 'end_of_life' as const, replacementSku: sku(1) },
    ]);
    purchaser = await t.http.tokenFor('purchaser@nordlys.test');
  });
  afterAll(() => t.close());

  const check = async (lines: string[]) => {
    const file = csvFile(['sku;quantity', ...lines].join('\r\n'));
    const response = await t.http.post<QuickOrderReport>('/quick-order/check', file, { token: purchaser });
    expect(response.status).toBe(200);
    return response.body.id;
  };

  it('writes every line in file order across chunks, problems with their replacement and suggestions', async () => {
    // Problem lines in the last chunk, after thousands of ok ones: they come from their own lookup.
    const lines = Array.from({ length: PRODUCTS }, (_, i) => `${sku(i + 1)};${(i % 5) + 1}`);
    lines.push('QR-EOL-1;2', 'QR-45O1;1', 'QR-0002;x');
    const id = await check(lines);
    const response = await t.http.get(`/quick-order/checks/${id}/report.csv`, { token: purchaser });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    // Streamed: sent in chunks as it is written, never held whole to know its length.
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(response.headers.get('content-length')).toBeNull();
    const rows = response.text.replace(/^\ufeff/, '').split('\r\n');
    expect(rows[0]).toBe(
      'line;sku;quantity;status;message;name;unit_price_nok_excl_vat;line_total_nok_excl_vat;stock_status;replacement_sku;suggestions;summed_into_line',
    );
    expect(rows).toHaveLength(1 + PRODUCTS + 3);
    // Line n of the file (after the header line) is row n - 1, in order, across every chunk.
    expect(rows.slice(1).map((row) => Number(row.split(';')[0]))).toEqual(
      Array.from({ length: PRODUCTS + 3 }, (_, i) => i + 2),
    );
    expect(rows[2_001]).toBe(`2002;${sku(2_001)};1;ok;OK;Test ${sku(2_001)};90,00;90,00;in_stock;;;`);
    expect(rows[PRODUCTS]).toBe(
      `${PRODUCTS + 1};${sku(PRODUCTS)};5;ok;OK;Test ${sku(PRODUCTS)};90,00;450,00;in_stock;;;`,
    );
    const [eol, unknown, badQuantity] = rows.slice(-3);
    expect(eol).toBe(
      `${PRODUCTS + 2};QR-EOL-1;2;end_of_life;"End of life; replacement offered";Test QR-EOL-1;;;in_stock;${sku(1)};;`,
    );
    expect(unknown).toMatch(new RegExp(`^${PRODUCTS + 3};QR-45O1;1;unknown_sku;Unknown article number;;;;;;QR-\\d{4}`));
    expect(badQuantity).toBe(
      `${PRODUCTS + 4};QR-0002;x;invalid_quantity;Invalid quantity (not_a_whole_number);Test QR-0002;;;in_stock;;;`,
    );
  });

  it('costs the same statements for 3 lines or 4,500: the caller, the check, the problems, the products', async () => {
    const counts: number[] = [];
    for (const size of [3, PRODUCTS]) {
      const id = await check([...Array.from({ length: size }, (_, i) => `${sku(i + 1)};1`), 'QR-9999;1']);
      const statements = await statementsDuring(async () => {
        const response = await t.http.get(`/quick-order/checks/${id}/report.csv`, { token: purchaser });
        expect(response.status).toBe(200);
      });
      counts.push(statements.length);
    }
    expect(counts).toEqual([4, 4]);
  });
});
