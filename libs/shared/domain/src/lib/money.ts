/**
 * Money is integer øre end to end (PRODUCT.md §4). These helpers keep every rounding in one
 * place: half-up to the øre, in integer arithmetic, so 0.5 øre never becomes 0.4999… øre.
 */
export type Ore = number;

/** Throws unless `value` is a non-negative safe integer amount of øre. */
export function assertOre(value: number, what = 'amount'): Ore {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${what} must be a non-negative whole number of øre, got ${value}`);
  return value;
}

/**
 * `numerator / denominator` rounded half-up, for non-negative integers. Integer maths only:
 * callers scale percentages to integers first, so no binary fraction ever gets rounded.
 */
export function divideHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || numerator < 0)
    throw new RangeError(`numerator must be a non-negative safe integer, got ${numerator}`);
  if (!Number.isSafeInteger(denominator) || denominator <= 0)
    throw new RangeError(`denominator must be a positive safe integer, got ${denominator}`);
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

/** Line total = unit price × quantity; no rounding happens here, by design. */
export function lineTotal(unitPriceOre: Ore, quantity: number): Ore {
  assertOre(unitPriceOre, 'unit price');
  if (!Number.isSafeInteger(quantity) || quantity < 0)
    throw new RangeError(`quantity must be a non-negative whole number, got ${quantity}`);
  const total = unitPriceOre * quantity;
  if (!Number.isSafeInteger(total)) throw new RangeError('line total is too large');
  return total;
}
