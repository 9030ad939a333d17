import {
  parseQuickOrderCsv,
  QuickOrderCsvError,
  QuickOrderRowCollector,
} from './quick-order-csv';
import {
  checkQuantity,
  combineQuickOrderEntries,
} from './quick-order-entries';
import { normaliseSku } from './sku';

function refusal(work: () => unknown): QuickOrderCsvError {
  try {
    work();
  } catch (error) {
    if (error instanceof QuickOrderCsvError) return error;
    throw error;
  }
  throw new Error('expected a QuickOrderCsvError');
}

describe('parseQuickOrderCsv', () => {
  it('reads a comma file with an English header', () => {
    expect(parseQuickOrderCsv('sku,quantity\nLT-1,2\nLT-2,3\n')).toEqual([
      { line: 2, sku: 'LT-1', quantity: '2' },
      { line: 3, sku: 'LT-2', quantity: '3' },
    ]);
  });

  it('reads a semicolon file with a Norwegian header in any column order', () => {
    expect(
      parseQuickOrderCsv('Antall;Artikkelnummer\n4;LT-1\n1,5;LT-2'),
    ).toEqual([
      { line: 2, sku: 'LT-1', quantity: '4' },
      { line: 3, sku: 'LT-2', quantity: '1,5' },
    ]);
  });

  it('accepts "article number" and "qty" as header names', () => {
    expect(parseQuickOrderCsv('Article Number,Qty\nLT-9,1')).toEqual([
      { line: 2, sku: 'LT-9', quantity: '1' },
    ]);
  });

  it('accepts French header names', () => {
    expect(parseQuickOrderCsv('Quantité;Référence\n3;LT-9')).toEqual([{ line: 2, sku: 'LT-9', quantity: '3' }]);
    expect(parseQuickOrderCsv('Réf;Qté\nLT-8;2')).toEqual([{ line: 2, sku: 'LT-8', quantity: '2' }]);
  });

  it('treats a first line without known names as data: sku, then quantity', () => {
    expect(parseQuickOrderCsv('LT-1;2\nLT-2;5')).toEqual([
      { line: 1, sku: 'LT-1', quantity: '2' },
      { line: 2, sku: 'LT-2', quantity: '5' },
    ]);
  });

  it('refuses a header that names only one of the two columns, naming the line', () => {
    const error = refusal(() => parseQuickOrderCsv('\nsku;note\nLT-1;x'));
    expect(error.code).toBe('csv_missing_column');
    expect(error.line).toBe(2);
  });

  it('handles CRLF line ends and blank lines, keeping line numbers true', () => {
    expect(
      parseQuickOrderCsv('sku;antall\r\n\r\nLT-1;2\r\n  ;  \r\nLT-2;1\r\n'),
    ).toEqual([
      { line: 3, sku: 'LT-1', quantity: '2' },
      { line: 5, sku: 'LT-2', quantity: '1' },
    ]);
  });

  it('numbers lines right in a file that mixes CRLF and LF', () => {
    expect(parseQuickOrderCsv('LT-1;1\r\nLT-2;2\n\nLT-3;3\r\n')).toEqual([
      { line: 1, sku: 'LT-1', quantity: '1' },
      { line: 2, sku: 'LT-2', quantity: '2' },
      { line: 4, sku: 'LT-3', quantity: '3' },
    ]);
  });

  it('keeps SKUs as text so leading zeros survive', () => {
    expect(parseQuickOrderCsv('00123,1\n0007,10')).toEqual([
      { line: 1, sku: '00123', quantity: '1' },
      { line: 2, sku: '0007', quantity: '10' },
    ]);
  });

  it('reads quoted fields, with delimiters, doubled quotes and line breaks inside', () => {
    expect(
      parseQuickOrderCsv(
        'sku;quantity\n"LT;1";"2"\n"LT ""X""";1\n"multi\nline";3\nLT-4;1',
      ),
    ).toEqual([
      { line: 2, sku: 'LT;1', quantity: '2' },
      { line: 3, sku: 'LT "X"', quantity: '1' },
      { line: 4, sku: 'multi\nline', quantity: '3' },
      { line: 6, sku: 'LT-4', quantity: '1' },
    ]);
  });

  it('prefers semicolon when the first line has both, as Norwegian Excel writes decimals with a comma', () => {
    expect(parseQuickOrderCsv('LT-1;1,0\nLT-2;2')).toEqual([
      { line: 1, sku: 'LT-1', quantity: '1,0' },
      { line: 2, sku: 'LT-2', quantity: '2' },
    ]);
  });

  it('reads two columns pasted from a spreadsheet (tab-separated)', () => {
    expect(parseQuickOrderCsv('LT-1\t2\r\nLT-2\t1,0\r\n')).toEqual([
      { line: 1, sku: 'LT-1', quantity: '2' },
      { line: 2, sku: 'LT-2', quantity: '1,0' },
    ]);
  });

  it('strips a BOM given as text', () => {
    expect(parseQuickOrderCsv('\ufeffsku;antall\nLT-1;1')).toEqual([
      { line: 2, sku: 'LT-1', quantity: '1' },
    ]);
  });

  it('names the line of a quoted field that is never closed', () => {
    const error = refusal(() =>
      parseQuickOrderCsv('sku;antall\nLT-1;1\nLT-2;2\n"LT-3;3\nLT-4;4\n'),
    );
    expect(error.code).toBe('malformed_csv');
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^Line 4:/);
  });

  it('names the line of a stray quote inside a quoted field', () => {
    const error = refusal(() =>
      parseQuickOrderCsv('sku,qty\r\nLT-1,1\r\n"LT-"2"x,1\r\n'),
    );
    expect(error.code).toBe('malformed_csv');
    expect(error.line).toBe(3);
  });

  it('refuses a file with no data lines', () => {
    expect(refusal(() => parseQuickOrderCsv('sku;antall\n\n')).code).toBe(
      'empty_file',
    );
  });

  it('takes exactly 100,000 lines after a header', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `LT-${i};1`);
    const entries = parseQuickOrderCsv(`sku;antall\n${rows.join('\n')}\n`);
    expect(entries).toHaveLength(100_000);
    expect(entries[99_999]).toEqual({
      line: 100_001,
      sku: 'LT-99999',
      quantity: '1',
    });
  });

  it('refuses a NUL in any cell, naming its line', () => {
    const error = refusal(() =>
      parseQuickOrderCsv('sku;antall;merknad\nLT-1;1;ok\nLT-2;1;x\u0000y\n'),
    );
    expect(error).toMatchObject({ code: 'invalid_characters', line: 3 });
    expect(error.message).toMatch(/^Line 3: contains a NUL/);
  });

  it('refuses 100,001 lines', () => {
    const rows = Array.from({ length: 100_001 }, (_, i) => `LT-${i};1`);
    const error = refusal(() => parseQuickOrderCsv(rows.join('\n')));
    expect(error.code).toBe('too_many_lines');
    expect(error.line).toBe(100_001);
  });
});

describe('QuickOrderRowCollector', () => {
  it('takes sparse rows as a workbook has them, header in any column', () => {
    const rows = new QuickOrderRowCollector();
    const header: string[] = [];
    header[2] = 'Antall';
    header[5] = 'Varenr';
    const data: string[] = [];
    data[2] = '4';
    data[5] = 'LT-1';
    expect(rows.take([], 1)).toBeNull();
    expect(rows.take(header, 3)).toBeNull();
    expect(rows.take(data, 4)).toBeNull();
    expect(rows.result()).toEqual([{ line: 4, sku: 'LT-1', quantity: '4' }]);
  });
});

describe('checkQuantity', () => {
  it.each([
    ['1', 1],
    [' 12 ', 12],
    ['1 000', 1000],
    ['12,0', 12],
    ['3.00', 3],
    [7, 7],
  ])('reads %p as %p', (input, quantity) => {
    expect(checkQuantity(input)).toEqual({ ok: true, quantity });
  });

  it.each([
    ['', 'missing'],
    ['  ', 'missing'],
    ['1,5', 'not_a_whole_number'],
    ['abc', 'not_a_whole_number'],
    ['1e3', 'not_a_whole_number'],
    ['0', 'not_positive'],
    ['-2', 'not_positive'],
    ['1000001', 'too_large'],
  ])('refuses %p as %p', (input, problem) => {
    expect(checkQuantity(input)).toEqual({ ok: false, problem });
  });
});

describe('normaliseSku', () => {
  it('trims and upper-cases but keeps zeros and inner characters', () => {
    expect(normaliseSku('  lt-00420 ')).toBe('LT-00420');
  });
});

describe('combineQuickOrderEntries', () => {
  it('sums repeated SKUs into the first line and reports the others as summed', () => {
    const { entries, demands } = combineQuickOrderEntries([
      { line: 2, sku: 'LT-1', quantity: '2' },
      { line: 3, sku: 'lt-1 ', quantity: '3' },
      { line: 4, sku: 'LT-2', quantity: '1' },
      { line: 5, sku: 'LT-1', quantity: 'x' },
    ]);
    expect(demands).toEqual([
      { sku: 'LT-1', quantity: 5, lines: [2, 3] },
      { sku: 'LT-2', quantity: 1, lines: [4] },
    ]);
    expect(entries.map((e) => [e.line, e.summedIntoLine, e.problem])).toEqual([
      [2, null, null],
      [3, 2, null],
      [4, null, null],
      [5, null, 'not_a_whole_number'],
    ]);
  });

  it('reports a line without an article number', () => {
    const { entries, demands } = combineQuickOrderEntries([
      { line: 1, sku: ' ', quantity: '2' },
    ]);
    expect(entries[0].problem).toBe('missing_sku');
    expect(demands).toEqual([]);
  });

  it('makes every line of a sum over the limit invalid rather than capping it', () => {
    const { entries, demands } = combineQuickOrderEntries([
      { line: 1, sku: 'LT-1', quantity: '600000' },
      { line: 2, sku: 'LT-1', quantity: '600000' },
      { line: 3, sku: 'LT-2', quantity: '1' },
    ]);
    expect(demands.map((d) => d.sku)).toEqual(['LT-2']);
    expect(entries.slice(0, 2).map((e) => e.problem)).toEqual([
      'too_large',
      'too_large',
    ]);
  });
});
