import { deliveryPlanOf, deliveryPlansOf } from './partial-delivery';

// Wednesday 2 December 2026, 08:30 in Oslo: before the 15:00 dispatch cut-off.
const placedAt = new Date('2026-12-02T07:30:00Z');
const inStock = { stockStatus: 'in_stock', stockDate: null };
const confirmedFor = (date: string) => ({ stockStatus: 'supplier_date_confirmed', stockDate: date });

describe('deliveryPlanOf / deliveryPlansOf', () => {
  it('ships a partial delivery with the goods in stock today, a complete one when the last line is in', () => {
    const lines = [inStock, confirmedFor('2027-01-05')];
    const plans = deliveryPlansOf({ lines, placedAt, method: 'standard' });
    // The two dates checkout and the order page once showed for "the same choice".
    expect(plans.complete.dispatchDate).toBe('2027-01-05');
    expect(plans.partial).toEqual({
      dispatchDate: '2026-12-02',
      earliestDelivery: '2026-12-07',
      latestDelivery: '2026-12-09',
    });
    // The order placed with partial delivery gets exactly the dates checkout showed for it.
    expect(deliveryPlanOf({ lines, placedAt, method: 'standard', partialDelivery: true })).toEqual(plans.partial);
    expect(deliveryPlanOf({ lines, placedAt, method: 'standard', partialDelivery: false })).toEqual(plans.complete);
  });

  it('makes no difference when everything is in stock', () => {
    const plans = deliveryPlansOf({ lines: [inStock, inStock], placedAt, method: 'express' });
    expect(plans.partial).toEqual(plans.complete);
    expect(plans.partial.dispatchDate).toBe('2026-12-02');
  });

  it('with nothing in stock, ships a partial delivery when the first goods come in', () => {
    const lines = [confirmedFor('2027-01-05'), confirmedFor('2026-12-10')];
    const plans = deliveryPlansOf({ lines, placedAt, method: 'standard' });
    expect(plans.partial.dispatchDate).toBe('2026-12-10');
    expect(plans.complete.dispatchDate).toBe('2027-01-05');
  });
});
