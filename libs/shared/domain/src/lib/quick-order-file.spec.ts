import { parseQuickOrderCsv, QUICK_ORDER_LIMITS, QuickOrderCsvError } from './quick-order-csv';
import { decodeCsv, quickOrderFileKind } from './quick-order-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) =>
  new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
const utf16be = (text: string) =>
  new Uint8Array([0xfe, 0xff, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
/** Bytes that look like nothing: a fixed pseudo-random sequence, so a failure replays. */
const noise = (length: number) => {
  let seed = 42;
  return Uint8Array.from({ length }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23);
};

function refusal(work: () => unknown): QuickOrderCsvError {
  try {
    work();
  } catch (error) {
    if (error instanceof QuickOrderCsvError) return error;
    throw error;
  }
  throw new Error('expected a QuickOrderCsvError');
}

describe('decodeCsv', () => {
  it('decodes UTF-8 with a BOM without keeping the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('sku;antall\nLT-1;1')]);
    const text = decodeCsv(bytes);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(parseQuickOrderCsv(text)).toEqual([{ line: 2, sku: 'LT-1', quantity: '1' }]);
  });

  it('decodes UTF-8 without a BOM, keeping Norwegian letters', () => {
    expect(decodeCsv(utf8('Artikkelnummer;Antall;Merknad\nLT-1;1;Bjørvika'))).toContain('Bjørvika');
  });

  it('reads a Windows-1252 export from Excel instead of refusing it', () => {
    // "LT-1;1;Bjørvika" with ø as 0xF8, which is not valid UTF-8.
    const bytes = new Uint8Array([...utf8('LT-1;1;Bj'), 0xf8, ...utf8('rvika')]);
    expect(decodeCsv(bytes)).toBe('LT-1;1;Bjørvika');
  });

  it.each([
    ['UTF-16LE', utf16le],
    ['UTF-16BE', utf16be],
  ])("reads Excel's tab-separated Unicode text in %s with its BOM", (_, encode) => {
    const text = decodeCsv(encode('Varenr\tAntall\tMerknad\r\nLT-1\t2\tBjørvika\r\n'));
    expect(text).toBe('Varenr\tAntall\tMerknad\r\nLT-1\t2\tBjørvika\r\n');
    expect(parseQuickOrderCsv(text)).toEqual([{ line: 2, sku: 'LT-1', quantity: '2' }]);
  });

  it('refuses a UTF-16 BOM followed by bytes that are not UTF-16', () => {
    expect(refusal(() => decodeCsv(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]))).code).toBe('unsupported_file_type');
  });

  it('refuses binary data as an unsupported file, whatever it is called', () => {
    const error = refusal(() => decodeCsv(noise(4_096)));
    expect(error.code).toBe('unsupported_file_type');
    expect(error.message).toBe('Upload a CSV or Excel file');
  });

  it('refuses UTF-16 text without a BOM (a NUL in every other byte) rather than guess', () => {
    const bytes = utf16le('LT-1\t2\r\nLT-2\t3\r\nLT-3\t4\r\n').slice(2);
    expect(refusal(() => decodeCsv(bytes)).code).toBe('unsupported_file_type');
  });

  it('keeps a text file with a stray NUL as text, so the line check can name it', () => {
    const text = decodeCsv(utf8('sku;antall\nLT-1;1\nLT\u00002;1\n'));
    expect(refusal(() => parseQuickOrderCsv(text))).toMatchObject({
      code: 'invalid_characters',
      line: 3,
    });
  });

  it('refuses more than 10 MB', () => {
    const bytes = new Uint8Array(QUICK_ORDER_LIMITS.maxBytes + 1);
    expect(refusal(() => decodeCsv(bytes)).code).toBe('file_too_large');
  });

  it('accepts exactly 10 MB', () => {
    const bytes = new Uint8Array(QUICK_ORDER_LIMITS.maxBytes).fill(0x20);
    expect(decodeCsv(bytes)).toHaveLength(QUICK_ORDER_LIMITS.maxBytes);
  });
});

describe('quickOrderFileKind', () => {
  it('sends a zip archive to the workbook reader and anything else to the text reader', () => {
    expect(quickOrderFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe('zip');
    expect(quickOrderFileKind(new Uint8Array([0x50, 0x4b, 0x05, 0x06]))).toBe('zip');
    expect(quickOrderFileKind(utf8('PK;1\nLT-1;2'))).toBe('text');
    expect(quickOrderFileKind(new Uint8Array())).toBe('text');
  });

  it.each([
    ['a PDF', utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n')],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0])],
    ['a GIF', utf8('GIF89a')],
    ['a gzip file', new Uint8Array([0x1f, 0x8b, 0x08, 0x00])],
  ])('refuses %s by its first bytes', (_, bytes) => {
    expect(refusal(() => quickOrderFileKind(bytes)).code).toBe('unsupported_file_type');
  });
});
