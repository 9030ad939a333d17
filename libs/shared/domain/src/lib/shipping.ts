import type { ShippingMethod } from './delivery';

/**
 * ISO 3166-1 alpha-2 codes of the countries the shop delivers to (PRODUCT.md §8): what an
 * address may name. The first shipping settings row was seeded with the same list.
 */
export const DELIVERY_COUNTRIES = [
  'NO',
  'SE',
  'DK',
  'FI',
  'DE',
  'NL',
  'BE',
  'LU',
  'FR',
  'AT',
  'CH',
  'IE',
  'IT',
  'PT',
  'ES',
  'GB',
] as const;
export type DeliveryCountry = (typeof DELIVERY_COUNTRIES)[number];

/** Every amount is integer øre excl. VAT and a setting the shop can change (PRODUCT.md §8). */
export interface ShippingSettings {
  /** Goods value (excl. VAT) from which standard shipping is free. */
  freeShippingThresholdOre: number;
  standardFeeOre: number;
  expressSurchargeOre: number;
  /** Charged once per order with any bulky item, also when shipping is otherwise free. */
  bulkySurchargeOre: number;
  /** ISO 3166-1 alpha-2 codes. */
  deliveryCountries: readonly string[];
}

export interface ShippingInput {
  /** Sum of the order's lines excl. VAT, in øre. */
  goodsValueOre: number;
  method: ShippingMethod;
  hasBulkyItem: boolean;
  country: string;
}

export interface ShippingCharges {
  standardFeeOre: number;
  expressSurchargeOre: number;
  bulkySurchargeOre: number;
  totalOre: number;
  freeStandardShipping: boolean;
}

export type ShippingProblem = 'country_not_delivered';

function isDeliveryCountry(country: string, settings: ShippingSettings): boolean {
  return settings.deliveryCountries.includes(country.toUpperCase());
}

/**
 * What shipping costs, excl. VAT. Free standard shipping covers the standard fee only:
 * express is a surcharge on top and the bulky surcharge is charged once per order either way.
 * Parcel shops are not a delivery option for business customers, so there is no such input.
 */
export function shippingCharges(
  input: ShippingInput,
  settings: ShippingSettings,
): ShippingCharges | { problem: ShippingProblem } {
  if (!isDeliveryCountry(input.country, settings)) return { problem: 'country_not_delivered' };
  const freeStandardShipping = input.goodsValueOre >= settings.freeShippingThresholdOre;
  const standardFeeOre = freeStandardShipping ? 0 : settings.standardFeeOre;
  const expressSurchargeOre = input.method === 'express' ? settings.expressSurchargeOre : 0;
  const bulkySurchargeOre = input.hasBulkyItem ? settings.bulkySurchargeOre : 0;
  return {
    standardFeeOre,
    expressSurchargeOre,
    bulkySurchargeOre,
    totalOre: standardFeeOre + expressSurchargeOre + bulkySurchargeOre,
    freeStandardShipping,
  };
}
