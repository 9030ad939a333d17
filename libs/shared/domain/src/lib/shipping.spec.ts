import { DELIVERY_COUNTRIES, type ShippingSettings, shippingCharges } from './shipping';

const settings: ShippingSettings = {
  deliveryCountries: DELIVERY_COUNTRIES,
  freeShippingThresholdOre: 167_500,
  standardFeeOre: 14_900,
  expressSurchargeOre: 19_900,
  bulkySurchargeOre: 35_000,
};

const charge = (
  goodsValueOre: number,
  overrides: Partial<{
    method: 'standard' | 'express';
    hasBulkyItem: boolean;
    country: string;
  }> = {},
) =>
  shippingCharges(
    {
      goodsValueOre,
      method: 'standard',
      hasBulkyItem: false,
      country: 'NO',
      ...overrides,
    },
    settings,
  );

describe('shippingCharges', () => {
  it('charges the standard fee one øre below NOK 1,675', () => {
    expect(charge(167_499)).toMatchObject({
      standardFeeOre: 14_900,
      totalOre: 14_900,
      freeStandardShipping: false,
    });
  });

  it('ships free from exactly NOK 1,675 excl. VAT', () => {
    expect(charge(167_500)).toMatchObject({
      standardFeeOre: 0,
      totalOre: 0,
      freeStandardShipping: true,
    });
  });

  it('adds the express surcharge, also above the threshold', () => {
    expect(charge(100_000, { method: 'express' })).toMatchObject({
      totalOre: 14_900 + 19_900,
    });
    expect(charge(500_000, { method: 'express' })).toMatchObject({
      standardFeeOre: 0,
      expressSurchargeOre: 19_900,
      totalOre: 19_900,
    });
  });

  it('charges the bulky surcharge once, even when shipping is free', () => {
    expect(charge(500_000, { hasBulkyItem: true })).toMatchObject({
      bulkySurchargeOre: 35_000,
      totalOre: 35_000,
    });
    expect(charge(1_000, { hasBulkyItem: true, method: 'express' })).toMatchObject({
      totalOre: 14_900 + 19_900 + 35_000,
    });
  });

  it('reads every amount from the settings', () => {
    expect(
      shippingCharges(
        { goodsValueOre: 50_000, method: 'standard', hasBulkyItem: false, country: 'NO' },
        { ...settings, freeShippingThresholdOre: 50_000 },
      ),
    ).toMatchObject({ totalOre: 0 });
  });

  it('delivers to the listed countries only', () => {
    expect(charge(1_000, { country: 'se' })).toMatchObject({ totalOre: 14_900 });
    for (const country of ['AD', 'MC', 'SM', 'VA', 'US'])
      expect(charge(1_000, { country })).toEqual({
        problem: 'country_not_delivered',
      });
  });
});
