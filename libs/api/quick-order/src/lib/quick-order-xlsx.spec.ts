import { QUICK_ORDER_LIMITS, QuickOrderCsvError } from '@lumen/shared/domain';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readXlsxEntries } from './quick-order-xlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

interface SheetPart {
  name: string;
  rows: string;
  state?: 'hidden';
}

/**
 * A workbook as Excel lays it out — the sheets before sharedStrings.xml in the zip — with the
 * XML written by hand, so each test controls exactly what the reader meets.
 */
function workbook(
  sheets: SheetPart[],
  sharedStrings?: string[],
  options: { target?: (n: number) => string; stored?: boolean } = {},
) {
  const target = options.target ?? ((n) => `worksheets/sheet${n}.xml`);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
        .map(
          (sheet, i) =>
            `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ''}/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="${PKG}">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target(i + 1)}"/>`)
        .join('')}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<worksheet xmlns="${MAIN}"><sheetData>${sheet.rows}</sheetData></worksheet>`,
    );
  });
  if (sharedStrings)
    files['xl/sharedStrings.xml'] = strToU8(
      `<sst xmlns="${MAIN}">${sharedStrings.map((text) => `<si><t xml:space="preserve">${text}</t></si>`).join('')}</sst>`,
    );
  return zipSync(files, { level: options.stored ? 0 : 6 });
}

/** Rewrites a 32-bit field of the sheet's central-directory entry and local header. */
function patchSheetEntry(file: Uint8Array, directoryOffset: number, localOffset: number, value: number): void {
  const view = new DataView(file.buffer);
  const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
  for (let at = 0; at + 46 < file.length; at++) {
    const signature = view.getUint32(at, true);
    const nameAt = signature === 0x02014b50 ? at + 46 : signature === 0x04034b50 ? at + 30 : -1;
    if (nameAt === -1 || !name.every((byte, i) => file[nameAt + i] === byte)) continue;
    const field = at + (signature === 0x02014b50 ? directoryOffset : localOffset);
    if (directoryOffset === 10) view.setUint16(field, value, true);
    else view.setUint32(field, value, true);
  }
}

const row = (n: number, ...cells: string[]) => `<row r="${n}">${cells.join('')}</row>`;
const shared = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;
const number = (ref: string, value: number | string) => `<c r="${ref}"><v>${value}</v></c>`;
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

function refusal(work: () => unknown): QuickOrderCsvError {
  try {
    work();
  } catch (error) {
    if (error instanceof QuickOrderCsvError) return error;
    throw error;
  }
  throw new Error('expected a QuickOrderCsvError');
}

describe('readXlsxEntries', () => {
  it('reads the first sheet with shared strings that come after it in the zip, numbering lines as Excel rows', () => {
    const file = workbook(
      [
        {
          name: 'Bestilling',
          rows:
            row(1, shared('A1', 0), shared('B1', 1)) +
            row(2, shared('A2', 2), number('B2', 3)) +
            row(4, number('A4', 12345), number('B4', '1.5')),
        },
        { name: 'Notater', rows: row(1, inline('A1', 'LT-IGNORED'), number('B1', 1)) },
      ],
      ['Artikkelnummer', 'Antall', '00123'],
    );
    expect(readXlsxEntries(file)).toEqual([
      { line: 2, sku: '00123', quantity: '3' },
      { line: 4, sku: '12345', quantity: '1.5' },
    ]);
  });

  it('reads inline strings, rich text without its phonetic guide, a formula by its result, and prefixed names', () => {
    const file = workbook([
      {
        name: 'S',
        rows:
          row(1, inline('A1', 'LT-1'), number('B1', 2)) +
          row(
            2,
            '<c r="A2" t="inlineStr"><is><r><t>LT-</t></r><r><t>2</t></r><rPh><t>x</t></rPh></is></c>',
            number('B2', 1),
          ) +
          row(3, '<c r="A3" t="str"><f>CONCAT("LT-","3")</f><v>LT-3</v></c>', '<c r="B3" t="b"><v>1</v></c>') +
          '<x:row xmlns:x="' +
          MAIN +
          '" r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>LT-4</x:t></x:is></x:c><x:c r="B4"><x:v>4</x:v></x:c></x:row>',
      },
    ]);
    expect(readXlsxEntries(file)).toEqual([
      { line: 1, sku: 'LT-1', quantity: '2' },
      { line: 2, sku: 'LT-2', quantity: '1' },
      { line: 3, sku: 'LT-3', quantity: 'TRUE' },
      { line: 4, sku: 'LT-4', quantity: '4' },
    ]);
  });

  it('takes the first visible tab, whatever the sheet files are called, with absolute targets', () => {
    const file = workbook(
      [
        { name: 'Skjult', state: 'hidden', rows: row(1, inline('A1', 'LT-HIDDEN'), number('B1', 1)) },
        { name: 'Synlig', rows: row(1, inline('A1', 'LT-SHOWN'), number('B1', 2)) },
      ],
      undefined,
      { target: (n) => `/xl/worksheets/sheet${n}.xml` },
    );
    expect(readXlsxEntries(file)).toEqual([{ line: 1, sku: 'LT-SHOWN', quantity: '2' }]);
  });

  it('reads a header anywhere in a sparse sheet without building its empty columns', () => {
    const file = workbook([
      {
        name: 'S',
        rows:
          row(3, inline('C3', 'sku'), inline('D3', 'qty')) +
          row(5, inline('C5', 'LT-1'), number('D5', 2)) +
          row(1_048_576, number('XFD1048576', 1)),
      },
    ]);
    expect(readXlsxEntries(file)).toEqual([
      { line: 5, sku: 'LT-1', quantity: '2' },
      { line: 1_048_576, sku: '', quantity: '' },
    ]);
  });

  it('refuses a NUL written as _x0000_, naming the row', () => {
    const file = workbook([
      {
        name: 'S',
        rows: row(1, inline('A1', 'LT-1'), number('B1', 1)) + row(2, inline('A2', 'LT_x0000_2'), number('B2', 1)),
      },
    ]);
    const error = refusal(() => readXlsxEntries(file));
    expect(error.code).toBe('invalid_characters');
    expect(error.line).toBe(2);
  });

  it('stops at the line over the limit, naming it', () => {
    const rows = Array.from({ length: 4 }, (_, i) =>
      row(i + 2, inline(`A${i + 2}`, `LT-${i}`), number(`B${i + 2}`, 1)),
    ).join('');
    const error = refusal(() =>
      readXlsxEntries(workbook([{ name: 'S', rows }]), { ...QUICK_ORDER_LIMITS, maxLines: 3 }),
    );
    expect(error).toMatchObject({ code: 'too_many_lines', line: 5 });
  });

  it('refuses a workbook whose parts unpack to more than the limit before unpacking them', () => {
    const padding = ' '.repeat(2_000);
    const file = workbook([{ name: 'S', rows: row(1, inline('A1', `LT-1${padding}`), number('B1', 1)) }]);
    expect(refusal(() => readXlsxEntries(file, { ...QUICK_ORDER_LIMITS, maxUnpackedBytes: 1_000 })).code).toBe(
      'file_too_large',
    );
  });

  it('reads no further than a lying zip directory says, so it cannot unpack more than the limit', () => {
    const file = workbook([
      { name: 'S', rows: row(1, inline('A1', 'LT-1'), number('B1', 1)) + '<!--' + 'x'.repeat(100_000) + '-->' },
    ]);
    // The sheet "unpacks to 200 bytes", in the central directory and in the local header.
    patchSheetEntry(file, 24, 22, 200);
    const error = refusal(() => readXlsxEntries(file, { ...QUICK_ORDER_LIMITS, maxUnpackedBytes: 10_000 }));
    expect(error.code).toBe('unsupported_file_type');
  });

  it('reads a workbook stored without compression', () => {
    const file = workbook([{ name: 'S', rows: row(1, inline('A1', 'LT-1'), number('B1', 7)) }], undefined, {
      stored: true,
    });
    expect(readXlsxEntries(file)).toEqual([{ line: 1, sku: 'LT-1', quantity: '7' }]);
  });

  it('refuses an entry packed by a method other than deflate', () => {
    const file = workbook([{ name: 'S', rows: row(1, inline('A1', 'LT-1'), number('B1', 7)) }]);
    patchSheetEntry(file, 10, 8, 12); // bzip2
    expect(refusal(() => readXlsxEntries(file)).code).toBe('unsupported_file_type');
  });

  it.each([
    ['a zip without a workbook', zipSync({ 'readme.txt': strToU8('hello') })],
    ['an empty zip', zipSync({})],
    [
      'a workbook whose sheet is not XML',
      zipSync({
        ...unzipSync(workbook([{ name: 'S', rows: '' }])),
        'xl/worksheets/sheet1.xml': strToU8('<worksheet><row>'),
      }),
    ],
    ['a truncated zip', workbook([{ name: 'S', rows: row(1, inline('A1', 'LT-1')) }]).slice(0, 200)],
  ])('refuses %s as unsupported', (_, file) => {
    expect(refusal(() => readXlsxEntries(file)).code).toBe('unsupported_file_type');
  });
});
