import type { QuickOrderReport } from '@lumen/shared/contracts';
import { Workbook } from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { insertProducts } from './quick-order-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Quick-order files as people have them (issue 10): .xlsx, Excel's "Unicode text" (UTF-16,
 * tab-separated), Windows-1252, comma, semicolon or tab — read by content, not by name — and
 * everything else refused with a 415, never a 500.
 */
describe('quick-order uploads', () => {
  let t: TestApp;
  let purchaser: string;
  /** Built before any request: seconds of idling mid-test can meet the server's keep-alive close. */
  let tooManyRows: Uint8Array;
  let zipBomb: Uint8Array;

  beforeAll(async () => {
    tooManyRows = await xlsx(Array.from({ length: 100_001 }, (_, i) => [`QU-${i}`, 1]));
    const parts = unzipSync(await xlsx([['QU-OK-1', 1]]));
    parts['xl/worksheets/sheet1.xml'] = new Uint8Array(101 * 1024 * 1024).fill(0x20);
    zipBomb = zipSync(parts, { level: 1 });
    t = await startTestApp();
    await insertProducts(t, [
      { sku: 'QU-OK-1', listPriceOre: 10_000 },
      { sku: '00123', listPriceOre: 1_999 },
      { sku: 'QU-NEW-1', listPriceOre: 20_000 },
      { sku: 'QU-EOL-1', listPriceOre: 15_000, lifecycle: 'end_of_life', replacementSku: 'QU-NEW-1' },
    ]);
    purchaser = await t.http.tokenFor('purchaser@nordlys.test');
  }, 60_000);
  afterAll(() => t.close());

  /** The same order in every format: rows of cells, line n = row n; [] is a blank line. */
  const ROWS: (string | number)[][] = [
    ['Artikkelnummer', 'Antall', 'Merknad'],
    ['QU-OK-1', 2, 'Lysrør'],
    [],
    ['qu-ok-1 ', 3, ''], // summed into line 2
    ['QU-OK-2', 1, ''], // typo: unknown, QU-OK-1 suggested
    ['QU-NEW-1', 'tre', ''], // invalid quantity
    ['QU-EOL-1', 4, ''], // end of life, replacement offered
    ['', 7, ''], // no article number
    ['00123', 10, 'leading zeros kept'],
  ];
  const text = (delimiter: string) => ROWS.map((cells) => cells.join(delimiter)).join('\r\n') + '\r\n';
  const utf16be = (value: string) => Buffer.from(value, 'utf16le').swap16();

  /** `secondTab`: another sheet, made first (sheet1.xml) but moved behind the order's tab. */
  async function xlsx(rows = ROWS, options: { secondTab?: string } = {}): Promise<Uint8Array> {
    const workbook = new Workbook();
    const other = options.secondTab ? workbook.addWorksheet(options.secondTab) : null;
    const order = workbook.addWorksheet('Bestilling');
    order.addRows(rows);
    if (other) {
      other.addRow(['QU-OTHER-TAB', 1]);
      // The tab position: in exceljs's model, not in its typings.
      Object.assign(other, { orderNo: 1 });
      Object.assign(order, { orderNo: 0 });
    }
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  function upload(bytes: Uint8Array | string, name: string, type = 'application/octet-stream'): FormData {
    const form = new FormData();
    form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }), name);
    return form;
  }

  async function check(form: FormData): Promise<Omit<QuickOrderReport, 'id' | 'expiresAt'>> {
    const response = await t.http.post<QuickOrderReport>('/quick-order/check', form, { token: purchaser });
    expect(response.status).toBe(200);
    const { id, expiresAt, ...report } = response.body;
    expect(id).toBeTruthy();
    expect(expiresAt).toBeTruthy();
    return report;
  }

  it('gives the same report line by line for the same order in CSV, tab, UTF-16, Windows-1252 and .xlsx', async () => {
    const csv = await check(upload(text(';'), 'order.csv', 'text/csv'));
    // The baseline itself explains every line, so equal reports below mean equal readings.
    expect(csv.lines.map((line) => [line.line, line.status])).toEqual([
      [2, 'ok'],
      [4, 'ok'],
      [5, 'unknown_sku'],
      [6, 'invalid_quantity'],
      [7, 'end_of_life'],
      [8, 'missing_sku'],
      [9, 'ok'],
    ]);
    expect(csv.lines.find((line) => line.line === 4)).toMatchObject({ sku: 'QU-OK-1', quantity: 3, summedIntoLine: 2 });
    expect(csv.lines.find((line) => line.line === 5)?.suggestions?.[0]).toBe('QU-OK-1');
    expect(csv.lines.find((line) => line.line === 9)?.sku).toBe('00123');

    const variants: [string, FormData][] = [
      [
        'UTF-8 with BOM, comma',
        upload(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text(','))]), 'order.csv'),
      ],
      ['UTF-8, tab', upload(text('\t'), 'order.txt', 'text/plain')],
      [
        'UTF-16LE with BOM, tab',
        upload(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('\t'), 'utf16le')]), 'order.txt'),
      ],
      ['UTF-16BE with BOM, tab', upload(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text('\t'))]), 'order.txt')],
      // latin1 is Windows-1252 for every character here; "ø" (0xF8) is not valid UTF-8.
      ['Windows-1252, semicolon', upload(Buffer.from(text(';'), 'latin1'), 'order.csv')],
      [
        '.xlsx',
        upload(await xlsx(), 'order.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
      ],
      ['.xlsx named .csv', upload(await xlsx(), 'order.csv', 'text/csv')],
    ];
    for (const [format, form] of variants) {
      expect({ format, report: await check(form) }).toEqual({ format, report: csv });
    }
  });

  it('reads the first tab of a workbook, not the others', async () => {
    const report = await check(upload(await xlsx(ROWS, { secondTab: 'Notater' }), 'order.xlsx'));
    expect(report.lines.map((line) => line.sku)).not.toContain('QU-OTHER-TAB');
    expect(report.summary.lines).toBe(7);
  });

  const refusedFiles: [string, () => Uint8Array][] = [
    ['binary garbage', () => Uint8Array.from({ length: 4_096 }, (_, i) => (i * 7919 + 13) % 251)],
    ['a PDF', () => strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n')],
    ['a zip that is not a workbook', () => zipSync({ 'order.csv': strToU8('QU-OK-1;1\n') })],
    [
      'a PNG image',
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    ],
    [
      'an old binary .xls',
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]),
    ],
  ];
  it.each(refusedFiles)('refuses %s named order.csv with 415 and a stable code', async (_, bytes) => {
    const response = await t.http.post('/quick-order/check', upload(bytes(), 'order.csv', 'text/csv'), {
      token: purchaser,
    });
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ code: 'unsupported_file_type', message: 'Upload a CSV or Excel file' });
  });

  it('refuses a damaged workbook with 415, not 500', async () => {
    const whole = await xlsx();
    const response = await t.http.post('/quick-order/check', upload(whole.slice(0, whole.length - 200), 'order.xlsx'), {
      token: purchaser,
    });
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('unsupported_file_type');
  });

  it('refuses a workbook with more than 100,000 lines with the same 413 as a CSV file', async () => {
    const response = await t.http.post('/quick-order/check', upload(tooManyRows, 'big.xlsx'), { token: purchaser });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'too_many_lines', details: [{ line: 100_001 }] });
  });

  it('refuses a zip bomb (a small workbook that unpacks to more than 100 MB) with 413 before unpacking it', async () => {
    expect(zipBomb.length).toBeLessThan(1024 * 1024);
    const response = await t.http.post('/quick-order/check', upload(zipBomb, 'bomb.xlsx'), { token: purchaser });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('file_too_large');
    expect(response.body.message).toMatch(/unpacks to more than 100 MB/);
  });

  it('refuses a NUL in a CSV cell or a workbook cell with 400 naming the line', async () => {
    const csv = await t.http.post('/quick-order/check', upload('sku;antall\nQU-OK-1;1\nQU\u0000OK;2\n', 'order.csv'), {
      token: purchaser,
    });
    expect(csv.status).toBe(400);
    expect(csv.body).toMatchObject({ code: 'invalid_characters', details: [{ line: 3, code: 'invalid_characters' }] });
    expect(csv.body.message).toMatch(/^Line 3:/);

    // Excel writes a NUL in a cell as _x0000_.
    const workbook = await xlsx([['sku', 'antall'], ['QU-OK-1', 1], [], ['QU_x0000_OK', 2]]);
    const sheet = await t.http.post('/quick-order/check', upload(workbook, 'order.xlsx'), { token: purchaser });
    expect(sheet.status).toBe(400);
    expect(sheet.body).toMatchObject({ code: 'invalid_characters', details: [{ line: 4 }] });
  });

  it('refuses an unknown field inside typed lines, naming it', async () => {
    const response = await t.http.post(
      '/quick-order/check',
      {
        lines: [
          { sku: 'QU-OK-1', quantity: 1 },
          { sku: 'QU-OK-1', quantity: 1, evil: 1 },
        ],
      },
      { token: purchaser },
    );
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'lines.1.evil', code: 'unknown_field' }],
    });
  });
});
