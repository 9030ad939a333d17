import {
  addBusinessDays,
  easterSunday,
  isBusinessDay,
  isIsoDate,
  nextBusinessDayOnOrAfter,
  norwegianPublicHolidays,
  osloDateTime,
  osloInstant,
} from './business-days';

describe('business days in Norway', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('finds Easter Sunday %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('lists the twelve public holidays of 2026', () => {
    expect([...norwegianPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-17',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('knows weekends, holidays and ordinary days', () => {
    expect(isBusinessDay('2026-11-20')).toBe(true); // Friday
    expect(isBusinessDay('2026-11-21')).toBe(false); // Saturday
    expect(isBusinessDay('2026-11-22')).toBe(false); // Sunday
    expect(isBusinessDay('2026-04-02')).toBe(false); // Maundy Thursday
    expect(isBusinessDay('2026-05-14')).toBe(false); // Ascension Day
    expect(isBusinessDay('2026-05-25')).toBe(false); // Whit Monday
    expect(isBusinessDay('2027-05-17')).toBe(false); // Constitution Day, a Monday
    expect(isBusinessDay('2026-12-24')).toBe(true); // Christmas Eve is not a public holiday
  });

  it('counts business days over Easter', () => {
    // Wednesday 1 April 2026 + 1 → Tuesday 7 April (Thu, Fri, weekend, Monday are off).
    expect(addBusinessDays('2026-04-01', 1)).toBe('2026-04-07');
    expect(addBusinessDays('2026-11-20', 3)).toBe('2026-11-25');
    expect(addBusinessDays('2026-12-23', 2)).toBe('2026-12-28');
  });

  it('moves to the next business day only when needed', () => {
    expect(nextBusinessDayOnOrAfter('2026-11-23')).toBe('2026-11-23');
    expect(nextBusinessDayOnOrAfter('2026-12-25')).toBe('2026-12-28');
  });

  it('validates calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('28.02.2026')).toBe(false);
  });

  it('reads Oslo wall-clock time in winter and summer', () => {
    expect(osloDateTime(new Date('2026-01-15T13:59:00Z'))).toEqual({
      date: '2026-01-15',
      minutesOfDay: 14 * 60 + 59,
    });
    expect(osloDateTime(new Date('2026-07-15T13:59:00Z'))).toEqual({
      date: '2026-07-15',
      minutesOfDay: 15 * 60 + 59,
    });
    expect(osloDateTime(new Date('2026-11-20T23:30:00Z')).date).toBe(
      '2026-11-21',
    );
  });
});

describe('osloInstant', () => {
  it('inverts osloDateTime in winter and summer time', () => {
    expect(osloInstant('2026-01-15', 8 * 60).toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(osloInstant('2026-07-15', 8 * 60).toISOString()).toBe('2026-07-15T06:00:00.000Z');
    expect(osloDateTime(osloInstant('2026-10-25', 16 * 60))).toEqual({ date: '2026-10-25', minutesOfDay: 960 });
  });

  it('refuses a time inside the spring-forward hour', () => {
    expect(() => osloInstant('2026-03-29', 2 * 60 + 30)).toThrow(RangeError);
  });
});
