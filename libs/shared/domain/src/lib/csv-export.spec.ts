import { csvKroner, excelCsv } from './csv-export';

describe('csvKroner', () => {
  it('writes øre as kroner with a decimal comma and no thousands separator', () => {
    expect(csvKroner(1250)).toBe('12,50');
    expect(csvKroner(167_500)).toBe('1675,00');
    expect(csvKroner(123_456_789)).toBe('1234567,89');
  });

  it('keeps the øre digits of small and negative amounts', () => {
    expect(csvKroner(0)).toBe('0,00');
    expect(csvKroner(5)).toBe('0,05');
    expect(csvKroner(-305)).toBe('-3,05');
  });

  it('refuses what is not a whole number of øre', () => {
    expect(() => csvKroner(12.5)).toThrow(RangeError);
    expect(() => csvKroner(Number.NaN)).toThrow(RangeError);
  });
});

describe('excelCsv', () => {
  it('writes a BOM, semicolons and CRLF, quoting what needs it', () => {
    expect(
      excelCsv(
        ['sku', 'name'],
        [
          ['LT-1', 'Spot; "mini"'],
          ['LT-2', 'Æøå'],
        ],
      ),
    ).toBe('\ufeffsku;name\r\nLT-1;"Spot; ""mini"""\r\nLT-2;Æøå');
  });

  it('neutralises cells Excel would run as a formula', () => {
    expect(excelCsv(['note'], [['=HYPERLINK("http://evil")'], ['+1'], ['-2'], ['@SUM(A1)']]).split('\r\n')).toEqual([
      '\ufeffnote',
      `"'=HYPERLINK(""http://evil"")"`,
      `"'+1"`,
      `"'-2"`,
      `"'@SUM(A1)"`,
    ]);
  });

  it('writes the header alone when there are no rows', () => {
    expect(excelCsv(['sku', 'quantity'], [])).toBe('\ufeffsku;quantity');
  });
});
