import { type OfferedLine, offeredTotal, offeredUnitPrice } from './quote-pricing';

const line = (overrides: Partial<OfferedLine> = {}): OfferedLine => ({
  quantity: 3,
  listPriceOre: 2345,
  tierUnitPriceOre: 2111,
  discountPercent: null,
  unitPriceOre: null,
  ...overrides,
});

describe('the consultant’s price for a quote line', () => {
  it('is the tier price of the request until the consultant sets another', () => {
    expect(offeredUnitPrice(line())).toBe(2111);
  });

  it('takes a discount off the list price, rounded half up to the øre', () => {
    // 2345 × 0.875 = 2051.875 → 2052
    expect(offeredUnitPrice(line({ discountPercent: 12.5 }))).toBe(2052);
  });

  it('takes an explicit unit price over anything else', () => {
    expect(offeredUnitPrice(line({ unitPriceOre: 1999 }))).toBe(1999);
  });

  it('totals unit price × quantity per line', () => {
    expect(offeredTotal([line(), line({ unitPriceOre: 1000, quantity: 2 })])).toBe(3 * 2111 + 2000);
  });
});
