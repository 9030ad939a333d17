import { divideHalfUp, lineTotal } from './money';
import { discountBasisPoints, priceView, tierUnitPrice } from './pricing';
import { totalsWithVat, vatOf, withVat } from './vat';

describe('tierUnitPrice', () => {
  it('rounds half-up exactly at half an øre', () => {
    // 5 øre less 10 % is 4.5 øre: half-up gives 5, never 4.
    expect(tierUnitPrice(5, 10, false)).toBe(5);
    // 15 øre less 10 % is 13.5 øre.
    expect(tierUnitPrice(15, 10, false)).toBe(14);
    // Either side of the half: 7 øre less 5 % = 6.65 → 7; 13 øre less 15 % = 11.05 → 11.
    expect(tierUnitPrice(7, 5, false)).toBe(7);
    expect(tierUnitPrice(13, 15, false)).toBe(11);
  });

  it('keeps decimal percentages exact (no binary-fraction drift)', () => {
    // 0.29 * 100 is 28.999999999999996 in floating point; the rule must still see 29 bp.
    expect(tierUnitPrice(100_000, 0.29, false)).toBe(99_710);
    expect(tierUnitPrice(10, 12.5, false)).toBe(9); // 8.75 → 9
  });

  it('gives the usual tier prices on a real list price', () => {
    expect(tierUnitPrice(134_000, 5, false)).toBe(127_300);
    expect(tierUnitPrice(134_000, 10, false)).toBe(120_600);
    expect(tierUnitPrice(134_000, 15, false)).toBe(113_900);
  });

  it('takes no discount on net-priced products', () => {
    expect(tierUnitPrice(99_950, 15, true)).toBe(99_950);
  });

  it('leaves the list price at 0 %', () => {
    expect(tierUnitPrice(12_345, 0, false)).toBe(12_345);
  });

  it('refuses a discount of 100 % or more, negative or over-precise ones', () => {
    expect(() => tierUnitPrice(10_000, 100, false)).toThrow(RangeError);
    expect(() => tierUnitPrice(10_000, 150, false)).toThrow(RangeError);
    expect(() => tierUnitPrice(10_000, -1, false)).toThrow(RangeError);
    expect(() => tierUnitPrice(10_000, 10.005, false)).toThrow(/two decimals/);
    expect(tierUnitPrice(10_000, 99.99, false)).toBe(1);
  });

  it('refuses non-integer or negative list prices', () => {
    expect(() => tierUnitPrice(10.5, 10, false)).toThrow(RangeError);
    expect(() => tierUnitPrice(-1, 10, false)).toThrow(RangeError);
  });
});

describe('priceView', () => {
  it('shows staff (no tier) the list price', () => {
    expect(priceView(10_000, false, null, 15)).toEqual({
      listPriceOre: 10_000,
      tier: null,
      discountPercent: 0,
      netPriced: false,
      unitPriceOre: 10_000,
      unitPriceInclVatOre: 12_500,
    });
  });

  it('reports 0 % discount for a net-priced product at any tier', () => {
    const view = priceView(10_000, true, 'platinum', 15);
    expect(view.discountPercent).toBe(0);
    expect(view.unitPriceOre).toBe(10_000);
  });

  it('adds VAT to the discounted unit price', () => {
    expect(priceView(10_001, false, 'gold', 10)).toMatchObject({
      unitPriceOre: 9_001, // 9000.9 → 9001
      unitPriceInclVatOre: 11_251, // 9001 + 2250.25 → 2250
    });
  });
});

describe('VAT', () => {
  it('is 25 %, half-up to the øre', () => {
    expect(vatOf(10_000)).toBe(2_500);
    expect(vatOf(2)).toBe(1); // 0.5 → 1
    expect(vatOf(1)).toBe(0); // 0.25 → 0
    expect(withVat(2)).toBe(3);
  });

  it('is computed on the total, not summed per line', () => {
    // Three lines of 2 øre: per-line VAT would be 1 + 1 + 1 = 3 øre; on the total 6 øre it is 1.5 → 2.
    const totals = totalsWithVat([2, 2, 2]);
    expect(totals).toEqual({ netOre: 6, vatOre: 2, grossOre: 8 });
  });

  it('line total is unit price × quantity without rounding', () => {
    expect(lineTotal(9_001, 3)).toBe(27_003);
    expect(() => lineTotal(9_001, 1.5)).toThrow(RangeError);
  });
});

describe('divideHalfUp / discountBasisPoints', () => {
  it('rounds at exactly .5 up and below .5 down', () => {
    expect(divideHalfUp(5, 10)).toBe(1);
    expect(divideHalfUp(4, 10)).toBe(0);
    expect(divideHalfUp(15, 10)).toBe(2);
  });
  it('turns percentages into basis points', () => {
    expect(discountBasisPoints(12.5)).toBe(1_250);
    expect(discountBasisPoints(0)).toBe(0);
  });
});
