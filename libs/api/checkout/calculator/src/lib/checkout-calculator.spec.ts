import { AppError } from '@lumen/api/core';
import type { ShippingSettings } from '@lumen/shared/domain';
import { CheckoutCalculator, type PricedLine } from './checkout-calculator';

const settings: ShippingSettings = {
  freeShippingThresholdOre: 167_500,
  standardFeeOre: 14_900,
  expressSurchargeOre: 9_900,
  bulkySurchargeOre: 19_900,
  deliveryCountries: ['NO', 'SE'],
};

const line = (unitPriceOre: number, quantity: number, bulky = false): PricedLine => ({
  productId: `p-${unitPriceOre}`,
  sku: `SKU-${unitPriceOre}`,
  name: 'Downlight',
  quantity,
  listPriceOre: unitPriceOre,
  unitPriceOre,
  lineTotalOre: unitPriceOre * quantity,
  stockStatus: 'in_stock',
  stockDate: null,
  bulky,
});

// A Tuesday morning in Oslo, before the 15:00 dispatch cut-off.
const placedAt = new Date('2026-12-01T08:00:00Z');
const calculator = new CheckoutCalculator();

describe('CheckoutCalculator', () => {
  it('charges shipping on the goods and VAT on goods and shipping together', () => {
    const figures = calculator.figures({
      lines: [line(90_000, 2), line(4_500, 3, true)],
      country: 'NO',
      method: 'express',
      partialDelivery: false,
      placedAt,
      settings,
    });
    // Goods 1,935 kr ≥ 1,675 kr: standard is free; express and bulky are charged anyway.
    expect(figures.charges).toEqual({
      standardFeeOre: 0,
      expressSurchargeOre: 9_900,
      bulkySurchargeOre: 19_900,
      totalOre: 29_800,
      freeStandardShipping: true,
    });
    expect(figures.totals).toEqual({
      goodsOre: 193_500,
      shippingOre: 29_800,
      netOre: 223_300,
      vatOre: 55_825,
      grossOre: 279_125,
    });
    expect(figures.plan.dispatchDate).toBe('2026-12-01');
  });

  it('refuses a country outside the delivery countries with a 422 the customer can act on', () => {
    const figures = () =>
      calculator.figures({
        lines: [line(1_000, 1)],
        country: 'AD',
        method: 'standard',
        partialDelivery: false,
        placedAt,
        settings,
      });
    expect(figures).toThrow(AppError);
    expect(figures).toThrow(expect.objectContaining({ statusCode: 422, code: 'country_not_delivered' }));
  });

  it('answers goods-only totals before a delivery address is known', () => {
    expect(calculator.goodsOnly(10_000)).toEqual({
      goodsOre: 10_000,
      shippingOre: 0,
      netOre: 10_000,
      vatOre: 2_500,
      grossOre: 12_500,
    });
  });
});
