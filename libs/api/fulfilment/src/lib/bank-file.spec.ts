import { parseBankFile } from './bank-file';

describe('parseBankFile', () => {
  it('reads KID;amount;date lines in kroner, skipping a header and blank lines', () => {
    const text = 'KID;Beløp;Dato\r\n000260001 3;1 234,50;01.12.2026\n\n0002600021;99.9;2026-12-02\n';
    expect(parseBankFile(text.replace('000260001 3', '0002600013'))).toEqual({
      payments: [
        { line: 2, kid: '0002600013', amountOre: 123450, paidOn: '2026-12-01' },
        { line: 4, kid: '0002600021', amountOre: 9990, paidOn: '2026-12-02' },
      ],
      problems: [],
    });
  });

  it('names every bad line with what is wrong', () => {
    const { payments, problems } = parseBankFile(
      '0002600013;-5,00;2026-12-01\nabc;5;2026-12-01\n0002600013;5,001;2026-12-01\n0002600013;5;2026-02-30\n1;2\n0002600013;0;2026-12-01',
    );
    expect(payments).toEqual([]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [1, 'negative_amount'],
      [2, 'invalid_kid'],
      [3, 'invalid_amount'],
      [4, 'invalid_date'],
      [5, 'malformed_line'],
      [6, 'negative_amount'],
    ]);
  });

  it('takes quoted cells (a ; inside one) and a trailing ;', () => {
    // The quoted `;` stays in its cell: an amount that is wrong, not a line of four cells.
    expect(parseBankFile('"0002600013";"1;234,50";"01.12.2026";').problems.map((p) => p.code)).toEqual([
      'invalid_amount',
    ]);
    expect(parseBankFile('"0002600013";"1 234,50";"01.12.2026";\n0002600021;5;2026-12-02;\n')).toEqual({
      payments: [
        { line: 1, kid: '0002600013', amountOre: 123450, paidOn: '2026-12-01' },
        { line: 2, kid: '0002600021', amountOre: 500, paidOn: '2026-12-02' },
      ],
      problems: [],
    });
    expect(parseBankFile('"00026;00013";5;2026-12-02').problems.map((p) => p.code)).toEqual(['invalid_kid']);
  });

  it('refuses the same KID, amount and date twice, naming both lines', () => {
    const { problems } = parseBankFile('0002600013;5;2026-12-01\n0002600013;6;2026-12-01\n0002600013;5,00;01.12.2026');
    expect(problems).toEqual([
      { line: 3, code: 'duplicate_line', message: 'Line 3 repeats line 1 (KID 0002600013, same amount and date)' },
    ]);
  });
});
