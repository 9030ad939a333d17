import { lineTotal, tierUnitPrice } from '@lumen/shared/domain';
import type { StoredLine } from './quote-rows';

/**
 * The consultant's price for a line (PRODUCT.md §4, "a price the consultant sets on a quote
 * overrides the tier price"): an explicit unit price, else a discount off list price, else the
 * customer's tier price as it was when the quote was requested.
 */
export function offeredUnitPrice(line: StoredLine): number {
  if (line.unitPriceOre !== null) return line.unitPriceOre;
  if (line.discountPercent !== null) return tierUnitPrice(line.listPriceOre, line.discountPercent, false);
  return line.tierUnitPriceOre;
}

export function offeredTotal(lines: StoredLine[]): number {
  return lines.reduce((sum, line) => sum + lineTotal(offeredUnitPrice(line), line.quantity), 0);
}
