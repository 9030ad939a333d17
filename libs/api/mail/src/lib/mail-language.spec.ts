import { formatMailDate, formatMailMoney, mailTo } from './mail-language';
import { plain } from './mail-testing';

describe('mail formatting', () => {
  it('writes amounts as the portal does in each language', () => {
    expect(plain(formatMailMoney(167_500, 'nb'))).toBe('kr 1 675,00');
    expect(plain(formatMailMoney(167_500, 'en'))).toBe('NOK 1,675.00');
    expect(plain(formatMailMoney(167_500, 'fr'))).toBe('1 675,00 kr');
    expect(plain(formatMailMoney(5, 'en'))).toBe('NOK 0.05');
    // Every space in an amount is a no-break one: an amount never wraps.
    expect(formatMailMoney(167_500, 'fr')).not.toMatch(/ /);
  });

  it('writes calendar dates day first in every language', () => {
    expect(formatMailDate('2026-11-22', 'nb')).toBe('22.11.2026');
    expect(formatMailDate('2026-11-22', 'en')).toBe('22/11/2026');
    expect(formatMailDate('2026-11-22', 'fr')).toBe('22/11/2026');
  });

  it('writes a mail in its recipient’s language', () => {
    const texts = {
      nb: { subject: 'Hei', body: 'nb' },
      en: { subject: 'Hello', body: 'en' },
      fr: { subject: 'Bonjour', body: 'fr' },
    };
    expect(mailTo({ email: 'a@b.test', language: 'fr' }, 'greeting', texts)).toEqual({
      kind: 'greeting',
      to: 'a@b.test',
      subject: 'Bonjour',
      body: 'fr',
    });
  });
});
