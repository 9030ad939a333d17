import { formatMailDate, formatMailMoney } from './mail-language';

describe('mail formatting', () => {
  it('writes amounts as the portal does in each language', () => {
    // Intl separates Norwegian thousands with a no-break space.
    expect(formatMailMoney(167_500, 'nb').replace(/\s/g, ' ')).toBe('kr 1 675,00');
    expect(formatMailMoney(167_500, 'en')).toBe('NOK 1,675.00');
    expect(formatMailMoney(5, 'en')).toBe('NOK 0.05');
  });

  it('writes calendar dates day first in both languages', () => {
    expect(formatMailDate('2026-11-22', 'nb')).toBe('22.11.2026');
    expect(formatMailDate('2026-11-22', 'en')).toBe('22/11/2026');
  });
});
