import { checkDesiredDeliveryDate, goodsReadyOn, planDelivery } from './delivery';

const at = (iso: string) => new Date(iso);

describe('planDelivery', () => {
  it('dispatches the same day when placed before 15:00 Oslo time in winter (CET, UTC+1)', () => {
    const plan = planDelivery({
      placedAt: at('2026-03-27T13:59:00Z'), // Friday 14:59 in Oslo
      method: 'standard',
      readyOn: null,
    });
    expect(plan).toEqual({
      dispatchDate: '2026-03-27',
      earliestDelivery: '2026-04-01',
      latestDelivery: '2026-04-08', // Easter: 2, 3 and 6 April are holidays
    });
  });

  it('dispatches the next business day at 15:00 sharp in winter', () => {
    expect(
      planDelivery({
        placedAt: at('2026-03-27T14:00:00Z'),
        method: 'standard',
        readyOn: null,
      }).dispatchDate,
    ).toBe('2026-03-30');
  });

  it('applies the cut-off in summer time (CEST, UTC+2) after the DST switch', () => {
    // Monday 30 March 2026: 12:59 UTC is 14:59 in Oslo, 13:00 UTC is 15:00.
    const before = planDelivery({
      placedAt: at('2026-03-30T12:59:00Z'),
      method: 'express',
      readyOn: null,
    });
    expect(before.dispatchDate).toBe('2026-03-30');
    expect(before.earliestDelivery).toBe('2026-03-31');
    expect(before.latestDelivery).toBe('2026-04-01');
    const after = planDelivery({
      placedAt: at('2026-03-30T13:30:00Z'), // 15:30 in Oslo; 14:30 would still be UTC+1 logic
      method: 'express',
      readyOn: null,
    });
    expect(after.dispatchDate).toBe('2026-03-31');
  });

  it('applies the cut-off in winter again after summer time ends', () => {
    // Monday 26 October 2026 (CET again): 13:30 UTC is 14:30 in Oslo.
    expect(
      planDelivery({
        placedAt: at('2026-10-26T13:30:00Z'),
        method: 'standard',
        readyOn: null,
      }).dispatchDate,
    ).toBe('2026-10-26');
  });

  it('never dispatches the same day on a weekend or holiday', () => {
    expect(
      planDelivery({
        placedAt: at('2026-05-14T08:00:00Z'), // Ascension Day morning
        method: 'standard',
        readyOn: null,
      }).dispatchDate,
    ).toBe('2026-05-15');
    expect(
      planDelivery({
        placedAt: at('2026-11-20T23:30:00Z'), // already Saturday in Oslo
        method: 'standard',
        readyOn: null,
      }).dispatchDate,
    ).toBe('2026-11-23');
  });

  it('does not dispatch the same day when an item is not in stock', () => {
    expect(
      planDelivery({
        placedAt: at('2026-11-23T08:00:00Z'),
        method: 'standard',
        readyOn: '2026-11-23',
      }).dispatchDate,
    ).toBe('2026-11-24');
    expect(
      planDelivery({
        placedAt: at('2026-11-23T08:00:00Z'),
        method: 'standard',
        readyOn: '2026-12-05', // a Saturday
      }).dispatchDate,
    ).toBe('2026-12-07');
  });
});

describe('checkDesiredDeliveryDate', () => {
  it('accepts the earliest date and later business days', () => {
    expect(checkDesiredDeliveryDate('2026-11-26', '2026-11-26')).toBeNull();
    expect(checkDesiredDeliveryDate('2026-12-01', '2026-11-26')).toBeNull();
  });

  it('refuses dates before the earliest possible', () => {
    expect(checkDesiredDeliveryDate('2026-11-25', '2026-11-26')).toBe(
      'before_earliest',
    );
  });

  it('refuses weekends and public holidays', () => {
    expect(checkDesiredDeliveryDate('2026-11-28', '2026-11-26')).toBe(
      'not_a_business_day',
    );
    expect(checkDesiredDeliveryDate('2026-12-25', '2026-11-26')).toBe(
      'not_a_business_day',
    );
  });

  it('refuses non-dates and dates more than a year ahead', () => {
    expect(checkDesiredDeliveryDate('2026-13-01', '2026-11-26')).toBe(
      'not_a_date',
    );
    expect(checkDesiredDeliveryDate('2028-01-03', '2026-11-26')).toBe(
      'too_far_ahead',
    );
  });
});

describe('goodsReadyOn', () => {
  const inStock = { stockStatus: 'in_stock', stockDate: null };
  const confirmed = { stockStatus: 'supplier_date_confirmed', stockDate: '2026-12-10' };
  const remote = { stockStatus: 'remote_warehouse', stockDate: null };

  it('is null when everything is in stock, so same-day dispatch can apply', () => {
    expect(goodsReadyOn([inStock, inStock], '2026-11-23', false)).toBeNull();
  });

  it('waits for the last line of a complete delivery', () => {
    expect(goodsReadyOn([inStock, remote, confirmed], '2026-11-23', false)).toBe(
      '2026-12-10',
    );
  });

  it('ships a partial delivery with what is in stock now', () => {
    expect(goodsReadyOn([inStock, confirmed], '2026-11-23', true)).toBeNull();
    expect(goodsReadyOn([remote, confirmed], '2026-11-23', true)).toBe('2026-11-25');
  });
});
