import {
  addMonths,
  damageReportOpenUntil,
  damageWindow,
  returnOpenUntil,
  returnWindow,
  warrantyOpenUntil,
  warrantyWindow,
} from './after-sales-windows';

/** Instants written as UTC; Oslo is UTC+1 in winter (CET) and UTC+2 in summer (CEST). */
const at = (iso: string) => new Date(iso);

describe('the 50-day return window (Oslo dates, from the delivery of the whole order)', () => {
  it('ends on the Oslo date of the delivery + 50, open through that whole day', () => {
    // Delivered 10 Nov 2026 at 10:00 Oslo: last day 30 Dec 2026.
    const delivered = at('2026-11-10T09:00:00Z');
    expect(returnOpenUntil(delivered)).toBe('2026-12-30');
    expect(returnWindow(delivered, at('2026-12-30T22:59:59Z'))).toEqual({ open: true }); // 23:59:59 Oslo
    expect(returnWindow(delivered, at('2026-12-30T23:00:00Z'))).toEqual({ open: false, closedOn: '2026-12-30' });
  });

  it('counts from the Oslo date, not the UTC one: a delivery at 00:30 Oslo is that Oslo day', () => {
    // 23:30 UTC on 9 Nov is 00:30 on 10 Nov in Oslo.
    expect(returnOpenUntil(at('2026-11-09T23:30:00Z'))).toBe('2026-12-30');
    // 22:30 UTC on 9 Nov is 23:30 on 9 Nov in Oslo.
    expect(returnOpenUntil(at('2026-11-09T22:30:00Z'))).toBe('2026-12-29');
  });

  it('keeps whole days across the October DST change (the last day ends at 23:00 UTC in winter)', () => {
    // Delivered 15 Sep 2026 (CEST), window ends 4 Nov 2026 (CET).
    const delivered = at('2026-09-15T21:30:00Z'); // 23:30 Oslo
    expect(returnOpenUntil(delivered)).toBe('2026-11-04');
    expect(returnWindow(delivered, at('2026-11-04T22:59:00Z')).open).toBe(true);
    expect(returnWindow(delivered, at('2026-11-04T23:00:00Z')).open).toBe(false);
  });
});

describe('the 12-month warranty (Oslo dates, from the line’s delivery)', () => {
  it('ends on the same day of the month a year later, open through that day', () => {
    const delivered = at('2026-03-15T11:00:00Z');
    expect(warrantyOpenUntil(delivered)).toBe('2027-03-15');
    expect(warrantyWindow(delivered, at('2027-03-15T22:59:59Z'))).toEqual({ open: true });
    expect(warrantyWindow(delivered, at('2027-03-15T23:00:00Z'))).toEqual({ open: false, closedOn: '2027-03-15' });
  });

  it('makes 29 February + 12 months the 28 February after (no 1 March spill-over)', () => {
    expect(warrantyOpenUntil(at('2028-02-29T10:00:00Z'))).toBe('2029-02-28');
    expect(warrantyWindow(at('2028-02-29T10:00:00Z'), at('2029-03-01T00:00:00Z'))).toEqual({
      open: false,
      closedOn: '2029-02-28',
    });
    // And a 28 February delivery the year before a leap year ends on the 28th, not the 29th.
    expect(warrantyOpenUntil(at('2027-02-28T10:00:00Z'))).toBe('2028-02-28');
  });

  it('adds months with the day clamped to a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-31', 12)).toBe('2027-12-31');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});

describe('the 48-hour damage window (an instant)', () => {
  it('is open until 48 hours after the delivery, closed at that instant', () => {
    const delivered = at('2026-11-10T09:00:00Z');
    expect(damageReportOpenUntil(delivered).toISOString()).toBe('2026-11-12T09:00:00.000Z');
    expect(damageWindow(delivered, at('2026-11-12T08:59:59.999Z'))).toEqual({ open: true });
    expect(damageWindow(delivered, at('2026-11-12T09:00:00Z'))).toEqual({ open: false, closedOn: '2026-11-12' });
  });

  it('counts elapsed hours across the March DST change (the Oslo clock reads 13:00, not 12:00)', () => {
    // 28 Mar 2026 12:00 CET = 11:00Z; clocks go forward on 29 Mar; 48 h later is 30 Mar 13:00 CEST.
    const delivered = at('2026-03-28T11:00:00Z');
    expect(damageReportOpenUntil(delivered).toISOString()).toBe('2026-03-30T11:00:00.000Z');
    expect(damageWindow(delivered, at('2026-03-30T10:59:59Z')).open).toBe(true); // 12:59:59 Oslo
    expect(damageWindow(delivered, at('2026-03-30T11:00:00Z')).open).toBe(false); // 13:00 Oslo
  });

  it('counts elapsed hours across the October DST change (the Oslo clock reads 11:00, not 12:00)', () => {
    // 24 Oct 2026 12:00 CEST = 10:00Z; clocks go back on 25 Oct; 48 h later is 26 Oct 11:00 CET.
    const delivered = at('2026-10-24T10:00:00Z');
    expect(damageReportOpenUntil(delivered).toISOString()).toBe('2026-10-26T10:00:00.000Z');
    expect(damageWindow(delivered, at('2026-10-26T09:59:59Z')).open).toBe(true);
    expect(damageWindow(delivered, at('2026-10-26T10:00:00Z'))).toEqual({ open: false, closedOn: '2026-10-26' });
  });

  it('names the Oslo date of the close, which can be a day after the UTC one', () => {
    // Delivered 23:30 Oslo on 10 Nov (22:30Z): closes 23:30 Oslo on 12 Nov; at 00:10 Oslo on the 13th it is closed.
    const delivered = at('2026-11-10T22:30:00Z');
    expect(damageWindow(delivered, at('2026-11-12T23:10:00Z'))).toEqual({ open: false, closedOn: '2026-11-12' });
    // Delivered 00:30 Oslo on 11 Nov (23:30Z on the 10th): the close is 13 Nov in Oslo, 12 Nov in UTC.
    expect(damageWindow(at('2026-11-10T23:30:00Z'), at('2026-11-13T00:00:00Z'))).toEqual({
      open: false,
      closedOn: '2026-11-13',
    });
  });
});
