import { assertOre, divideHalfUp, type Ore } from './money';
import { withVat } from './vat';

const PRICE_TIERS = ['silver', 'gold', 'platinum'] as const;
export type PriceTier = (typeof PRICE_TIERS)[number];

/** The tier a customer would reach next; platinum is the top. */
export function nextTier(tier: PriceTier): PriceTier | null {
  const index = PRICE_TIERS.indexOf(tier);
  return PRICE_TIERS[index + 1] ?? null;
}

/** Percentages are kept to two decimals; 100 % or more would give goods away. */
const MAX_DISCOUNT_PERCENT_EXCLUSIVE = 100;

/** Basis points (1/100 of a percent) of a discount percentage; throws outside 0 ≤ p < 100. */
export function discountBasisPoints(discountPercent: number): number {
  if (!Number.isFinite(discountPercent) || discountPercent < 0 || discountPercent >= MAX_DISCOUNT_PERCENT_EXCLUSIVE)
    throw new RangeError(`discount must be at least 0 % and below 100 %, got ${discountPercent}`);
  const basisPoints = Math.round(discountPercent * 100);
  if (Math.abs(basisPoints - discountPercent * 100) > 1e-6)
    throw new RangeError(`discount may have at most two decimals, got ${discountPercent}`);
  return basisPoints;
}

/** True when `discountPercent` is a percentage the price rule accepts. */
export function isValidDiscountPercent(discountPercent: number): boolean {
  try {
    discountBasisPoints(discountPercent);
    return true;
  } catch {
    return false;
  }
}

/**
 * THE price rule: a customer's unit price excl. VAT is the list price less the tier's
 * discount, rounded half-up to the øre. Net-priced products take no discount.
 */
export function tierUnitPrice(listPriceOre: Ore, discountPercent: number, netPriced: boolean): Ore {
  assertOre(listPriceOre, 'list price');
  if (netPriced) return listPriceOre;
  const basisPoints = discountBasisPoints(discountPercent);
  return divideHalfUp(listPriceOre * (10_000 - basisPoints), 10_000);
}

/** A product's price as a customer (tier) or staff (tier null: list price) sees it. */
export interface ProductPriceView {
  listPriceOre: Ore;
  tier: PriceTier | null;
  /** The discount applied to this product: 0 for net-priced products and for staff. */
  discountPercent: number;
  netPriced: boolean;
  unitPriceOre: Ore;
  unitPriceInclVatOre: Ore;
}

/**
 * Everything the catalog, lists, quotes and cart show for one product. `tier` null means
 * the shop's own staff, who see list prices.
 */
export function priceView(
  listPriceOre: Ore,
  netPriced: boolean,
  tier: PriceTier | null,
  tierDiscountPercent: number,
): ProductPriceView {
  const discountPercent = tier === null || netPriced ? 0 : tierDiscountPercent;
  const unitPriceOre = tierUnitPrice(listPriceOre, discountPercent, netPriced);
  return {
    listPriceOre,
    tier,
    discountPercent,
    netPriced,
    unitPriceOre,
    unitPriceInclVatOre: withVat(unitPriceOre),
  };
}
