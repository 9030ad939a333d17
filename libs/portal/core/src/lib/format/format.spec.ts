import { formatCount, formatDate, formatDateTime, formatMoney, formatOrganisationNumber } from './format';

/** Amounts use no-break spaces; write them visibly here. */
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe('formatMoney (integer øre)', () => {
  it('writes Norwegian amounts as kr 1 675,00', () => {
    expect(formatMoney(167_500, 'nb')).toBe(nbsp('kr 1 675,00'));
    expect(formatMoney(1, 'nb')).toBe(nbsp('kr 0,01'));
    expect(formatMoney(123_456_789, 'nb')).toBe(nbsp('kr 1 234 567,89'));
    expect(formatMoney(-50_000, 'nb')).toBe(nbsp('−kr 500,00'));
  });

  it('writes English amounts as NOK 1,675.00', () => {
    expect(formatMoney(167_500, 'en')).toBe(nbsp('NOK 1,675.00'));
    expect(formatMoney(0, 'en')).toBe(nbsp('NOK 0.00'));
    expect(formatMoney(123_456_789, 'en')).toBe(nbsp('NOK 1,234,567.89'));
  });

  it('writes French amounts as 1 675,00 kr, the currency after the amount', () => {
    expect(formatMoney(167_500, 'fr')).toBe(nbsp('1 675,00 kr'));
    expect(formatMoney(123_456_789, 'fr')).toBe(nbsp('1 234 567,89 kr'));
    expect(formatMoney(-50_000, 'fr')).toBe(nbsp('−500,00 kr'));
  });
});

describe('formatDate', () => {
  it('writes 22.11.2026 in Norwegian and 22/11/2026 in English', () => {
    const date = new Date('2026-11-22T12:00:00Z');
    expect(formatDate(date, 'nb', 'UTC')).toBe('22.11.2026');
    expect(formatDate(date, 'en', 'UTC')).toBe('22/11/2026');
    expect(formatDate(date, 'fr', 'UTC')).toBe('22/11/2026');
  });

  it('shows the calendar day of the given time zone, not of UTC', () => {
    expect(formatDate('2026-11-22T23:30:00Z', 'nb', 'Europe/Oslo')).toBe('23.11.2026');
  });

  it('adds the time on a 24-hour clock', () => {
    expect(formatDateTime('2026-11-22T14:05:00Z', 'nb', 'UTC')).toBe('22.11.2026, 14:05');
    expect(formatDateTime('2026-11-22T14:05:00Z', 'en', 'UTC')).toBe('22/11/2026, 14:05');
  });
});

describe('formatCount', () => {
  it('groups thousands the way each language writes them, never wrapping', () => {
    expect(formatCount(80_000, 'nb')).toBe('80\u00a0000');
    expect(formatCount(100_000, 'en')).toBe('100,000');
    expect(formatCount(7, 'nb')).toBe('7');
  });
});

describe('formatOrganisationNumber', () => {
  it('groups nine digits in threes, as the register prints them', () => {
    expect(formatOrganisationNumber('923609016')).toBe(nbsp('923 609 016'));
  });

  it('shows anything that is not nine digits as it is stored', () => {
    expect(formatOrganisationNumber('92360901')).toBe('92360901');
    expect(formatOrganisationNumber('923609016MVA')).toBe('923609016MVA');
  });
});
