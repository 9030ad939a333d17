/**
 * Article numbers. One rule for every place a SKU comes in (catalog, lists, quotes, cart,
 * quick order): at most this long, compared case-insensitively and without surrounding blanks.
 */
export const SKU_MAX_LENGTH = 64;

/** Article numbers compare case-insensitively and without surrounding blanks; zeros stay. */
export function normaliseSku(raw: string): string {
  return raw.trim().toUpperCase();
}

/** The most pieces one order, cart or quick-order line may hold. */
export const ORDER_LINE_QUANTITY_MAX = 1_000_000;
