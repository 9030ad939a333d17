import { formatAmount, oreToDecimal } from './money-format';

describe('oreToDecimal', () => {
  it('writes øre as kroner with exactly two decimals', () => {
    expect(oreToDecimal(0)).toBe('0.00');
    expect(oreToDecimal(5)).toBe('0.05');
    expect(oreToDecimal(120)).toBe('1.20');
    expect(oreToDecimal(123_456_789)).toBe('1234567.89');
    expect(oreToDecimal(-307)).toBe('-3.07');
  });

  it('refuses a fraction of an øre', () => {
    expect(() => oreToDecimal(0.5)).toThrow(RangeError);
  });
});

describe('formatAmount', () => {
  it('groups thousands as each language does', () => {
    expect(formatAmount(123_456_789, 'nb')).toBe('1\u00a0234\u00a0567,89');
    expect(formatAmount(123_456_789, 'en')).toBe('1,234,567.89');
    expect(formatAmount(99_999, 'en')).toBe('999.99');
    expect(formatAmount(-100_000, 'nb')).toBe('-1\u00a0000,00');
    expect(formatAmount(167_500, 'fr')).toBe('1\u00a0675,00');
    expect(formatAmount(123_456_789, 'fr')).toBe('1\u00a0234\u00a0567,89');
  });
});
